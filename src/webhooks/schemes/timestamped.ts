/**
 * @module
 * Schemes with a timestamp and one or more signatures in a single `key=value` header, each an
 * HMAC-SHA256 over a string built from the timestamp (milliseconds) and the raw body: Ghost
 * (`sha256=<hex>, t=<ms>`, body + t) and Sanity (`t=<ms>,v1=<base64url>`, t + "." + body). Five
 * minutes either way, as neither sender enforces a window.
 */
import { constantTimeEqual, hmac } from '../crypto'
import { accept, DEFAULT_TOLERANCE_MS, refuse, withinWindow, type SignatureScheme } from '../scheme'
import { signatureParts } from './parts'

export interface TimestampedOptions {
  name: string
  header: string
  /** The key of the signatures in the header (`sha256`, `v1`). */
  signatureKey: string
  /** What the header should read, for the refusal message. */
  format: string
  /** The signed string. */
  message: (timestamp: string, body: string) => string
  encode: (digest: Uint8Array) => string
}

/**
 * A scheme whose header holds `t=<ms>` and signatures under `signatureKey`.
 *
 * @example
 * timestampedScheme({ name: 'sanity', header: 'sanity-webhook-signature', signatureKey: 'v1',
 *   format: 't=<milliseconds>,v1=<signature>', message: (t, body) => `${t}.${body}`, encode: toBase64Url })
 */
export function timestampedScheme(options: TimestampedOptions): SignatureScheme {
  const { header: name } = options
  return {
    name: options.name,
    async verify(request, secrets, now) {
      const header = request.headers.get(name)
      if (!header) return refuse(`${name} header is missing.`)
      const parts = signatureParts(header, ',')
      const timestamp = parts.get('t')?.[0]
      const signatures = parts.get(options.signatureKey) ?? []
      if (!timestamp || !/^\d+$/.test(timestamp) || signatures.length === 0)
        return refuse(`${name} must read "${options.format}".`)
      if (!withinWindow(Number(timestamp), now, DEFAULT_TOLERANCE_MS))
        return refuse(`${name} timestamp is outside the 5-minute window.`)
      const message = options.message(timestamp, request.body)
      for (const secret of secrets) {
        const expected = options.encode(await hmac('SHA-256', secret, message))
        if (signatures.some((signature) => constantTimeEqual(expected, signature))) return accept
      }
      return refuse(`${name} does not match the body.`)
    },
  }
}

/**
 * @module
 * Sanity GROQ-powered webhooks: `sanity-webhook-signature: t=<ms>,v1=<sig>`, the base64url
 * (unpadded) HMAC-SHA256 of `${t}.${rawBody}`. `@sanity/webhook` checks no window; we take five
 * minutes, and accept any of several `v1` values. Sources: sanity.io/docs/content-lake/webhooks,
 * npm `@sanity/webhook` 4.0.4.
 */
import { constantTimeEqual, hmac, toBase64Url } from '../crypto'
import { accept, DEFAULT_TOLERANCE_MS, refuse, withinWindow, type SignatureScheme } from '../scheme'
import { signatureParts } from './parts'

export const sanitySignature: SignatureScheme = {
  name: 'sanity-hmac-sha256-base64url',
  async verify(request, secrets, now) {
    const header = request.headers.get('sanity-webhook-signature')
    if (!header) return refuse('sanity-webhook-signature header is missing.')
    const parts = signatureParts(header, ',')
    const timestamp = parts.get('t')?.[0]
    const signatures = parts.get('v1') ?? []
    if (!timestamp || !/^\d+$/.test(timestamp) || signatures.length === 0)
      return refuse('sanity-webhook-signature must read "t=<milliseconds>,v1=<signature>".')
    if (!withinWindow(Number(timestamp), now, DEFAULT_TOLERANCE_MS))
      return refuse('sanity-webhook-signature timestamp is outside the 5-minute window.')
    for (const secret of secrets) {
      const expected = toBase64Url(await hmac('SHA-256', secret, `${timestamp}.${request.body}`))
      if (signatures.some((signature) => constantTimeEqual(expected, signature))) return accept
    }
    return refuse('sanity-webhook-signature does not match the body.')
  },
}

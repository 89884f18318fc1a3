/**
 * @module
 * Contentful request verification: `x-contentful-signature` is the hex HMAC-SHA256 of
 * `METHOD\npath\nname:value;name:value\nrawBody`, the headers being those listed in
 * `x-contentful-signed-headers`, sorted by name. Requests older than the TTL are refused (30 s,
 * the reference verifier's default). Sources: contentful.com/developers/docs/webhooks/request-verification/,
 * `@contentful/node-apps-toolkit` `lib/requests`.
 */
import { constantTimeEqual, hmac, toHex } from '../crypto'
import { accept, refuse, withinWindow, type SignatureScheme } from '../scheme'

/** The reference verifier's default time to live. */
export const CONTENTFUL_TTL_MS = 30 * 1000

function canonicalPath(url: URL): string {
  const path = url.pathname + url.search
  try {
    return encodeURI(decodeURI(path))
  } catch {
    return path
  }
}

export const contentfulSignature: SignatureScheme = {
  name: 'contentful-hmac-sha256-hex',
  async verify(request, secrets, now) {
    const signature = request.headers.get('x-contentful-signature')?.trim().toLowerCase()
    const timestamp = request.headers.get('x-contentful-timestamp')?.trim()
    const signedList = request.headers.get('x-contentful-signed-headers')
    if (!signature || !timestamp || !signedList)
      return refuse(
        'x-contentful-signature, x-contentful-timestamp and x-contentful-signed-headers are required.',
      )
    if (!/^\d+$/.test(timestamp) || !withinWindow(Number(timestamp), now, CONTENTFUL_TTL_MS))
      return refuse('x-contentful-timestamp is outside the 30-second window.')
    const names = signedList
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean)
    if (!names.includes('x-contentful-timestamp') || !names.includes('x-contentful-signed-headers'))
      return refuse('x-contentful-signed-headers must list the timestamp and itself.')
    const headerLine = [...names]
      .sort()
      .map((name) => `${name}:${(request.headers.get(name) ?? '').trim()}`)
      .join(';')
    const canonical = [
      request.method.toUpperCase(),
      canonicalPath(request.url),
      headerLine,
      request.body,
    ].join('\n')
    for (const secret of secrets) {
      if (constantTimeEqual(toHex(await hmac('SHA-256', secret, canonical)), signature))
        return accept
    }
    return refuse('x-contentful-signature does not match the request.')
  },
}

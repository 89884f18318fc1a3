/**
 * @module
 * The WebCrypto pieces every signature scheme needs: HMAC over a string, the three encodings
 * CMSs use for digests, and a constant-time comparison.
 */

const encoder = new TextEncoder()

/** The digests webhook senders use: SHA-256 almost everywhere, SHA-1 for Storyblok. */
export type HmacHash = 'SHA-256' | 'SHA-1'

/** HMAC of `message` (UTF-8) under `key` (a UTF-8 string, or raw bytes). */
export async function hmac(
  hash: HmacHash,
  key: string | Uint8Array,
  message: string,
): Promise<Uint8Array> {
  const keyBytes = typeof key === 'string' ? encoder.encode(key) : key
  const cryptoKey = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash }, false, [
    'sign',
  ])
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(message)))
}

/** SHA-256 of a string (UTF-8), as lower-case hexadecimal. */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text))))
}

/** Lower-case hexadecimal. */
export function toHex(bytes: Uint8Array): string {
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return hex
}

/** Standard base64 with padding (RFC 4648 §4). */
export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** URL-safe base64 without padding (RFC 4648 §5), as Sanity signs. */
export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/**
 * Whether two strings are equal, in time that depends only on their lengths. Uses the Workers
 * extension `crypto.subtle.timingSafeEqual` when present (workerd), a constant-time loop otherwise
 * (Node, for the CLI and scripts).
 */
export function constantTimeEqual(expected: string, received: string): boolean {
  const a = encoder.encode(expected)
  const b = encoder.encode(received)
  // Compare equal-length buffers even when the lengths differ, so the time says nothing of where
  // the strings part.
  const same = a.length === b.length
  const left = a
  const right = same ? b : a
  const subtle = crypto.subtle as SubtleCrypto & {
    timingSafeEqual?: (x: ArrayBufferView, y: ArrayBufferView) => boolean
  }
  let equal: boolean
  if (typeof subtle.timingSafeEqual === 'function') equal = subtle.timingSafeEqual(left, right)
  else {
    let difference = 0
    for (let i = 0; i < left.length; i++) difference |= left[i] ^ right[i]
    equal = difference === 0
  }
  return same && equal
}

/**
 * @module
 * Reads `key=value` lists such as `t=1,v1=abc,v1=def` (Sanity, Stripe) or
 * `sha256=abc, t=1` (Ghost) into a map from key to every value it was given.
 */

/** Splits on `separator`, trims, and keeps every value of a repeated key (secret rotation). */
export function signatureParts(header: string, separator: string): Map<string, string[]> {
  const parts = new Map<string, string[]>()
  for (const item of header.split(separator)) {
    const at = item.indexOf('=')
    if (at <= 0) continue
    const key = item.slice(0, at).trim()
    const value = item.slice(at + 1).trim()
    const values = parts.get(key)
    if (values) values.push(value)
    else parts.set(key, [value])
  }
  return parts
}

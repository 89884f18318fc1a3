/**
 * @module
 * Turns a request body's bytes into text by its declared or sniffed character encoding, the way
 * a browser reads a page (WHATWG Encoding; HTML's encoding sniffing), so a legacy page in
 * ISO-8859-1 or Windows-1252 is read, not refused. JSON is UTF-8 only (RFC 8259).
 */
import { Problem } from '../errors'

/**
 * The `charset` parameter of a Content-Type header, lower-cased, or null.
 *
 * @example
 * charsetOf('text/html; charset="ISO-8859-1"') // 'iso-8859-1'
 */
export function charsetOf(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType)
  return match ? match[1].toLowerCase() : null
}

/** UTF-8, strictly: a lone invalid byte is a client error, not something to paper over. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new Problem(
      'invalid-encoding',
      'The body is not valid UTF-8. Send text encoded as UTF-8, or name its charset in Content-Type.',
    )
  }
}

// `<meta charset="windows-1252">` or `<meta http-equiv="Content-Type" content="text/html;
// charset=iso-8859-1">`, looked for in the first 1024 bytes as HTML's prescan does.
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i

/**
 * The body as text. JSON must be UTF-8. Text and HTML use the Content-Type's charset when it
 * names one other than UTF-8; otherwise UTF-8, and for HTML that is not valid UTF-8 (even when
 * labelled so: pages are often mislabelled) a byte-order mark, the page's own `<meta charset>`,
 * or else Windows-1252, the HTML standard's default for legacy pages. Plain text in UTF-8 must
 * be valid: bytes that are not are more often a file sent by mistake than a page.
 *
 * @example
 * decodeBody(new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]), 'html', 'text/html') // 'Grüße'
 */
export function decodeBody(
  bytes: Uint8Array,
  kind: 'json' | 'text' | 'html',
  contentType: string,
): string {
  const declared = charsetOf(contentType)
  if (kind === 'json') {
    if (declared && !isUtf8(declared))
      throw new Problem('unsupported-media-type', `JSON must be UTF-8, not "${declared}".`)
    return decodeUtf8(bytes)
  }
  if (declared && !isUtf8(declared)) return decodeAs(declared, bytes)
  if (kind === 'text') return decodeUtf8(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return decodeAs(byteOrderMark(bytes) ?? metaCharset(bytes) ?? 'windows-1252', bytes)
  }
}

const isUtf8 = (label: string) => label === 'utf-8' || label === 'utf8'

function decodeAs(label: string, bytes: Uint8Array): string {
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(label)
  } catch {
    throw new Problem(
      'unsupported-media-type',
      `The charset "${label}" is not one this service can read. Send UTF-8, or a charset of the WHATWG Encoding Standard.`,
    )
  }
  return decoder.decode(bytes)
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

function metaCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps each byte to one character, so the ASCII markup of the head reads as written.
  const head = new TextDecoder('iso-8859-1').decode(bytes.subarray(0, 1024))
  const label = META_CHARSET.exec(head)?.[1].toLowerCase()
  // A page claiming UTF-8 that is not valid UTF-8 was mislabelled; Windows-1252 is likelier.
  return label && !isUtf8(label) ? label : null
}

/**
 * @module
 * WordPress `post_content` to clean HTML. Block-editor posts are serialized Gutenberg block markup
 * (https://developer.wordpress.org/block-editor/explanations/architecture/key-concepts/#serialization-and-parsing
 * and the grammar of `@wordpress/block-serialization-default-parser`): HTML with
 * `<!-- wp:name {json} -->` … `<!-- /wp:name -->` and self-closing `<!-- wp:name {json} /-->`
 * delimiters. The delimiters and other HTML comments are dropped, the HTML is kept, and
 * unrendered shortcodes (https://codex.wordpress.org/Shortcode_API) are removed: an enclosing
 * `[caption …]inner[/caption]` keeps its inner text, a self-closing `[gallery ids="1,2"]` goes
 * entirely, `[[escaped]]` becomes `[escaped]`. Classic-editor posts (no block delimiters) get a
 * light `wpautop`: blank-line separated text becomes paragraphs. One left-to-right pass, no
 * backtracking regexes: linear in the input.
 */

import { guard } from './html'

/** Shortcodes WordPress and Jetpack register that a post commonly uses without attributes. */
const KNOWN_SHORTCODES = new Set([
  'audio',
  'caption',
  'embed',
  'gallery',
  'playlist',
  'video',
  'wp_caption',
])

/** Block-level tags a classic-editor paragraph must not be wrapped around. */
const BLOCK_START =
  /^<\/?(?:address|article|aside|blockquote|caption|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|iframe|legend|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\b/i

interface ShortcodeTag {
  readonly name: string
  readonly closing: boolean
  readonly attrs: string
  /** Index just after the tag's `]`. */
  readonly end: number
}

function isNameChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 95 || // _
    code === 45 // -
  )
}

/**
 * The shortcode tag starting at `s[i] === '['`, or `undefined`. The attribute scan stops at the
 * next `[` or `]`, so every character is scanned by at most one call: linear overall.
 */
function parseTag(s: string, i: number): ShortcodeTag | undefined {
  let j = i + 1
  const closing = s.charCodeAt(j) === 47 // /
  if (closing) j++
  const nameStart = j
  while (j < s.length && isNameChar(s.charCodeAt(j))) j++
  if (j === nameStart || j - nameStart > 64) return undefined
  const name = s.slice(nameStart, j)
  let k = j
  while (k < s.length && s[k] !== ']' && s[k] !== '[') k++
  if (s[k] !== ']') return undefined
  const attrs = s.slice(j, k)
  if (attrs !== '' && !/^[\s/]/.test(attrs)) return undefined
  if (closing && attrs.trim() !== '') return undefined
  return { name, closing, attrs, end: k + 1 }
}

/** Names that have a closing tag `[/name]` somewhere (enclosing shortcodes). */
function closingNames(s: string): Set<string> {
  const names = new Set<string>()
  for (const m of s.matchAll(/\[\/([A-Za-z0-9_-]{1,64})\]/g)) names.add(m[1])
  return names
}

/** Whether `[name attrs]` is a shortcode rather than bracketed prose like `[sic]` or `[1]`. */
function isShortcode(tag: ShortcodeTag, enclosing: Set<string>): boolean {
  if (enclosing.has(tag.name) || KNOWN_SHORTCODES.has(tag.name)) return true
  const attrs = tag.attrs.trim()
  return attrs.endsWith('/') || attrs.includes('=') || attrs.includes('"') || /:\/\//.test(attrs)
}

/** Classic-editor content: blank-line separated chunks become `<p>`, single newlines `<br>`. */
function autop(text: string): string {
  const trimmed = text.trim()
  if (trimmed === '' || /<(?:pre|script|style|textarea)\b/i.test(trimmed)) return trimmed
  return trimmed
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n')
}

/**
 * WordPress `post_content` (Gutenberg block markup or classic HTML) to HTML without block
 * comments or shortcodes.
 *
 * @example
 * gutenbergToHtml('<!-- wp:paragraph -->\n<p>Hi</p>\n<!-- /wp:paragraph -->') // '<p>Hi</p>'
 */
export function gutenbergToHtml(markup: string): string {
  return guard(() => {
    if (typeof markup !== 'string') return ''
    const s = markup.replace(/\r\n?/g, '\n')
    const enclosing = closingNames(s)
    const opened = new Set<string>()
    const segments: string[] = []
    let buf = ''
    let last = 0
    let hasBlocks = false
    let i = 0
    while (i < s.length) {
      const c = s.charCodeAt(i)
      if (c === 60 && s.startsWith('<!--', i)) {
        const close = s.indexOf('-->', i + 4)
        const end = close < 0 ? s.length : close + 3
        buf += s.slice(last, i)
        if (/^<!--\s*\/?wp:/.test(s.slice(i, i + 16))) {
          segments.push(buf)
          buf = ''
          hasBlocks = true
        }
        i = end
        last = end
        continue
      }
      if (c === 91) {
        if (s.charCodeAt(i + 1) === 91) {
          // [[name]] is an escaped shortcode: WordPress prints [name].
          const tag = parseTag(s, i + 1)
          if (tag && s[tag.end] === ']') {
            buf += s.slice(last, i) + s.slice(i + 1, tag.end)
            i = tag.end + 1
            last = i
            continue
          }
        } else {
          const tag = parseTag(s, i)
          if (
            tag &&
            (tag.closing ? opened.has(tag.name) : isShortcode(tag, enclosing)) &&
            !/^\d+$/.test(tag.name)
          ) {
            if (!tag.closing) opened.add(tag.name)
            buf += s.slice(last, i)
            i = tag.end
            last = i
            continue
          }
        }
      }
      i++
    }
    segments.push(buf + s.slice(last))
    if (!hasBlocks) return autop(segments.join(''))
    return segments
      .map((segment) => segment.trim())
      .filter((segment) => segment !== '')
      .join('\n')
  })
}

/**
 * @module
 * Markdown to HTML for Strapi v4 `richtext` fields, a subset of CommonMark 0.31
 * (https://spec.commonmark.org/0.31.2/): ATX and setext headings, paragraphs, `*`/`-`/`+` and
 * `1.`/`1)` lists (nested by indentation, tight or loose), `>` block quotes, fenced and indented
 * code blocks, thematic breaks, HTML blocks and inline HTML passed through, link reference
 * definitions; inline: backslash escapes, entity references, code spans, `*`/`_` emphasis and
 * strong emphasis (the spec's delimiter-run rules), GFM `~~strikethrough~~`, inline, reference
 * and autolinks, hard line breaks. Images are dropped (not body text). Text is escaped and link
 * targets are checked (http, https, mailto or relative). Every scan stops at the next delimiter
 * it cannot cross and matches are precomputed in one pass, so the time is linear in the input.
 */

import { MAX_DEPTH, anchor, escapeHtml, guard, joinBlocks, listElement, element } from './html'

type MdBlock =
  | { readonly kind: 'p'; readonly text: string }
  | { readonly kind: 'h'; readonly level: number; readonly text: string }
  | { readonly kind: 'code'; readonly info: string; readonly text: string }
  | { readonly kind: 'hr' }
  | { readonly kind: 'html'; readonly text: string }
  | { readonly kind: 'quote'; readonly children: readonly MdBlock[] }
  | {
      readonly kind: 'list'
      readonly ordered: boolean
      readonly start: number
      readonly tight: boolean
      readonly items: readonly (readonly MdBlock[])[]
    }

interface Ctx {
  /** Link reference definitions: normalized label to destination. */
  readonly defs: Map<string, string>
}

/** Stands for a hard line break inside paragraph text (NUL never survives input cleaning). */
const HARD = '\u0000'

// ---------------------------------------------------------------------------------------------
// Block structure
// ---------------------------------------------------------------------------------------------

/** Tag names that start an HTML block (CommonMark's type 6), which may interrupt a paragraph. */
const HTML_BLOCK_TAGS = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details ' +
    'dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 ' +
    'h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup ' +
    'option p param search section summary table tbody td tfoot th thead title tr track ul'
  ).split(' '),
)

const DEFINITION =
  /^ {0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*(<[^<>\n]*>|\S+)(?:[ \t]+("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t]*$/

function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line)
}

function indentOf(line: string): number {
  let i = 0
  while (i < line.length && line[i] === ' ') i++
  return i
}

function stripIndent(line: string, n: number): string {
  return line.slice(Math.min(indentOf(line), n))
}

function expandLeadingTabs(line: string): string {
  if (!line.includes('\t')) return line
  let out = ''
  let col = 0
  let i = 0
  for (; i < line.length && (line[i] === ' ' || line[i] === '\t'); i++) {
    const width = line[i] === '\t' ? 4 - (col % 4) : 1
    out += ' '.repeat(width)
    col += width
  }
  return out + line.slice(i)
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase()
}

function atxHeading(line: string): { level: number; text: string } | undefined {
  const indent = indentOf(line)
  if (indent > 3) return undefined
  let i = indent
  while (i < line.length && line[i] === '#') i++
  const level = i - indent
  if (level < 1 || level > 6 || (i < line.length && line[i] !== ' ' && line[i] !== '\t')) {
    return undefined
  }
  let text = line.slice(i).trim()
  let e = text.length
  while (e > 0 && text[e - 1] === '#') e--
  if (e === 0) text = ''
  else if (e < text.length && (text[e - 1] === ' ' || text[e - 1] === '\t')) {
    text = text.slice(0, e).trimEnd()
  }
  return { level, text }
}

function isThematicBreak(line: string): boolean {
  const indent = indentOf(line)
  if (indent > 3) return false
  const ch = line[indent]
  if (ch !== '-' && ch !== '*' && ch !== '_') return false
  let count = 0
  for (let i = indent; i < line.length; i++) {
    if (line[i] === ch) count++
    else if (line[i] !== ' ' && line[i] !== '\t') return false
  }
  return count >= 3
}

interface Fence {
  readonly ch: string
  readonly length: number
  readonly indent: number
  readonly info: string
}

function fenceOpen(line: string): Fence | undefined {
  const indent = indentOf(line)
  const ch = line[indent]
  if (indent > 3 || (ch !== '`' && ch !== '~')) return undefined
  let i = indent
  while (i < line.length && line[i] === ch) i++
  if (i - indent < 3) return undefined
  const info = line.slice(i).trim()
  if (ch === '`' && info.includes('`')) return undefined
  return { ch, length: i - indent, indent, info }
}

function isFenceClose(line: string, fence: Fence): boolean {
  const indent = indentOf(line)
  if (indent > 3) return false
  let i = indent
  while (i < line.length && line[i] === fence.ch) i++
  return i - indent >= fence.length && isBlank(line.slice(i))
}

function isQuoteLine(line: string): boolean {
  const indent = indentOf(line)
  return indent <= 3 && line[indent] === '>'
}

function stripQuote(line: string): string {
  const at = indentOf(line) + 1
  return line[at] === ' ' || line[at] === '\t' ? line.slice(at + 1) : line.slice(at)
}

interface Marker {
  readonly ordered: boolean
  /** The bullet (`-`, `*`, `+`) or the ordered delimiter (`.`, `)`). */
  readonly ch: string
  readonly start: number
  /** The column item content starts at; continuation lines must be indented this far. */
  readonly contentIndent: number
  readonly content: string
  readonly empty: boolean
}

function listMarker(line: string): Marker | undefined {
  const indent = indentOf(line)
  if (indent > 3) return undefined
  let i = indent
  let ordered = false
  let start = 1
  let ch = line[i]
  if (ch === '-' || ch === '*' || ch === '+') {
    i++
  } else {
    while (i < line.length && i - indent < 9 && line[i] >= '0' && line[i] <= '9') i++
    ch = line[i]
    if (i === indent || (ch !== '.' && ch !== ')')) return undefined
    ordered = true
    start = Number(line.slice(indent, i))
    i++
  }
  if (i < line.length && line[i] !== ' ' && line[i] !== '\t') return undefined
  let k = i
  while (k < line.length && (line[k] === ' ' || line[k] === '\t')) k++
  const empty = k >= line.length
  const wide = k - i > 4
  const contentIndent = empty || wide ? i + 1 : k
  const content = empty ? '' : wide ? line.slice(i + 1) : line.slice(k)
  return { ordered, ch, start, contentIndent, content, empty }
}

type HtmlStart = { readonly end: RegExp | undefined; readonly interrupts: boolean }

function htmlBlockStart(line: string): HtmlStart | undefined {
  const indent = indentOf(line)
  if (indent > 3 || line[indent] !== '<') return undefined
  const s = line.slice(indent)
  if (/^<(?:pre|script|style|textarea)(?:\s|>|$)/i.test(s)) {
    return { end: /<\/(?:pre|script|style|textarea)>/i, interrupts: true }
  }
  if (s.startsWith('<!--')) return { end: /-->/, interrupts: true }
  if (s.startsWith('<?')) return { end: /\?>/, interrupts: true }
  if (s.startsWith('<![CDATA[')) return { end: /\]\]>/, interrupts: true }
  if (/^<![A-Za-z]/.test(s)) return { end: />/, interrupts: true }
  const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:[ \t]|\/?>|$)/.exec(s)
  if (tag && HTML_BLOCK_TAGS.has(tag[1].toLowerCase())) return { end: undefined, interrupts: true }
  if (/^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/.test(s)) {
    return { end: undefined, interrupts: false }
  }
  return undefined
}

/** Whether the line starts a block that ends a paragraph. */
function interruptsParagraph(line: string): boolean {
  if (atxHeading(line) || fenceOpen(line) || isThematicBreak(line) || isQuoteLine(line)) {
    return true
  }
  if (htmlBlockStart(line)?.interrupts === true) return true
  const marker = listMarker(line)
  return marker !== undefined && !marker.empty && (!marker.ordered || marker.start === 1)
}

function isSetextUnderline(line: string): boolean {
  return /^ {0,3}(?:=+|-+)[ \t]*$/.test(line)
}

/** Paragraph lines to inline source: leading space dropped, hard breaks marked. */
function paragraphText(lines: readonly string[]): string {
  return lines
    .map((line, index) => {
      const text = line.trimStart()
      if (index === lines.length - 1) return text.trimEnd()
      if (/ {2,}$/.test(text)) return `${text.trimEnd()}${HARD}`
      if (text.endsWith('\\')) return `${text.slice(0, -1)}${HARD}`
      return text.trimEnd()
    })
    .join('\n')
}

function parseList(
  lines: readonly string[],
  from: number,
  first: Marker,
  depth: number,
  ctx: Ctx,
): { block: MdBlock; next: number } {
  const items: MdBlock[][] = []
  let tight = true
  let blankBefore = false
  let i = from
  while (i < lines.length) {
    const marker = listMarker(lines[i])
    if (
      !marker ||
      marker.ordered !== first.ordered ||
      marker.ch !== first.ch ||
      isThematicBreak(lines[i])
    ) {
      break
    }
    if (items.length > 0 && blankBefore) tight = false
    const itemLines = [marker.content]
    let blanks = 0
    i++
    while (i < lines.length) {
      const line = lines[i]
      if (isBlank(line)) {
        if (marker.empty && itemLines.length === 1) break
        itemLines.push('')
        blanks++
      } else if (indentOf(line) >= marker.contentIndent) {
        itemLines.push(line.slice(marker.contentIndent))
        blanks = 0
      } else if (blanks === 0 && !interruptsParagraph(line) && !listMarker(line)) {
        itemLines.push(line) // lazy continuation of the item's paragraph
      } else {
        break
      }
      i++
    }
    let trailing = 0
    while (itemLines.length > 1 && itemLines[itemLines.length - 1] === '') {
      itemLines.pop()
      trailing++
    }
    if (itemLines.includes('')) tight = false
    blankBefore = trailing > 0
    items.push(parseBlocks(itemLines, depth + 1, ctx))
  }
  return {
    block: { kind: 'list', ordered: first.ordered, start: first.start, tight, items },
    next: i,
  }
}

function parseBlocks(lines: readonly string[], depth: number, ctx: Ctx): MdBlock[] {
  if (depth > MAX_DEPTH) return []
  const out: MdBlock[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i]
    if (isBlank(line)) {
      i++
      continue
    }
    if (indentOf(line) >= 4) {
      const code: string[] = []
      while (i < lines.length && (isBlank(lines[i]) || indentOf(lines[i]) >= 4)) {
        code.push(stripIndent(lines[i], 4))
        i++
      }
      while (code.length > 0 && isBlank(code[code.length - 1])) code.pop()
      out.push({ kind: 'code', info: '', text: code.join('\n') })
      continue
    }
    const fence = fenceOpen(line)
    if (fence) {
      const code: string[] = []
      i++
      while (i < lines.length && !isFenceClose(lines[i], fence)) {
        code.push(stripIndent(lines[i], fence.indent))
        i++
      }
      i++
      out.push({ kind: 'code', info: fence.info, text: code.join('\n') })
      continue
    }
    const heading = atxHeading(line)
    if (heading) {
      out.push({ kind: 'h', ...heading })
      i++
      continue
    }
    if (isThematicBreak(line)) {
      out.push({ kind: 'hr' })
      i++
      continue
    }
    if (isQuoteLine(line)) {
      const inner: string[] = []
      while (i < lines.length) {
        const next = lines[i]
        if (isQuoteLine(next)) {
          inner.push(stripQuote(next))
        } else if (
          !isBlank(next) &&
          inner.length > 0 &&
          !isBlank(inner[inner.length - 1]) &&
          !interruptsParagraph(next)
        ) {
          inner.push(next) // lazy continuation
        } else {
          break
        }
        i++
      }
      out.push({ kind: 'quote', children: parseBlocks(inner, depth + 1, ctx) })
      continue
    }
    const marker = listMarker(line)
    if (marker) {
      const list = parseList(lines, i, marker, depth, ctx)
      out.push(list.block)
      i = list.next
      continue
    }
    const html = htmlBlockStart(line)
    if (html) {
      const raw: string[] = []
      if (html.end) {
        const end = html.end
        while (i < lines.length) {
          raw.push(lines[i])
          i++
          if (end.test(raw[raw.length - 1])) break
        }
      } else {
        while (i < lines.length && !isBlank(lines[i])) raw.push(lines[i++])
      }
      out.push({ kind: 'html', text: raw.join('\n') })
      continue
    }
    const para = [line]
    let setext = 0
    i++
    while (i < lines.length) {
      const next = lines[i]
      if (isBlank(next)) break
      if (isSetextUnderline(next)) {
        setext = next.trim().startsWith('=') ? 1 : 2
        i++
        break
      }
      if (interruptsParagraph(next)) break
      para.push(next)
      i++
    }
    let k = 0
    for (; k < para.length; k++) {
      const def = DEFINITION.exec(para[k])
      if (!def) break
      const label = normalizeLabel(def[1])
      const dest = def[2].startsWith('<') ? def[2].slice(1, -1) : def[2]
      if (label !== '' && !ctx.defs.has(label)) ctx.defs.set(label, unescapeMd(dest))
    }
    if (k === para.length) continue
    const text = paragraphText(para.slice(k))
    out.push(setext > 0 ? { kind: 'h', level: setext, text } : { kind: 'p', text })
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Inline content
// ---------------------------------------------------------------------------------------------

interface Delim {
  readonly kind: 'delim'
  readonly ch: string
  readonly orig: number
  readonly canOpen: boolean
  readonly canClose: boolean
  count: number
  readonly opens: string[]
  readonly closes: string[]
}

type Token = { readonly kind: 'text'; readonly html: string } | Delim

interface InlineState {
  readonly src: string
  readonly ctx: Ctx
  /** Code spans by the index of their opening backticks. */
  readonly code: Map<number, { readonly end: number; readonly html: string }>
  /** Matching `]` for each `[` that has one. */
  readonly brackets: Map<number, number>
  /** Index of the next `-->` (cached so comment scans stay linear); -1: none left. */
  commentEnd: number
}

const ASCII_PUNCT = /^[!-/:-@[-`{-~]$/
const SPECIAL = new Set(['\\', '`', '!', '[', '<', '&', '*', '_', '~', HARD])
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/y

function isWhitespace(c: string): boolean {
  return c === '' || c === HARD || /^\s$/.test(c)
}

function isPunctuation(c: string): boolean {
  return /^[\p{P}\p{S}]$/u.test(c)
}

function unescapeMd(s: string): string {
  return s.replace(/\\([!-/:-@[-`{-~])/g, '$1')
}

function codeSpanHtml(content: string): string {
  let text = content.split(HARD).join(' ').replace(/\n/g, ' ')
  if (text.length > 1 && text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') {
    text = text.slice(1, -1)
  }
  return `<code>${escapeHtml(text)}</code>`
}

/** Pairs backtick runs of equal length, left to right, in one pass. */
function findCodeSpans(src: string): InlineState['code'] {
  const runs: { pos: number; len: number }[] = []
  for (let i = 0; i < src.length;) {
    if (src[i] === '\\' && src[i + 1] === '`') {
      i += 2
    } else if (src[i] === '`') {
      let j = i
      while (j < src.length && src[j] === '`') j++
      runs.push({ pos: i, len: j - i })
      i = j
    } else {
      i++
    }
  }
  const byLength = new Map<number, number[]>()
  runs.forEach((run, index) => {
    const list = byLength.get(run.len) ?? []
    list.push(index)
    byLength.set(run.len, list)
  })
  const pointer = new Map<number, number>()
  const spans: InlineState['code'] = new Map()
  let r = 0
  while (r < runs.length) {
    const { pos, len } = runs[r]
    const same = byLength.get(len) ?? []
    let p = pointer.get(len) ?? 0
    while (p < same.length && same[p] <= r) p++
    pointer.set(len, p)
    if (p >= same.length) {
      r++
      continue
    }
    const close = runs[same[p]]
    spans.set(pos, {
      end: close.pos + close.len,
      html: codeSpanHtml(src.slice(pos + len, close.pos)),
    })
    r = same[p] + 1
  }
  return spans
}

/** Matches brackets with a stack in one pass, skipping escapes and code spans. */
function findBrackets(src: string, code: InlineState['code']): Map<number, number> {
  const stack: number[] = []
  const brackets = new Map<number, number>()
  for (let i = 0; i < src.length; i++) {
    const span = code.get(i)
    if (span) {
      i = span.end - 1
    } else if (src[i] === '\\') {
      i++
    } else if (src[i] === '[') {
      stack.push(i)
    } else if (src[i] === ']') {
      const open = stack.pop()
      if (open !== undefined) brackets.set(open, i)
    }
  }
  return brackets
}

function skipSpace(src: string, i: number, end: number): number {
  while (i < end && (src[i] === ' ' || src[i] === '\t' || src[i] === '\n')) i++
  return i
}

/**
 * `(destination "title")` at `src[p] === '('`. Scans stop at `]` (and `<` for `<…>`
 * destinations), so two scans never overlap: linear.
 */
function linkTail(src: string, p: number, end: number): { dest: string; end: number } | undefined {
  let j = skipSpace(src, p + 1, end)
  let dest: string
  if (src[j] === '<') {
    let k = j + 1
    while (k < end && src[k] !== '>' && src[k] !== '<' && src[k] !== '\n') k++
    if (k >= end || src[k] !== '>') return undefined
    dest = src.slice(j + 1, k)
    j = k + 1
  } else {
    const from = j
    let parens = 0
    while (j < end) {
      const c = src[j]
      if (c === '\\' && j + 1 < end && ASCII_PUNCT.test(src[j + 1])) {
        j += 2
        continue
      }
      if (isWhitespace(c) || c === ']') break
      if (c === '(') {
        if (++parens > 32) return undefined
      } else if (c === ')') {
        if (parens === 0) break
        parens--
      }
      j++
    }
    dest = src.slice(from, j)
  }
  j = skipSpace(src, j, end)
  const quote = src[j]
  if (quote === '"' || quote === "'" || quote === '(') {
    const close = quote === '(' ? ')' : quote
    let k = j + 1
    while (k < end && src[k] !== close) {
      if (src[k] === ']') return undefined
      k += src[k] === '\\' ? 2 : 1
    }
    if (k >= end) return undefined
    j = skipSpace(src, k + 1, end)
  }
  if (j >= end || src[j] !== ')') return undefined
  return { dest: unescapeMd(dest), end: j + 1 }
}

/** An inline or reference link (or image) whose `[` is at `i`. */
function linkAt(
  st: InlineState,
  i: number,
  end: number,
): { textEnd: number; href: string; end: number } | undefined {
  const close = st.brackets.get(i)
  if (close === undefined || close >= end) return undefined
  const { src, ctx } = st
  if (src[close + 1] === '(') {
    const tail = linkTail(src, close + 1, end)
    if (tail) return { textEnd: close, href: tail.dest, end: tail.end }
  }
  const text = src.slice(i + 1, close)
  if (src[close + 1] === '[') {
    const close2 = st.brackets.get(close + 1)
    if (close2 !== undefined && close2 < end) {
      const label = src.slice(close + 2, close2)
      const href = ctx.defs.get(normalizeLabel(label === '' ? text : label))
      return href === undefined ? undefined : { textEnd: close, href, end: close2 + 1 }
    }
  }
  const href = text.length <= 999 ? ctx.defs.get(normalizeLabel(text)) : undefined
  return href === undefined ? undefined : { textEnd: close, href, end: close + 1 }
}

/** An autolink or a piece of raw inline HTML at `src[i] === '<'`. */
function angleAt(
  st: InlineState,
  i: number,
  end: number,
  inLink: boolean,
): { html: string; end: number } | undefined {
  const { src } = st
  let k = i + 1
  while (k < end && src[k] !== '>' && src[k] !== '<' && !isWhitespace(src[k])) k++
  if (k < end && src[k] === '>' && k > i + 1) {
    const body = src.slice(i + 1, k)
    const text = escapeHtml(body)
    if (/^[A-Za-z][A-Za-z0-9+.-]{1,31}:/.test(body)) {
      return { html: inLink ? text : anchor(body, text), end: k + 1 }
    }
    if (/^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9.-]+$/.test(body)) {
      return { html: inLink ? text : anchor(`mailto:${body}`, text), end: k + 1 }
    }
  }
  if (src.startsWith('<!--', i)) {
    if (st.commentEnd !== -1 && st.commentEnd < i + 4) st.commentEnd = src.indexOf('-->', i + 4)
    const close = st.commentEnd
    return close >= 0 && close + 3 <= end
      ? { html: src.slice(i, close + 3), end: close + 3 }
      : undefined
  }
  HTML_TAG.lastIndex = i
  const tag = HTML_TAG.exec(src)
  if (tag && tag.index + tag[0].length <= end) return { html: tag[0], end: i + tag[0].length }
  return undefined
}

function delimiter(src: string, i: number, end: number): { delim: Delim; end: number } {
  const ch = src[i]
  let j = i
  while (j < end && src[j] === ch) j++
  const prev = i > 0 ? src[i - 1] : ''
  const next = j < src.length ? src[j] : ''
  const left =
    !isWhitespace(next) && (!isPunctuation(next) || isWhitespace(prev) || isPunctuation(prev))
  const right =
    !isWhitespace(prev) && (!isPunctuation(prev) || isWhitespace(next) || isPunctuation(next))
  const usable = ch !== '~' || j - i === 2
  const canOpen = usable && (ch === '_' ? left && (!right || isPunctuation(prev)) : left)
  const canClose = usable && (ch === '_' ? right && (!left || isPunctuation(next)) : right)
  const delim: Delim = {
    kind: 'delim',
    ch,
    orig: j - i,
    count: j - i,
    canOpen,
    canClose,
    opens: [],
    closes: [],
  }
  return { delim, end: j }
}

/** CommonMark's "process emphasis": pairs delimiter runs into `<em>`, `<strong>`, `<del>`. */
function processEmphasis(tokens: readonly Token[]): void {
  const stack: Delim[] = []
  const bottoms = new Map<string, number>()
  const truncate = (length: number): void => {
    stack.length = length
    for (const [key, floor] of bottoms) if (floor >= length) bottoms.set(key, length - 1)
  }
  for (const closer of tokens) {
    if (closer.kind !== 'delim') continue
    if (closer.canClose) {
      const key = `${closer.ch}${closer.canOpen ? 1 : 0}${closer.orig % 3}`
      while (closer.count > 0) {
        const floor = bottoms.get(key) ?? -1
        let found = -1
        for (let s = stack.length - 1; s > floor; s--) {
          const opener = stack[s]
          if (opener.ch !== closer.ch) continue
          if (
            closer.ch !== '~' &&
            (opener.canClose || closer.canOpen) &&
            (opener.orig + closer.orig) % 3 === 0 &&
            !(opener.orig % 3 === 0 && closer.orig % 3 === 0)
          ) {
            continue
          }
          found = s
          break
        }
        if (found < 0) {
          bottoms.set(key, stack.length - 1)
          break
        }
        const opener = stack[found]
        const use = closer.ch === '~' ? 2 : opener.count >= 2 && closer.count >= 2 ? 2 : 1
        const tag = closer.ch === '~' ? 'del' : use === 2 ? 'strong' : 'em'
        opener.count -= use
        closer.count -= use
        opener.opens.push(`<${tag}>`)
        closer.closes.push(`</${tag}>`)
        truncate(opener.count > 0 ? found + 1 : found)
      }
    }
    if (closer.count > 0 && closer.canOpen) stack.push(closer)
  }
}

function inlineRange(st: InlineState, start: number, end: number, inLink: boolean): string {
  const { src } = st
  const tokens: Token[] = []
  let buf = ''
  let textStart = start
  let i = start
  const flushTo = (at: number): void => {
    if (at > textStart) buf += escapeHtml(src.slice(textStart, at))
  }
  while (i < end) {
    const c = src[i]
    if (!SPECIAL.has(c)) {
      i++
      continue
    }
    flushTo(i)
    if (c === '\\') {
      const next = src[i + 1]
      if (i + 1 < end && ASCII_PUNCT.test(next)) {
        buf += escapeHtml(next)
        i += 2
      } else {
        buf += '\\'
        i++
      }
    } else if (c === HARD) {
      buf += '<br>'
      i += src[i + 1] === '\n' ? 2 : 1
    } else if (c === '`') {
      const span = st.code.get(i)
      if (span && span.end <= end) {
        buf += span.html
        i = span.end
      } else {
        let j = i
        while (j < end && src[j] === '`') j++
        buf += src.slice(i, j)
        i = j
      }
    } else if (c === '!') {
      const image = src[i + 1] === '[' ? linkAt(st, i + 1, end) : undefined
      if (image)
        i = image.end // images are not body text
      else {
        buf += '!'
        i++
      }
    } else if (c === '[') {
      const link = inLink ? undefined : linkAt(st, i, end)
      if (link) {
        buf += anchor(link.href, inlineRange(st, i + 1, link.textEnd, true))
        i = link.end
      } else {
        buf += '['
        i++
      }
    } else if (c === '<') {
      const angle = angleAt(st, i, end, inLink)
      if (angle) {
        buf += angle.html
        i = angle.end
      } else {
        buf += '&lt;'
        i++
      }
    } else if (c === '&') {
      ENTITY.lastIndex = i
      const entity = ENTITY.exec(src)
      if (entity && i + entity[0].length <= end) {
        buf += entity[0]
        i += entity[0].length
      } else {
        buf += '&amp;'
        i++
      }
    } else {
      const run = delimiter(src, i, end)
      if (run.delim.canOpen || run.delim.canClose) {
        if (buf !== '') tokens.push({ kind: 'text', html: buf })
        buf = ''
        tokens.push(run.delim)
      } else {
        buf += src.slice(i, run.end)
      }
      i = run.end
    }
    textStart = i
  }
  flushTo(end)
  if (buf !== '') tokens.push({ kind: 'text', html: buf })
  processEmphasis(tokens)
  let html = ''
  for (const token of tokens) {
    if (token.kind === 'text') html += token.html
    else {
      html += token.closes.join('') + token.ch.repeat(token.count)
      for (let k = token.opens.length - 1; k >= 0; k--) html += token.opens[k]
    }
  }
  return html
}

function renderInline(text: string, ctx: Ctx): string {
  const code = findCodeSpans(text)
  const st: InlineState = {
    src: text,
    ctx,
    code,
    brackets: findBrackets(text, code),
    commentEnd: 0,
  }
  return inlineRange(st, 0, text.length, false)
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

function renderBlocks(blocks: readonly MdBlock[], ctx: Ctx, tight: boolean): string[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case 'p': {
        const html = renderInline(block.text, ctx)
        return tight ? html : element('p', html)
      }
      case 'h':
        return element(`h${block.level}`, renderInline(block.text, ctx))
      case 'code': {
        if (block.text === '') return ''
        const lang = block.info.split(/\s/)[0]
        const attr = lang === '' ? '' : ` class="language-${escapeHtml(unescapeMd(lang))}"`
        return `<pre><code${attr}>${escapeHtml(block.text)}</code></pre>`
      }
      case 'hr':
        return '<hr>'
      case 'html':
        return block.text
      case 'quote': {
        const inner = joinBlocks(renderBlocks(block.children, ctx, false))
        return inner === '' ? '' : `<blockquote>\n${inner}\n</blockquote>`
      }
      case 'list':
        return listElement(
          block.ordered,
          block.items.map((item) => joinBlocks(renderBlocks(item, ctx, block.tight))),
          block.start,
        )
    }
  })
}

/**
 * Markdown (a Strapi v4 `richtext` value) to HTML.
 *
 * @example
 * markdownToHtml('## Next\n\nThe **council** voted.') // '<h2>Next</h2>\n<p>The <strong>council</strong> voted.</p>'
 */
export function markdownToHtml(markdown: string): string {
  return guard(() => {
    if (typeof markdown !== 'string') return ''
    const src = markdown
      .replace(/^\uFEFF/, '')
      .split(HARD)
      .join('\uFFFD')
      .replace(/\r\n?/g, '\n')
    const ctx: Ctx = { defs: new Map() }
    const blocks = parseBlocks(src.split('\n').map(expandLeadingTabs), 0, ctx)
    return joinBlocks(renderBlocks(blocks, ctx, false))
  })
}

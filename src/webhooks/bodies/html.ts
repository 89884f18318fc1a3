/**
 * @module
 * Shared HTML helpers for the rich-text converters in this folder: escaping of text and attribute
 * values (the five characters of the HTML spec's "escaping a string" plus `'`,
 * https://html.spec.whatwg.org/multipage/parsing.html#escapingString), a scheme allow-list for link
 * targets (http, https, mailto, or a relative reference), narrowing helpers for untrusted JSON, the
 * recursion cap, and mark nesting that keeps inline markup well-formed.
 */

/** Converters render nothing below this nesting depth (webhook JSON can nest arbitrarily deep). */
export const MAX_DEPTH = 64

const ESCAPES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
])

/** Escapes `& < > " '` so the text is safe as HTML text and as a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES.get(c) ?? c)
}

/** Escapes text and turns its line breaks into `<br>` (soft breaks inside a rich-text span). */
export function escapeText(text: string): string {
  return escapeHtml(text).replace(/\r\n?|\n/g, '<br>')
}

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto'])

/**
 * The link target when it is safe to emit, else `undefined`: an absolute URL with the http, https
 * or mailto scheme, or a relative reference (no scheme, e.g. `/news/x`, `#notes`). Control
 * characters and whitespace are ignored when looking for the scheme, as browsers do
 * (`java\tscript:` is `javascript:`). The result is not escaped yet.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  let probe = ''
  for (let i = 0; i < url.length && probe.length < 64; i++) {
    const code = url.charCodeAt(i)
    if (code > 0x20 && code !== 0x7f) probe += url[i]
  }
  if (probe === '') return undefined
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(probe)
  if (scheme) {
    if (!SAFE_SCHEMES.has(scheme[1].toLowerCase())) return undefined
  } else {
    const colon = probe.indexOf(':')
    if (colon >= 0 && !/[/?#]/.test(probe.slice(0, colon))) return undefined
  }
  return url.trim().replace(/[\t\n\r]/g, '')
}

/** `<a href="…">inner</a>` when the target is safe, else just `inner` (the text survives). */
export function anchor(href: unknown, inner: string): string {
  const safe = safeHref(href)
  return safe === undefined || inner === '' ? inner : `<a href="${escapeHtml(safe)}">${inner}</a>`
}

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value when it is an array, else an empty one. */
export function arrayOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : []
}

/** The value when it is a string, else `''`. */
export function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** The value when it is a JSON string that parses, else the value itself; never throws. */
export function parseIfJson(value: unknown): unknown {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value) as unknown
  } catch {
    return undefined
  }
}

/** Runs a converter and answers `''` should anything unexpected throw. */
export function guard(render: () => string): string {
  try {
    return render()
  } catch {
    return ''
  }
}

/** `<tag>inner</tag>`, or `''` when there is nothing inside. */
export function element(tag: string, inner: string): string {
  return inner === '' ? '' : `<${tag}>${inner}</${tag}>`
}

/** Block strings joined by `\n`, empty ones left out. */
export function joinBlocks(blocks: readonly string[]): string {
  return blocks.filter((b) => b !== '').join('\n')
}

/** A container of blocks: `<tag>\n…\n</tag>`, or `''` when all blocks are empty. */
export function blockElement(tag: string, blocks: readonly string[]): string {
  const inner = joinBlocks(blocks)
  return inner === '' ? '' : `<${tag}>\n${inner}\n</${tag}>`
}

/** A list of `<li>` items (each item's HTML as given); `''` when there are no items. */
export function listElement(ordered: boolean, items: readonly string[], start?: number): string {
  if (items.length === 0) return ''
  const tag = ordered ? 'ol' : 'ul'
  const open = ordered && start !== undefined && start !== 1 ? `<ol start="${start}">` : `<${tag}>`
  return `${open}\n${items.map((item) => `<li>${item}</li>`).join('\n')}\n</${tag}>`
}

/** Appends a block (a nested list, say) to an item's HTML, on its own line. */
export function appendBlock(html: string, block: string): string {
  if (block === '') return html
  return html === '' ? block : `${html}\n${block}`
}

/** A piece of rendered output, and whether it is a block (joined by `\n`) or inline. */
export interface Part {
  readonly html: string
  readonly block: boolean
}

/** Joins parts: adjacent inline parts run together, blocks go on their own lines. */
export function joinParts(parts: readonly Part[]): string {
  let out = ''
  let lastBlock = false
  for (const part of parts) {
    if (part.html === '') continue
    if (out !== '' && (part.block || lastBlock)) out += '\n'
    out += part.html
    lastBlock = part.block
  }
  return out
}

/** An inline mark (bold, a link…): runs sharing a `key` share one element. */
export interface InlineMark {
  readonly key: string
  readonly open: string
  readonly close: string
}

/** A piece of inline HTML and the marks that apply to it, outermost first. */
export interface InlineRun {
  readonly html: string
  readonly marks: readonly InlineMark[]
}

/**
 * Renders runs with their marks as well-formed HTML. A mark that goes on over the next runs stays
 * open across them (one `<a>` for a link over two differently styled spans), and the marks that
 * last longest open outermost; a mark that ends inside another is closed and reopened.
 */
export function renderRuns(runs: readonly InlineRun[]): string {
  const live = runs.filter((run) => run.html !== '')
  // remaining[i].get(key): how many runs from i on carry the mark, computed backwards (linear).
  const remaining: Map<string, number>[] = new Array<Map<string, number>>(live.length)
  let next = new Map<string, number>()
  for (let i = live.length - 1; i >= 0; i--) {
    const here = new Map<string, number>()
    for (const mark of live[i].marks) {
      if (!here.has(mark.key)) here.set(mark.key, (next.get(mark.key) ?? 0) + 1)
    }
    remaining[i] = here
    next = here
  }
  const stack: InlineMark[] = []
  let out = ''
  live.forEach((run, i) => {
    const here = remaining[i]
    let keep = 0
    while (keep < stack.length && here.has(stack[keep].key)) keep++
    while (stack.length > keep) out += stack.pop()?.close ?? ''
    const open = new Set(stack.map((mark) => mark.key))
    const opening: InlineMark[] = []
    for (const mark of run.marks) {
      if (open.has(mark.key)) continue
      open.add(mark.key)
      opening.push(mark)
    }
    opening.sort((a, b) => (here.get(b.key) ?? 0) - (here.get(a.key) ?? 0))
    for (const mark of opening) {
      out += mark.open
      stack.push(mark)
    }
    out += run.html
  })
  while (stack.length > 0) out += stack.pop()?.close ?? ''
  return out
}

/** A mark rendered as a plain element: `<tag>` … `</tag>`, keyed by the tag. */
export function tagMark(tag: string): InlineMark {
  return { key: tag, open: `<${tag}>`, close: `</${tag}>` }
}

/** A link mark, or `undefined` when the target is not safe (the text then stays unlinked). */
export function linkMark(href: unknown): InlineMark | undefined {
  const safe = safeHref(href)
  if (safe === undefined) return undefined
  const attr = escapeHtml(safe)
  return { key: `a ${attr}`, open: `<a href="${attr}">`, close: '</a>' }
}

/** A heading level 1–6 from a number or a numeric string, else `undefined`. */
export function headingLevel(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 6 ? n : undefined
}

/** One node of a converter's tree rendered at a depth, or nothing. */
export type RenderNode = (node: unknown, depth: number) => Part | undefined

/** A block part, or nothing when the HTML is empty. */
export const blockPart = (html: string): Part | undefined =>
  html === '' ? undefined : { html, block: true }

/** An inline part, or nothing when the HTML is empty. */
export const inlinePart = (html: string): Part | undefined =>
  html === '' ? undefined : { html, block: false }

/** Every child rendered, the ones that give nothing left out. */
export function childParts(children: unknown, depth: number, render: RenderNode): Part[] {
  const parts: Part[] = []
  for (const child of arrayOf(children)) {
    const part = render(child, depth)
    if (part) parts.push(part)
  }
  return parts
}

/**
 * Inline HTML of a node's children: text leaves keep their marks (`leaf` answers a leaf's run,
 * `undefined` for any other node), other nodes render as unmarked runs.
 */
export function inlineChildren(
  children: unknown,
  depth: number,
  render: RenderNode,
  leaf: (node: Record<string, unknown>) => InlineRun | undefined,
): string {
  const runs: InlineRun[] = []
  for (const child of arrayOf(children)) {
    if (!isRecord(child)) continue
    const run = leaf(child)
    if (run) runs.push(run)
    else {
      const part = render(child, depth)
      if (part) runs.push({ html: part.html, marks: [] })
    }
  }
  return renderRuns(runs)
}

/** A node of an unknown type: its children, as a block when one of them is a block. */
export function containerPart(parts: readonly Part[]): Part | undefined {
  return parts.some((part) => part.block)
    ? blockPart(joinParts(parts))
    : inlinePart(parts.map((part) => part.html).join(''))
}

/**
 * A list item or table cell: a leading paragraph stays inline (`paragraphInline` answers its
 * inline HTML, `undefined` when the first child is no paragraph), other blocks follow it.
 */
export function itemContent(
  children: unknown,
  depth: number,
  render: RenderNode,
  paragraphInline: (first: unknown) => string | undefined,
): string {
  const content = arrayOf(children)
  if (content.length === 0) return ''
  const [first, ...rest] = content
  const lead = paragraphInline(first) ?? joinParts(childParts([first], depth, render))
  return appendBlock(lead, joinParts(childParts(rest, depth, render)))
}

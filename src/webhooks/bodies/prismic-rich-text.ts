/**
 * @module
 * Prismic Rich Text and Title fields to HTML or text, following
 * https://prismic.io/docs/fields/rich-text (the API's JSON): an array of blocks
 * `{ type, text, spans: [{ start, end, type, data? }] }` with types `paragraph`,
 * `heading1`–`heading6`, `preformatted`, `list-item`, `o-list-item`, `image`, `embed`. Spans are
 * UTF-16 offsets into `text` (`strong`, `em`, `hyperlink` with `data.url`, `label` with
 * `data.label`); they may overlap, so the text is cut at every span boundary and each piece
 * carries the spans over it, which keeps the HTML well-formed. Consecutive list items are grouped
 * into one `<ul>`/`<ol>`. Images and embeds are not body text and are skipped.
 */

import {
  type InlineMark,
  type InlineRun,
  arrayOf,
  element,
  escapeHtml,
  escapeText,
  guard,
  isRecord,
  joinBlocks,
  linkMark,
  listElement,
  parseIfJson,
  renderRuns,
  stringOf,
  tagMark,
} from './html'

/** Spans past this many in one block are ignored (the text still renders). */
const MAX_SPANS = 1000

const BLOCK_TAGS = new Map([
  ['paragraph', 'p'],
  ['heading1', 'h1'],
  ['heading2', 'h2'],
  ['heading3', 'h3'],
  ['heading4', 'h4'],
  ['heading5', 'h5'],
  ['heading6', 'h6'],
  ['preformatted', 'pre'],
])

const LIST_TYPES = new Map([
  ['list-item', false],
  ['o-list-item', true],
])

interface Span {
  readonly start: number
  readonly end: number
  readonly mark: InlineMark
}

function offset(value: unknown, length: number): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined
  return Math.min(Math.max(Math.trunc(value), 0), length)
}

function markOf(span: Record<string, unknown>): InlineMark | undefined {
  const data = isRecord(span.data) ? span.data : {}
  switch (span.type) {
    case 'strong':
      return tagMark('strong')
    case 'em':
      return tagMark('em')
    case 'hyperlink':
      return linkMark(data.url)
    case 'label': {
      const label = stringOf(data.label)
      if (label === '') return undefined
      const name = escapeHtml(label)
      return { key: `label ${name}`, open: `<span class="${name}">`, close: '</span>' }
    }
    default:
      return undefined
  }
}

/** The block's text with its spans, cut at every span boundary. */
function inlineHtml(text: string, spans: unknown): string {
  const valid: Span[] = []
  for (const span of arrayOf(spans).slice(0, MAX_SPANS)) {
    if (!isRecord(span)) continue
    const start = offset(span.start, text.length)
    const end = offset(span.end, text.length)
    const mark = markOf(span)
    if (start === undefined || end === undefined || start >= end || !mark) continue
    valid.push({ start, end, mark })
  }
  if (valid.length === 0) return escapeText(text)
  // Outer spans first: earlier start, then longer.
  valid.sort((a, b) => a.start - b.start || b.end - a.end)
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  )
  const runs: InlineRun[] = []
  let active: Span[] = []
  let added = 0
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k]
    while (added < valid.length && valid[added].start <= from) active.push(valid[added++])
    active = active.filter((span) => span.end > from)
    runs.push({ html: escapeText(text.slice(from, cuts[k + 1])), marks: active.map((s) => s.mark) })
  }
  return renderRuns(runs)
}

/**
 * A Prismic Rich Text field (an array of blocks, or a JSON string of one) to HTML.
 *
 * @example
 * prismicRichTextToHtml([{ type: 'paragraph', text: 'Hi all', spans: [{ start: 0, end: 2, type: 'strong' }] }])
 * // '<p><strong>Hi</strong> all</p>'
 */
export function prismicRichTextToHtml(blocks: unknown): string {
  return guard(() => {
    const list = arrayOf(parseIfJson(blocks))
    const out: string[] = []
    let items: string[] = []
    let ordered = false
    const flush = (): void => {
      out.push(listElement(ordered, items))
      items = []
    }
    for (const block of list) {
      if (!isRecord(block)) continue
      const type = stringOf(block.type)
      const html = inlineHtml(stringOf(block.text), block.spans)
      const listOrdered = LIST_TYPES.get(type)
      if (listOrdered !== undefined) {
        if (items.length > 0 && listOrdered !== ordered) flush()
        ordered = listOrdered
        items.push(html)
        continue
      }
      if (items.length > 0) flush()
      const tag = BLOCK_TAGS.get(type)
      if (tag !== undefined) out.push(element(tag, html))
    }
    if (items.length > 0) flush()
    return joinBlocks(out)
  })
}

/**
 * The plain text of a Prismic Title (or Rich Text) field: the blocks' texts joined with a space.
 * A plain string (a Key Text field) is returned as it is.
 *
 * @example
 * prismicTextOf([{ type: 'heading1', text: 'Harbour vote', spans: [] }]) // 'Harbour vote'
 */
export function prismicTextOf(blocks: unknown): string {
  return guard(() => {
    if (typeof blocks === 'string') return blocks
    return arrayOf(blocks)
      .map((block) => (isRecord(block) ? stringOf(block.text) : ''))
      .filter((text) => text !== '')
      .join(' ')
  })
}

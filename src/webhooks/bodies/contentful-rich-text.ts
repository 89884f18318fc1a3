/**
 * @module
 * Contentful Rich Text to HTML, following the node and mark types of `@contentful/rich-text-types`
 * (https://www.contentful.com/developers/docs/concepts/rich-text/): a `document` of blocks
 * (`paragraph`, `heading-1`–`heading-6`, `unordered-list`/`ordered-list` of `list-item`,
 * `blockquote`, `hr`, `table` of `table-row` of `table-cell`/`table-header-cell`) holding inlines
 * (`text` with `marks`, `hyperlink` with `data.uri`, `entry-hyperlink`/`asset-hyperlink` whose
 * text is kept). Embedded entries and assets are not body text and are skipped; unknown nodes
 * render their content.
 */

import {
  type InlineMark,
  type InlineRun,
  type Part,
  MAX_DEPTH,
  appendBlock,
  arrayOf,
  blockElement,
  element,
  escapeText,
  guard,
  headingLevel,
  isRecord,
  joinParts,
  linkMark,
  listElement,
  parseIfJson,
  renderRuns,
  stringOf,
  tagMark,
} from './html'

const MARKS = new Map([
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['code', 'code'],
  ['superscript', 'sup'],
  ['subscript', 'sub'],
  ['strikethrough', 's'],
])

const SKIPPED = new Set([
  'embedded-entry-block',
  'embedded-asset-block',
  'embedded-resource-block',
  'embedded-entry-inline',
  'embedded-resource-inline',
])

const TEXT_LINKS = new Set(['entry-hyperlink', 'asset-hyperlink', 'resource-hyperlink'])

function nodeTypeOf(node: unknown): string {
  return isRecord(node) ? stringOf(node.nodeType) : ''
}

/** Inline content: text runs share marks across adjacent text nodes; links wrap their text. */
function inlineHtml(content: unknown, depth: number): string {
  const runs: InlineRun[] = []
  for (const child of arrayOf(content)) {
    if (!isRecord(child)) continue
    if (child.nodeType === 'text') {
      const marks: InlineMark[] = []
      for (const mark of arrayOf(child.marks)) {
        const tag = isRecord(mark) ? MARKS.get(stringOf(mark.type)) : undefined
        if (tag !== undefined) marks.push(tagMark(tag))
      }
      runs.push({ html: escapeText(stringOf(child.value)), marks })
    } else {
      const part = renderNode(child, depth)
      if (part) runs.push({ html: part.html, marks: [] })
    }
  }
  return renderRuns(runs)
}

function childParts(content: unknown, depth: number): Part[] {
  const parts: Part[] = []
  for (const child of arrayOf(content)) {
    const part = renderNode(child, depth)
    if (part) parts.push(part)
  }
  return parts
}

/** A list item or table cell: a leading paragraph stays inline, other blocks follow it. */
function itemHtml(node: Record<string, unknown>, depth: number): string {
  const content = arrayOf(node.content)
  if (content.length === 0) return ''
  const [first, ...rest] = content
  const lead =
    nodeTypeOf(first) === 'paragraph' && isRecord(first)
      ? inlineHtml(first.content, depth + 1)
      : joinParts(childParts([first], depth))
  return appendBlock(lead, joinParts(childParts(rest, depth)))
}

function renderNode(node: unknown, depth: number): Part | undefined {
  if (!isRecord(node) || depth > MAX_DEPTH) return undefined
  const type = stringOf(node.nodeType)
  const next = depth + 1
  const block = (html: string): Part | undefined =>
    html === '' ? undefined : { html, block: true }
  const inline = (html: string): Part | undefined =>
    html === '' ? undefined : { html, block: false }
  if (SKIPPED.has(type)) return undefined
  if (type === 'paragraph') return block(element('p', inlineHtml(node.content, next)))
  if (type.startsWith('heading-')) {
    const level = headingLevel(type.slice('heading-'.length))
    const tag = level === undefined ? 'p' : `h${level}`
    return block(element(tag, inlineHtml(node.content, next)))
  }
  switch (type) {
    case 'document':
      return block(joinParts(childParts(node.content, next)))
    case 'unordered-list':
    case 'ordered-list': {
      const items = arrayOf(node.content)
        .filter(isRecord)
        .map((item) => itemHtml(item, next))
      return block(listElement(type === 'ordered-list', items))
    }
    case 'list-item':
      return block(element('li', itemHtml(node, next)))
    case 'blockquote':
      return block(blockElement('blockquote', [joinParts(childParts(node.content, next))]))
    case 'hr':
      return block('<hr>')
    case 'table': {
      const rows = childParts(node.content, next).map((part) => part.html)
      return block(blockElement('table', rows))
    }
    case 'table-row': {
      const cells = arrayOf(node.content)
        .filter(isRecord)
        .map((cell) => {
          const tag = cell.nodeType === 'table-header-cell' ? 'th' : 'td'
          return `<${tag}>${itemHtml(cell, next + 1)}</${tag}>`
        })
      return block(cells.length === 0 ? '' : `<tr>${cells.join('')}</tr>`)
    }
    case 'table-cell':
    case 'table-header-cell': {
      const tag = type === 'table-header-cell' ? 'th' : 'td'
      return block(`<${tag}>${itemHtml(node, next)}</${tag}>`)
    }
    case 'text':
      return inline(inlineHtml([node], next))
    case 'hyperlink': {
      const text = inlineHtml(node.content, next)
      const mark = isRecord(node.data) ? linkMark(node.data.uri) : undefined
      return inline(mark && text !== '' ? `${mark.open}${text}${mark.close}` : text)
    }
    default: {
      if (TEXT_LINKS.has(type)) return inline(inlineHtml(node.content, next))
      const parts = childParts(node.content, next)
      return parts.some((part) => part.block)
        ? block(joinParts(parts))
        : inline(parts.map((part) => part.html).join(''))
    }
  }
}

/**
 * A Contentful Rich Text document (or a JSON string of one) to HTML.
 *
 * @example
 * contentfulRichTextToHtml({ nodeType: 'document', content: [{ nodeType: 'paragraph',
 *   content: [{ nodeType: 'text', value: 'Hi', marks: [{ type: 'bold' }] }] }] })
 * // '<p><strong>Hi</strong></p>'
 */
export function contentfulRichTextToHtml(document: unknown): string {
  return guard(() => renderNode(parseIfJson(document), 0)?.html ?? '')
}

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
  arrayOf,
  blockElement,
  blockPart,
  childParts,
  containerPart,
  element,
  escapeText,
  guard,
  headingLevel,
  inlineChildren,
  inlinePart,
  isRecord,
  itemContent,
  joinParts,
  linkMark,
  listElement,
  MAX_DEPTH,
  parseIfJson,
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

/** A text node's run: its value with its marks. */
function textRun(node: Record<string, unknown>): InlineRun | undefined {
  if (node.nodeType !== 'text') return undefined
  const marks: InlineMark[] = []
  for (const mark of arrayOf(node.marks)) {
    const tag = isRecord(mark) ? MARKS.get(stringOf(mark.type)) : undefined
    if (tag !== undefined) marks.push(tagMark(tag))
  }
  return { html: escapeText(stringOf(node.value)), marks }
}

/** Inline content: text runs share marks across adjacent text nodes; links wrap their text. */
function inlineHtml(content: unknown, depth: number): string {
  return inlineChildren(content, depth, renderNode, textRun)
}

/** A list item or table cell: a leading paragraph stays inline, other blocks follow it. */
function itemHtml(node: Record<string, unknown>, depth: number): string {
  return itemContent(node.content, depth, renderNode, (first) =>
    nodeTypeOf(first) === 'paragraph' && isRecord(first)
      ? inlineHtml(first.content, depth + 1)
      : undefined,
  )
}

function renderNode(node: unknown, depth: number): Part | undefined {
  if (!isRecord(node) || depth > MAX_DEPTH) return undefined
  const type = stringOf(node.nodeType)
  const next = depth + 1
  if (SKIPPED.has(type)) return undefined
  if (type === 'paragraph') return blockPart(element('p', inlineHtml(node.content, next)))
  if (type.startsWith('heading-')) {
    const level = headingLevel(type.slice('heading-'.length))
    const tag = level === undefined ? 'p' : `h${level}`
    return blockPart(element(tag, inlineHtml(node.content, next)))
  }
  switch (type) {
    case 'document':
      return blockPart(joinParts(childParts(node.content, next, renderNode)))
    case 'unordered-list':
    case 'ordered-list': {
      const items = arrayOf(node.content)
        .filter(isRecord)
        .map((item) => itemHtml(item, next))
      return blockPart(listElement(type === 'ordered-list', items))
    }
    case 'list-item':
      return blockPart(element('li', itemHtml(node, next)))
    case 'blockquote':
      return blockPart(
        blockElement('blockquote', [joinParts(childParts(node.content, next, renderNode))]),
      )
    case 'hr':
      return blockPart('<hr>')
    case 'table': {
      const rows = childParts(node.content, next, renderNode).map((part) => part.html)
      return blockPart(blockElement('table', rows))
    }
    case 'table-row': {
      const cells = arrayOf(node.content)
        .filter(isRecord)
        .map((cell) => {
          const tag = cell.nodeType === 'table-header-cell' ? 'th' : 'td'
          return `<${tag}>${itemHtml(cell, next + 1)}</${tag}>`
        })
      return blockPart(cells.length === 0 ? '' : `<tr>${cells.join('')}</tr>`)
    }
    case 'table-cell':
    case 'table-header-cell': {
      const tag = type === 'table-header-cell' ? 'th' : 'td'
      return blockPart(`<${tag}>${itemHtml(node, next)}</${tag}>`)
    }
    case 'text':
      return inlinePart(inlineHtml([node], next))
    case 'hyperlink': {
      const text = inlineHtml(node.content, next)
      const mark = isRecord(node.data) ? linkMark(node.data.uri) : undefined
      return inlinePart(mark && text !== '' ? `${mark.open}${text}${mark.close}` : text)
    }
    default: {
      if (TEXT_LINKS.has(type)) return inlinePart(inlineHtml(node.content, next))
      const parts = childParts(node.content, next, renderNode)
      return containerPart(parts)
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

/**
 * @module
 * Lexical editor state to HTML, as Payload 3 (`@payloadcms/richtext-lexical`) and Ghost 5+ store
 * it: the serialized JSON of https://lexical.dev/docs/concepts/serialization,
 * `{ root: { type: 'root', children: [...] } }`, or a JSON string of it. Nodes: `paragraph`,
 * `heading` (`tag`), `quote`, `list` (`listType` `bullet`|`number`|`check`, `tag`) of `listitem`
 * (a nested list is a `listitem` holding a `list`), `link`/`autolink` (`fields.url` in Payload,
 * `url` in Lexical), `linebreak`, `tab`, `horizontalrule`, `code`, `table`, and `text` with the
 * `format` bitmask of `lexical`'s TextNode (1 bold, 2 italic, 4 strikethrough, 8 underline,
 * 16 code, 32 subscript, 64 superscript). Ghost's `extended-text`/`extended-heading`/
 * `extended-quote`/`aside` are read as their plain counterparts. Uploads, blocks and
 * relationships are skipped; unknown nodes with `children` render their children.
 */

import {
  type InlineMark,
  type InlineRun,
  type Part,
  anchor,
  appendBlock,
  arrayOf,
  blockElement,
  blockPart,
  childParts,
  containerPart,
  element,
  escapeHtml,
  escapeText,
  guard,
  inlineChildren,
  inlinePart,
  isRecord,
  joinParts,
  listElement,
  MAX_DEPTH,
  parseIfJson,
  renderRuns,
  stringOf,
  tagMark,
} from './html'

/** TextNode format bits, outermost element first. */
const FORMAT_BITS: readonly (readonly [number, string])[] = [
  [1, 'strong'],
  [2, 'em'],
  [8, 'u'],
  [4, 's'],
  [32, 'sub'],
  [64, 'sup'],
  [16, 'code'],
]

const SKIPPED = new Set(['upload', 'block', 'inlineBlock', 'relationship', 'image'])

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** A text-like leaf: `text`, Ghost's `extended-text`, `code-highlight`, `hashtag`, `tab`… */
function isTextLeaf(node: Record<string, unknown>): boolean {
  return typeof node.text === 'string' && !Array.isArray(node.children)
}

function textRun(node: Record<string, unknown>): InlineRun {
  const format = typeof node.format === 'number' ? node.format : 0
  const marks: InlineMark[] = []
  for (const [bit, tag] of FORMAT_BITS) if ((format & bit) !== 0) marks.push(tagMark(tag))
  return { html: escapeText(stringOf(node.text)), marks }
}

function inlineHtml(children: unknown, depth: number): string {
  return inlineChildren(children, depth, renderNode, (child) =>
    isTextLeaf(child) ? textRun(child) : undefined,
  )
}

function isList(node: unknown): node is Record<string, unknown> {
  return isRecord(node) && node.type === 'list'
}

/** A list item: its inline content, then any nested lists on their own lines. */
function itemHtml(item: Record<string, unknown>, depth: number): string {
  const children = arrayOf(item.children)
  const inline = inlineHtml(
    children.filter((child) => !isList(child)),
    depth,
  )
  const nested = children
    .filter(isList)
    .map((list) => renderNode(list, depth)?.html ?? '')
    .filter((html) => html !== '')
  return nested.reduce(appendBlock, inline)
}

function listHtml(list: Record<string, unknown>, depth: number): string {
  const items: string[] = []
  for (const child of arrayOf(list.children)) {
    if (!isRecord(child)) continue
    const children = arrayOf(child.children)
    const onlyLists = children.length > 0 && children.every(isList)
    const html = itemHtml(child, depth + 1)
    if (onlyLists && items.length > 0) {
      // Lexical nests a list as an item holding only that list: it belongs to the item before.
      items[items.length - 1] = appendBlock(items[items.length - 1], html)
    } else {
      items.push(html)
    }
  }
  const ordered = list.listType === 'number' || (list.listType === undefined && list.tag === 'ol')
  const start = typeof list.start === 'number' && Number.isInteger(list.start) ? list.start : 1
  return listElement(ordered, items, start)
}

function tableHtml(table: Record<string, unknown>, depth: number): string {
  const rows: string[] = []
  for (const row of arrayOf(table.children)) {
    if (!isRecord(row)) continue
    const cells = arrayOf(row.children)
      .filter(isRecord)
      .map((cell) => {
        const header = typeof cell.headerState === 'number' && cell.headerState > 0
        const tag = header ? 'th' : 'td'
        const parts = childParts(cell.children, depth + 2, renderNode)
        const inner =
          parts.length === 1 && parts[0].html.startsWith('<p>')
            ? parts[0].html.slice(3, -4)
            : joinParts(parts)
        return `<${tag}>${inner}</${tag}>`
      })
    if (cells.length > 0) rows.push(`<tr>${cells.join('')}</tr>`)
  }
  return blockElement('table', rows)
}

function linkUrl(node: Record<string, unknown>): unknown {
  if (isRecord(node.fields) && node.fields.url !== undefined) return node.fields.url
  return node.url
}

function renderNode(node: unknown, depth: number): Part | undefined {
  if (!isRecord(node) || depth > MAX_DEPTH) return undefined
  const type = stringOf(node.type)
  const next = depth + 1
  if (SKIPPED.has(type)) return undefined
  switch (type) {
    case 'root':
      return blockPart(joinParts(childParts(node.children, next, renderNode)))
    case 'paragraph':
      return blockPart(element('p', inlineHtml(node.children, next)))
    case 'heading':
    case 'extended-heading': {
      const tag = typeof node.tag === 'string' && HEADING_TAGS.has(node.tag) ? node.tag : 'h2'
      return blockPart(element(tag, inlineHtml(node.children, next)))
    }
    case 'quote':
    case 'extended-quote':
    case 'aside':
      return blockPart(element('blockquote', inlineHtml(node.children, next)))
    case 'list':
      return blockPart(listHtml(node, next))
    case 'listitem':
      return blockPart(element('li', itemHtml(node, next)))
    case 'code': {
      const code = arrayOf(node.children)
        .map((child) => (isRecord(child) ? (child.type === 'linebreak' ? '\n' : child.text) : ''))
        .map(stringOf)
        .join('')
      return blockPart(code === '' ? '' : `<pre><code>${escapeHtml(code)}</code></pre>`)
    }
    case 'table':
      return blockPart(tableHtml(node, next))
    case 'horizontalrule':
      return blockPart('<hr>')
    case 'linebreak':
      return inlinePart('<br>')
    case 'link':
    case 'autolink':
      return inlinePart(anchor(linkUrl(node), inlineHtml(node.children, next)))
    default: {
      if (isTextLeaf(node)) return inlinePart(renderRuns([textRun(node)]))
      if (!Array.isArray(node.children)) return undefined
      const parts = childParts(node.children, next, renderNode)
      return containerPart(parts)
    }
  }
}

/**
 * A Lexical editor state (`{ root }`, a bare root node, or a JSON string of either) to HTML.
 *
 * @example
 * lexicalToHtml({ root: { type: 'root', children: [{ type: 'paragraph',
 *   children: [{ type: 'text', text: 'Hi', format: 1 }] }] } })
 * // '<p><strong>Hi</strong></p>'
 */
export function lexicalToHtml(state: unknown): string {
  return guard(() => {
    const parsed = parseIfJson(state)
    if (!isRecord(parsed)) return ''
    const root = isRecord(parsed.root) ? parsed.root : parsed
    if (root.type !== 'root' && !Array.isArray(root.children)) return ''
    return joinParts(childParts(root.children, 1, renderNode))
  })
}

/**
 * @module
 * Strapi v5 Blocks rich text to HTML, following the node types `@strapi/blocks-react-renderer`
 * renders (https://github.com/strapi/blocks-react-renderer, https://docs.strapi.io/cms/features/content-type-builder#rich-text-blocks):
 * `paragraph`, `heading` (`level`), `list` (`format` `ordered`|`unordered`, children `list-item`
 * and nested `list`s), `quote`, `code`, `link` (`url`), and `text` leaves with `bold`, `italic`,
 * `underline`, `strikethrough` and `code` flags. Images are not body text and are skipped;
 * unknown nodes render their children.
 */

import {
  type InlineMark,
  type Part,
  anchor,
  appendBlock,
  arrayOf,
  blockPart,
  childParts,
  element,
  escapeHtml,
  escapeText,
  guard,
  headingLevel,
  inlineChildren,
  isRecord,
  joinParts,
  listElement,
  MAX_DEPTH,
  parseIfJson,
  stringOf,
  tagMark,
} from './html'

/** Text flags in the order their elements nest, outermost first. */
const FLAGS: readonly (readonly [string, string])[] = [
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strikethrough', 's'],
  ['code', 'code'],
]

function isText(node: Record<string, unknown>): boolean {
  return node.type === 'text' || (node.type === undefined && typeof node.text === 'string')
}

function inlineHtml(children: unknown, depth: number): string {
  return inlineChildren(children, depth, renderNode, (child) => {
    if (!isText(child)) return undefined
    const marks: InlineMark[] = []
    for (const [flag, tag] of FLAGS) if (child[flag] === true) marks.push(tagMark(tag))
    return { html: escapeText(stringOf(child.text)), marks }
  })
}

function plainText(children: unknown, depth: number): string {
  if (depth > MAX_DEPTH) return ''
  let text = ''
  for (const child of arrayOf(children)) {
    if (!isRecord(child)) continue
    text += isText(child) ? stringOf(child.text) : plainText(child.children, depth + 1)
  }
  return text
}

function listHtml(node: Record<string, unknown>, depth: number): string {
  const items: string[] = []
  for (const child of arrayOf(node.children)) {
    if (!isRecord(child)) continue
    if (child.type === 'list') {
      const nested = depth + 1 > MAX_DEPTH ? '' : listHtml(child, depth + 1)
      if (nested === '') continue
      if (items.length === 0) items.push('')
      items[items.length - 1] = appendBlock(items[items.length - 1], nested)
    } else {
      items.push(inlineHtml(child.children, depth + 1))
    }
  }
  return listElement(node.format === 'ordered', items)
}

function renderNode(node: unknown, depth: number): Part | undefined {
  if (!isRecord(node) || depth > MAX_DEPTH) return undefined
  const next = depth + 1
  switch (node.type) {
    case 'paragraph':
      return blockPart(element('p', inlineHtml(node.children, next)))
    case 'heading':
      return blockPart(
        element(`h${headingLevel(node.level) ?? 2}`, inlineHtml(node.children, next)),
      )
    case 'list':
      return blockPart(listHtml(node, next))
    case 'list-item':
      return blockPart(element('li', inlineHtml(node.children, next)))
    case 'quote':
      return blockPart(element('blockquote', inlineHtml(node.children, next)))
    case 'code': {
      const code = plainText(node.children, next)
      return blockPart(code === '' ? '' : `<pre><code>${escapeHtml(code)}</code></pre>`)
    }
    case 'image':
      return undefined
    case 'link': {
      const html = anchor(node.url, inlineHtml(node.children, next))
      return html === '' ? undefined : { html, block: false }
    }
    default: {
      if (isText(node)) {
        const html = inlineHtml([node], next)
        return html === '' ? undefined : { html, block: false }
      }
      const parts = childParts(node.children, next, renderNode)
      if (parts.some((part) => part.block)) return blockPart(joinParts(parts))
      const html = parts.map((part) => part.html).join('')
      return html === '' ? undefined : { html, block: false }
    }
  }
}

/**
 * A Strapi Blocks field value (an array of block nodes, or a JSON string of one) to HTML.
 *
 * @example
 * strapiBlocksToHtml([{ type: 'paragraph', children: [{ type: 'text', text: 'Hi', bold: true }] }])
 * // '<p><strong>Hi</strong></p>'
 */
export function strapiBlocksToHtml(blocks: unknown): string {
  return guard(() => {
    const parsed = parseIfJson(blocks)
    const list = Array.isArray(parsed) ? parsed : isRecord(parsed) ? [parsed] : []
    return joinParts(childParts(list, 0, renderNode))
  })
}

/**
 * @module
 * Storyblok rich text (and TipTap/ProseMirror JSON in general) to HTML. Follows the ProseMirror
 * document JSON of `prosemirror-model` (`Node.toJSON`: `{ type, attrs, content, marks, text }`,
 * https://prosemirror.net/docs/ref/#model.Node.toJSON) with the node and mark names of Storyblok's
 * rich-text schema (https://www.storyblok.com/docs/richtext-field, `@storyblok/richtext`):
 * `doc`, `paragraph`, `heading` (`attrs.level`), `bullet_list`, `ordered_list` (`attrs.order`),
 * `list_item`, `blockquote`, `code_block`, `horizontal_rule`, `hard_break`, tables; TipTap's
 * camelCase names (`bulletList`, `orderedList`, `listItem`, `codeBlock`, `hardBreak`,
 * `horizontalRule`, `tableRow`…) are accepted too. Marks: `bold`/`strong`, `italic`/`em`, `link`
 * (`attrs.href`; Storyblok `linktype: 'email'` gets `mailto:`), `code`, `strike`, `underline`,
 * `superscript`, `subscript`. `blok` components, images and emoji are skipped; unknown nodes
 * render their content.
 */

import {
  type InlineMark,
  type Part,
  arrayOf,
  blockElement,
  blockPart,
  childParts,
  containerPart,
  element,
  escapeHtml,
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

const TAG_MARKS = new Map([
  ['bold', 'strong'],
  ['strong', 'strong'],
  ['italic', 'em'],
  ['em', 'em'],
  ['code', 'code'],
  ['strike', 's'],
  ['strikethrough', 's'],
  ['underline', 'u'],
  ['superscript', 'sup'],
  ['subscript', 'sub'],
])

/** Node type names, snake_case and camelCase, to one canonical name. */
const ALIASES = new Map([
  ['bulletList', 'bullet_list'],
  ['orderedList', 'ordered_list'],
  ['listItem', 'list_item'],
  ['codeBlock', 'code_block'],
  ['hardBreak', 'hard_break'],
  ['horizontalRule', 'horizontal_rule'],
  ['tableRow', 'table_row'],
  ['tableCell', 'table_cell'],
  ['tableHeader', 'table_header'],
])

const SKIPPED = new Set(['blok', 'image', 'emoji'])

function typeOf(node: Record<string, unknown>): string {
  const type = stringOf(node.type)
  return ALIASES.get(type) ?? type
}

function attrsOf(node: Record<string, unknown>): Record<string, unknown> {
  return isRecord(node.attrs) ? node.attrs : {}
}

function linkHref(attrs: Record<string, unknown>): string | undefined {
  let href = stringOf(attrs.href)
  if (href === '') return undefined
  if (attrs.linktype === 'email' && !/^mailto:/i.test(href)) href = `mailto:${href}`
  const anchorName = stringOf(attrs.anchor)
  if (anchorName !== '' && !href.includes('#')) href += `#${anchorName}`
  return href
}

function marksOf(node: Record<string, unknown>): InlineMark[] {
  const marks: InlineMark[] = []
  for (const mark of arrayOf(node.marks)) {
    if (!isRecord(mark)) continue
    const type = stringOf(mark.type)
    if (type === 'link') {
      const link = linkMark(linkHref(attrsOf(mark)))
      if (link) marks.push(link)
      continue
    }
    const tag = TAG_MARKS.get(type)
    if (tag !== undefined) marks.push(tagMark(tag))
  }
  return marks
}

function inlineHtml(content: unknown, depth: number): string {
  return inlineChildren(content, depth, renderNode, (child) =>
    child.type === 'text'
      ? { html: escapeText(stringOf(child.text)), marks: marksOf(child) }
      : undefined,
  )
}

/** A list item or table cell: a leading paragraph stays inline, other blocks follow it. */
function itemHtml(node: Record<string, unknown>, depth: number): string {
  return itemContent(node.content, depth, renderNode, (first) =>
    isRecord(first) && first.type === 'paragraph'
      ? inlineHtml(first.content, depth + 1)
      : undefined,
  )
}

function plainText(content: unknown, depth: number): string {
  if (depth > MAX_DEPTH) return ''
  let text = ''
  for (const child of arrayOf(content)) {
    if (!isRecord(child)) continue
    if (child.type === 'text') text += stringOf(child.text)
    else if (typeOf(child) === 'hard_break') text += '\n'
    else text += plainText(child.content, depth + 1)
  }
  return text
}

function renderNode(node: unknown, depth: number): Part | undefined {
  if (!isRecord(node) || depth > MAX_DEPTH) return undefined
  const type = typeOf(node)
  const next = depth + 1
  if (SKIPPED.has(type)) return undefined
  switch (type) {
    case 'doc':
      return blockPart(joinParts(childParts(node.content, next, renderNode)))
    case 'paragraph':
      return blockPart(element('p', inlineHtml(node.content, next)))
    case 'heading': {
      const level = headingLevel(attrsOf(node).level) ?? 2
      return blockPart(element(`h${level}`, inlineHtml(node.content, next)))
    }
    case 'bullet_list':
    case 'ordered_list': {
      const items = arrayOf(node.content)
        .filter(isRecord)
        .map((item) => itemHtml(item, next))
      const attrs = attrsOf(node)
      const order = attrs.order ?? attrs.start
      const start = typeof order === 'number' && Number.isInteger(order) ? order : 1
      return blockPart(listElement(type === 'ordered_list', items, start))
    }
    case 'list_item':
      return blockPart(element('li', itemHtml(node, next)))
    case 'blockquote':
      return blockPart(
        blockElement('blockquote', [joinParts(childParts(node.content, next, renderNode))]),
      )
    case 'code_block': {
      const code = plainText(node.content, next)
      return blockPart(code === '' ? '' : `<pre><code>${escapeHtml(code)}</code></pre>`)
    }
    case 'horizontal_rule':
      return blockPart('<hr>')
    case 'hard_break':
      return inlinePart('<br>')
    case 'text':
      return inlinePart(inlineHtml([node], next))
    case 'table':
      return blockPart(
        blockElement('table', [joinParts(childParts(node.content, next, renderNode))]),
      )
    case 'table_row': {
      const cells = arrayOf(node.content)
        .filter(isRecord)
        .map((cell) => {
          const tag = typeOf(cell) === 'table_header' ? 'th' : 'td'
          return `<${tag}>${itemHtml(cell, next + 1)}</${tag}>`
        })
      return blockPart(cells.length === 0 ? '' : `<tr>${cells.join('')}</tr>`)
    }
    default: {
      const parts = childParts(node.content, next, renderNode)
      return containerPart(parts)
    }
  }
}

/**
 * A ProseMirror/TipTap document (Storyblok rich text), or a JSON string of one, to HTML.
 *
 * @example
 * prosemirrorToHtml({ type: 'doc', content: [{ type: 'paragraph',
 *   content: [{ type: 'text', text: 'Hi', marks: [{ type: 'bold' }] }] }] })
 * // '<p><strong>Hi</strong></p>'
 */
export function prosemirrorToHtml(doc: unknown): string {
  return guard(() => {
    const parsed = parseIfJson(doc)
    const root = Array.isArray(parsed) ? { type: 'doc', content: parsed } : parsed
    return renderNode(root, 0)?.html ?? ''
  })
}

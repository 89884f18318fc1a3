/**
 * @module
 * Directus Block Editor values to HTML. The interface stores Editor.js output
 * (https://editorjs.io/saving-data/, `{ time, blocks: [{ id, type, data }], version }`), with the
 * block data of the official tools: `paragraph` (`text`), `header` (`text`, `level`), `list` and
 * `nestedlist` (`style`, `items` as strings or `{ content, items }`), `checklist`, `quote`
 * (`text`, `caption`), `code` (`code`), `delimiter`, `table` (`content` rows, `withHeadings`),
 * and `warning`. Text fields of Editor.js already hold inline HTML (`<b>`, `<i>`, `<a href>`,
 * `&nbsp;`), which is kept as it is; `code` is plain text and is escaped. Images, embeds, raw
 * HTML and other media blocks are skipped; an unknown block with a string `data.text` becomes a
 * paragraph.
 */

import {
  MAX_DEPTH,
  appendBlock,
  arrayOf,
  blockElement,
  element,
  escapeHtml,
  guard,
  headingLevel,
  isRecord,
  joinBlocks,
  listElement,
  parseIfJson,
  stringOf,
} from './html'

const SKIPPED = new Set(['image', 'simpleImage', 'embed', 'raw', 'attaches', 'linkTool'])

/** Editor.js inline HTML, trimmed; `&nbsp;`-only text counts as empty. */
function inline(value: unknown): string {
  const html = stringOf(value).trim()
  return html.replace(/&nbsp;|\s/g, '') === '' ? '' : html
}

/** List items: strings, or `{ content | text, items }` objects whose `items` nest. */
function listItems(items: unknown, ordered: boolean, depth: number): string {
  if (depth > MAX_DEPTH) return ''
  const rendered: string[] = []
  for (const item of arrayOf(items)) {
    if (typeof item === 'string') {
      rendered.push(inline(item))
    } else if (isRecord(item)) {
      const text = inline(item.content ?? item.text)
      rendered.push(appendBlock(text, listItems(item.items, ordered, depth + 1)))
    }
  }
  return listElement(ordered, rendered)
}

function tableHtml(data: Record<string, unknown>): string {
  const rows = arrayOf(data.content).filter(Array.isArray)
  const html = rows.map((row: readonly unknown[], index) => {
    const tag = data.withHeadings === true && index === 0 ? 'th' : 'td'
    return `<tr>${row.map((cell) => `<${tag}>${inline(cell)}</${tag}>`).join('')}</tr>`
  })
  return blockElement('table', html)
}

function renderBlock(block: unknown): string {
  if (!isRecord(block)) return ''
  const type = stringOf(block.type)
  const data = isRecord(block.data) ? block.data : {}
  if (SKIPPED.has(type)) return ''
  switch (type) {
    case 'paragraph':
      return element('p', inline(data.text))
    case 'header':
      return element(`h${headingLevel(data.level) ?? 2}`, inline(data.text))
    case 'list':
    case 'nestedlist':
    case 'nestedList':
      return listItems(data.items, data.style === 'ordered', 1)
    case 'checklist':
      return listItems(data.items, false, 1)
    case 'quote': {
      const caption = inline(data.caption)
      const text = element('p', inline(data.text))
      if (text === '') return ''
      return blockElement('blockquote', [text, element('p', element('cite', caption))])
    }
    case 'code': {
      const code = stringOf(data.code)
      return code.trim() === '' ? '' : `<pre><code>${escapeHtml(code)}</code></pre>`
    }
    case 'delimiter':
      return '<hr>'
    case 'table':
      return tableHtml(data)
    case 'warning':
      return joinBlocks([element('p', inline(data.title)), element('p', inline(data.message))])
    default:
      return element('p', inline(data.text))
  }
}

/**
 * Editor.js output (`{ blocks }`, a bare array of blocks, or a JSON string of either) to HTML.
 *
 * @example
 * editorJsToHtml({ blocks: [{ type: 'header', data: { text: 'Hi', level: 2 } }] }) // '<h2>Hi</h2>'
 */
export function editorJsToHtml(data: unknown): string {
  return guard(() => {
    const parsed = parseIfJson(data)
    const blocks = Array.isArray(parsed) ? parsed : isRecord(parsed) ? arrayOf(parsed.blocks) : []
    return joinBlocks(blocks.map(renderBlock))
  })
}

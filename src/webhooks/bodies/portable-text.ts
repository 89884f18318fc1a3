/**
 * @module
 * Sanity Portable Text to HTML, following the specification at
 * https://github.com/portabletext/portabletext: an array of blocks
 * `{ _type: 'block', style, listItem?, level?, markDefs, children: [{ _type: 'span', text, marks }] }`.
 * Styles `normal`, `h1`–`h6` and `blockquote` map to elements; consecutive list blocks become
 * `<ul>`/`<ol>` nested by `level`; decorators (`strong`, `em`, `code`, `underline`,
 * `strike-through`) and `link` annotations (`markDefs`) become inline elements, one element per
 * mark across adjacent spans. Custom object blocks (images, embeds…) and inline objects are not
 * body text and are skipped.
 */

import {
  type InlineMark,
  type InlineRun,
  appendBlock,
  arrayOf,
  element,
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

const DECORATORS = new Map([
  ['strong', 'strong'],
  ['em', 'em'],
  ['code', 'code'],
  ['underline', 'u'],
  ['strike-through', 's'],
  ['strike', 's'],
])

const STYLES = new Map([
  ['normal', 'p'],
  ['h1', 'h1'],
  ['h2', 'h2'],
  ['h3', 'h3'],
  ['h4', 'h4'],
  ['h5', 'h5'],
  ['h6', 'h6'],
  ['blockquote', 'blockquote'],
])

/** Deeper list levels are flattened to this one. */
const MAX_LEVEL = 32

interface ListEntry {
  readonly type: string
  readonly level: number
  readonly html: string
}

function isBlock(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && value._type === 'block'
}

function listItemOf(block: Record<string, unknown>): string | undefined {
  return typeof block.listItem === 'string' && block.listItem !== '' ? block.listItem : undefined
}

/** The inline HTML of a block's spans, marks resolved against its `markDefs`. */
function inlineHtml(block: Record<string, unknown>): string {
  const defs = new Map<string, InlineMark>()
  for (const def of arrayOf(block.markDefs)) {
    if (!isRecord(def) || typeof def._key !== 'string') continue
    if (def._type !== 'link') continue
    const mark = linkMark(def.href)
    if (mark) defs.set(def._key, { ...mark, key: `def ${def._key}` })
  }
  const runs: InlineRun[] = []
  for (const child of arrayOf(block.children)) {
    if (!isRecord(child) || typeof child.text !== 'string') continue
    if (child._type !== undefined && child._type !== 'span') continue
    const marks: InlineMark[] = []
    for (const name of arrayOf(child.marks)) {
      if (typeof name !== 'string') continue
      const decorator = DECORATORS.get(name)
      const mark = decorator === undefined ? defs.get(name) : tagMark(decorator)
      if (mark) marks.push(mark)
    }
    runs.push({ html: escapeText(child.text), marks })
  }
  return renderRuns(runs)
}

/** Builds one list from `entries[start]` on, nesting deeper levels into the previous item. */
function buildList(entries: readonly ListEntry[], start: number): { html: string; next: number } {
  const { type, level } = entries[start]
  const items: string[] = []
  let i = start
  while (i < entries.length) {
    const entry = entries[i]
    if (entry.level < level || (entry.level === level && entry.type !== type)) break
    if (entry.level === level) {
      items.push(entry.html)
      i++
    } else {
      const nested = buildList(entries, i)
      if (items.length === 0) items.push('')
      items[items.length - 1] = appendBlock(items[items.length - 1], nested.html)
      i = nested.next
    }
  }
  return { html: listElement(type === 'number', items), next: i }
}

function renderList(entries: readonly ListEntry[]): string {
  const lists: string[] = []
  let i = 0
  while (i < entries.length) {
    const list = buildList(entries, i)
    lists.push(list.html)
    i = list.next
  }
  return joinBlocks(lists)
}

/**
 * Portable Text blocks (an array, one block, or a JSON string of either) to HTML.
 *
 * @example
 * portableTextToHtml([{ _type: 'block', style: 'h2', children: [{ _type: 'span', text: 'Hi' }] }])
 * // '<h2>Hi</h2>'
 */
export function portableTextToHtml(blocks: unknown): string {
  return guard(() => {
    const parsed = parseIfJson(blocks)
    const list = Array.isArray(parsed) ? parsed : isRecord(parsed) ? [parsed] : []
    const out: string[] = []
    let i = 0
    while (i < list.length) {
      const block: unknown = list[i]
      if (isBlock(block) && listItemOf(block) !== undefined) {
        const entries: ListEntry[] = []
        while (i < list.length) {
          const item: unknown = list[i]
          if (!isBlock(item)) break
          const type = listItemOf(item)
          if (type === undefined) break
          const level =
            typeof item.level === 'number' && Number.isInteger(item.level) && item.level >= 1
              ? Math.min(item.level, MAX_LEVEL)
              : 1
          entries.push({ type, level, html: inlineHtml(item) })
          i++
        }
        out.push(renderList(entries))
        continue
      }
      if (isBlock(block)) {
        const tag = STYLES.get(stringOf(block.style)) ?? 'p'
        out.push(element(tag, inlineHtml(block)))
      }
      i++
    }
    return joinBlocks(out)
  })
}

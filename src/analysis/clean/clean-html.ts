/**
 * @module
 * Article body extraction from HTML: drop page furniture by tag path and link density, then keep
 * the run of blocks around the article's densest text.
 */
import type { CleanResult, RemovedCounts } from '../types'
import { BOILERPLATE_PATH, FURNITURE_LINE, LIST_HEADING, TIMESTAMP_LINE } from './boilerplate'
import { htmlToBlocks, type HtmlBlock } from './html-to-blocks'

const FURNITURE_TAGS = /(?:^|\s)(?:nav|footer|aside|form|header)(?:\s|$)/
const MIN_PARAGRAPH_CHARS = 80

/**
 * Extracts the article body and title from an HTML page or fragment.
 *
 * @example
 * cleanHtml('<nav>Home</nav><h1>Title</h1><p>Body text.</p>').text // 'Body text.'
 */
export function cleanHtml(html: string, givenTitle?: string): CleanResult {
  const document = htmlToBlocks(html)
  const removed: RemovedCounts = {}
  const drop = (reason: string) => (removed[reason] = (removed[reason] ?? 0) + 1)

  const title = givenTitle?.trim() || document.h1 || document.metaTitle || document.title
  const candidates: HtmlBlock[] = []
  for (const block of document.blocks) {
    if (FURNITURE_TAGS.test(block.tags)) drop('navigation')
    else if (BOILERPLATE_PATH.test(block.path)) drop('boilerplate')
    else if (block.linkChars > block.text.length * 0.5) drop('links')
    else if (title && block.text === title) drop('title')
    else if (LIST_HEADING.test(block.text)) drop('listHeading')
    else if (FURNITURE_LINE.test(block.text) || TIMESTAMP_LINE.test(block.text)) drop('furniture')
    else candidates.push(block)
  }

  // The body is the span from the first to the last substantial paragraph; short blocks outside
  // it are teasers and labels.
  const isParagraph = (b: HtmlBlock) => b.text.length >= MIN_PARAGRAPH_CHARS && /[.!?]["'”’)]?$/.test(b.text)
  const first = candidates.findIndex(isParagraph)
  const last = candidates.findLastIndex(isParagraph)
  const kept = first < 0 ? candidates : candidates.slice(first, last + 1)
  if (first > 0) removed.outsideBody = (removed.outsideBody ?? 0) + first
  if (first >= 0 && last < candidates.length - 1) removed.outsideBody = (removed.outsideBody ?? 0) + candidates.length - 1 - last

  const paragraphs = kept.map((b) => b.text)
  return {
    title: title ?? null,
    text: paragraphs.join('\n\n'),
    paragraphs: paragraphs.length,
    removed,
    byline: document.byline,
    published: document.published,
    source: 'html',
  }
}

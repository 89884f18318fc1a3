/**
 * @module
 * Article body extraction from scraped plain text (a page flattened to lines, menus and teaser
 * lists still in it). With no markup to lean on, lines are judged by shape.
 */
import type { CleanResult, RemovedCounts } from '../types'
import { FURNITURE_LINE, LIST_HEADING, TIMESTAMP_LINE, TRUNCATED_LINE } from './boilerplate'

const BYLINE = /^(?:by\s+)?[A-Z][\p{L}'.-]+(?:\s+[A-Z][\p{L}'.-]+){0,3}\s+(?:published|updated|posted)\b.*$/u
const PROSE_CHARS = 100

/**
 * Extracts the article body and title from scraped plain text.
 *
 * @example
 * cleanText('Open Menu\n\nTitle\n\nA long paragraph of the story...').text
 */
export function cleanText(text: string, givenTitle?: string): CleanResult {
  const removed: RemovedCounts = {}
  const drop = (reason: string) => (removed[reason] = (removed[reason] ?? 0) + 1)
  const lines = text.replace(/\r\n?/g, '\n').split(/\n/).map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())

  const isProse = (line: string) => line.length >= PROSE_CHARS && /[.!?]["'”’)]?$/.test(line)
  const proseCount = lines.filter(isProse).length
  const nonEmpty = lines.filter(Boolean)
  // Text whose lines are nearly all prose is already clean: leave it be.
  if (nonEmpty.length > 0 && lines.every((l) => !l || !(FURNITURE_LINE.test(l) || TIMESTAMP_LINE.test(l) || LIST_HEADING.test(l)))) {
    const paragraphs = text.trim().split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
    if (proseCount >= nonEmpty.length * 0.5 || nonEmpty.length <= 3) {
      return { title: givenTitle?.trim() || null, text: paragraphs.join('\n\n'), paragraphs: paragraphs.length, removed, source: 'clean' }
    }
  }

  const firstProse = lines.findIndex(isProse)
  let title = givenTitle?.trim() || null
  let byline: string | null = null
  const kept: string[] = []
  const seen = new Set<string>()
  let inList = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line) continue
    const key = line.toLowerCase()
    if (LIST_HEADING.test(line)) {
      drop('listHeading')
      inList = true
      continue
    }
    if (TIMESTAMP_LINE.test(line)) drop('timestamp')
    else if (FURNITURE_LINE.test(line) || /^date \d{4}-\d\d-\d\d\b/i.test(line)) drop('furniture')
    else if (TRUNCATED_LINE.test(line)) drop('teaser')
    else if (seen.has(key)) drop('duplicate')
    else if (inList && !isProse(line)) drop('list')
    else if (firstProse >= 0 && i < firstProse) {
      // Before the body: the first headline-like line is the title, a name plus date a byline.
      if (BYLINE.test(line)) byline ??= line
      else if (!title && line.length >= 15 && line.split(' ').length >= 3) title = line
      else {
        drop('header')
        seen.add(key)
        continue
      }
      drop(title === line ? 'title' : 'byline')
    } else {
      inList = false
      kept.push(line)
    }
    seen.add(key)
  }
  // A trailing run of short lines after the last prose line is page furniture.
  let end = kept.length
  while (end > 0 && !isProse(kept[end - 1]) && kept[end - 1].length < PROSE_CHARS) {
    end--
    drop('trailing')
  }
  const paragraphs = kept.slice(0, end)
  return { title, text: paragraphs.join('\n\n'), paragraphs: paragraphs.length, removed, byline, source: 'text' }
}

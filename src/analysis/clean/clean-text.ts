/**
 * @module
 * Article body extraction from scraped plain text (a page flattened to lines, menus and teaser
 * lists still in it). With no markup to lean on, lines are judged by shape: length, sentence
 * ending, stop-word density, repeats, timestamps and runs of short link-like lines. The body is
 * the run of lines with the best prose-minus-furniture balance.
 */
import type { CleanResult, RemovedCounts } from '../types'
import { PROMO_LINE } from './boilerplate'
import { splitDateline } from './dateline'
import { describeLines, type LineInfo } from './line-shape'

const BYLINE =
  /^(?:(?:[Bb]y|BY|[Pp]or|[Pp]ar|[Vv]on|[Dd]i|[Dd]oor)\s+\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,5}|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s+(?:[Pp]ublished|[Uu]pdated|[Pp]osted|PUBLISHED|UPDATED)\b.*)$/u
const DATE_LINE = /^(?:published|updated|posted|date)?:?\s*(?:\w+,?\s+)?(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\d{4}-\d\d-\d\d)\b.{0,40}$/iu

/**
 * Extracts the article body and title from scraped plain text; text that shows no sign of page
 * furniture comes back as it was.
 *
 * @example
 * cleanText('Open Menu\n\nTitle\n\nA long paragraph of the story...').text
 */
export function cleanText(text: string, givenTitle?: string): CleanResult {
  const { lines, evidence } = describeLines(text)
  const removed: RemovedCounts = {}
  const drop = (reason: string) => (removed[reason] = (removed[reason] ?? 0) + 1)

  // Few signs of page furniture: the text is already clean, leave it be. Page dumps open with
  // menus; text that opens with a paragraph gets more benefit of the doubt.
  const opensWithProse = lines.slice(0, 2).some((line) => line.prose && !line.furniture)
  if (evidence < (opensWithProse ? 8 : 3)) return passThrough(text, givenTitle)

  // Best-scoring run of lines (maximum subarray): prose earns its length, furniture costs.
  let bestSum = 0
  let bestStart = 0
  let bestEnd = -1
  let sum = 0
  let start = 0
  // A comment thread after the story ends the search: comments are prose too, and often longer.
  let limit = lines.length
  let proseSoFar = 0
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].furniture === 'comments' && proseSoFar >= 500) {
      limit = i
      break
    }
    if (lines[i].prose) proseSoFar += lines[i].text.length
  }
  for (let i = 0; i < limit; i++) {
    if (sum <= 0) {
      sum = 0
      start = i
    }
    sum += lines[i].score
    if (sum > bestSum) {
      bestSum = sum
      bestStart = start
      bestEnd = i
    }
  }
  if (bestEnd < 0) return passThrough(text, givenTitle)
  // A line ending in a colon introduces what follows (tour dates, a table): carry the body through
  // that list, up to the next blank line or furniture.
  for (let i = Math.min(bestEnd + 1, limit - 1); i >= bestEnd - 1 && i >= bestStart; i--) {
    if (!/:$/.test(lines[i].text)) continue
    let end = i + 1
    const clear = (l: LineInfo) => !l.furniture || l.furniture === 'residue'
    if (end < limit && clear(lines[end])) {
      while (end + 1 < limit && !lines[end + 1].gapBefore && clear(lines[end + 1])) end++
      bestEnd = Math.max(bestEnd, end)
    }
    break
  }
  // Likewise a list right after the body under a short heading ("Tour dates"): three or more
  // unbroken lines that are neither a menu nor furniture.
  {
    const clear = (l: LineInfo) => (!l.furniture || l.furniture === 'residue' || l.furniture === 'duplicate') && !l.menu
    let at = bestEnd + 1
    if (at < limit && clear(lines[at]) && !lines[at].prose && lines[at].text.length < 80) at++
    let end = at
    while (end < limit && clear(lines[end]) && (end === at || !lines[end].gapBefore)) end++
    if (end - at >= 3) bestEnd = end - 1
  }

  // Headline, byline and date sit just above the body.
  let title = givenTitle?.trim() || null
  let byline: string | null = null
  let published: string | null = null
  // A headline printed twice above the body (page title, then story heading) is the title.
  for (let i = bestStart - 1; i >= Math.max(0, bestStart - 12) && !title; i--) {
    if (lines[i].furniture === 'duplicate' && lines[i].words >= 3 && lines[i].text.length < 200) title = lines[i].text
  }
  for (let i = bestStart - 1; i >= Math.max(0, bestStart - 12); i--) {
    const line = lines[i].text
    if (!byline && BYLINE.test(line) && line.length < 120) {
      byline = line.replace(/\s+(?:published|updated|posted)\b.*$/i, '').replace(/^by\s+/i, '')
      const date = /(?:published|updated|posted)\s*:?\s*(.+)$/i.exec(line)
      if (date) published ??= date[1]
    } else if (!published && DATE_LINE.test(line)) published = line.replace(/^(?:published|updated|posted|date):?\s*/i, '')
    else if (!title && lines[i].words >= 3 && line.length >= 15 && line.length < 200 && !lines[i].furniture && !/[.:]$/.test(line)) {
      title = line
    }
  }
  // Lines outside the body are counted under their own reason where they show one.
  let afterList = false
  for (let i = 0; i < lines.length; i++) {
    if (i >= bestStart && i <= bestEnd) continue
    const line = lines[i]
    // Headlines under a "Recent Stories" heading are teasers, not just trailing lines.
    if (line.furniture === 'listHeading' && i > bestEnd) afterList = true
    const fallback = line.menu ? 'navigation' : i < bestStart ? 'header' : afterList ? 'related' : 'trailing'
    drop(line.furniture ? reasonName(line.furniture) : fallback)
  }

  // A byline or date stamp near the top of the body closes the header: the headline and standfirst
  // above it are not body text.
  for (let i = bestStart; i < Math.min(bestEnd, bestStart + 6); i++) {
    const line = lines[i]
    const isByline = BYLINE.test(line.text) && line.text.length < 80
    if (!isByline && line.furniture !== 'timestamp') continue
    if (isByline) byline ??= line.text.replace(/^by\s+/i, '')
    else published ??= line.text.replace(/^(?:published|updated|posted|date):?\s*/i, '')
    for (let j = bestStart; j < i; j++) if (!title && !lines[j].prose) title = lines[j].text
    removed.header = (removed.header ?? 0) + i + 1 - bestStart
    bestStart = i + 1
  }

  const kept: LineInfo[] = []
  let inList = false
  for (let i = bestStart; i <= bestEnd; i++) {
    const line = lines[i]
    // A sentence (not a bare headline) ends the link list under a "Related" heading.
    if (line.prose || (line.score > 0 && !line.furniture)) inList = false
    if (line.furniture === 'listHeading') inList = true
    // Inside the body, numbers, links and repeated lines are table cells, sources and recipe
    // steps: only the headline's repeat goes.
    const keepable = line.furniture === 'residue' || (line.furniture === 'duplicate' && line.text !== title)
    if (line.furniture && !keepable) drop(reasonName(line.furniture))
    else if (inList && !line.prose) drop('related')
    else if (title && line.text === title) drop('title')
    else if (BYLINE.test(line.text) && line.text.length < 80 && kept.length === 0) {
      byline ??= line.text.replace(/^by\s+/i, '')
      drop('byline')
    } else kept.push(line)
  }

  // Calls to action after the last paragraph ("Join our forums...") are page furniture.
  while (kept.length > 1 && PROMO_LINE.test(kept[kept.length - 1].text)) {
    kept.pop()
    drop('promo')
  }

  let body = ''
  for (let i = 0; i < kept.length; i++) {
    if (i > 0) body += kept[i].gapBefore ? '\n\n' : '\n'
    body += kept[i].text
  }
  const { dateline, rest } = splitDateline(body)
  if (dateline) removed.dateline = 1
  return {
    title,
    text: rest,
    paragraphs: rest ? rest.split(/\n\s*\n/).length : 0,
    removed,
    byline,
    dateline,
    published,
    source: 'text',
  }
}

/** Line kinds as reported in `removed`. */
function reasonName(kind: string): string {
  return kind === 'listHeading' || kind === 'teaser' ? 'related' : kind
}

/** Already-clean text: whitespace tidied, nothing dropped. */
function passThrough(text: string, givenTitle?: string): CleanResult {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim())
    .filter(Boolean)
  return { title: givenTitle?.trim() || null, text: paragraphs.join('\n\n'), paragraphs: paragraphs.length, removed: {}, source: 'clean' }
}

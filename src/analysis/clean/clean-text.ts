/**
 * @module
 * Article body extraction from scraped plain text (a page flattened to lines, menus and teaser
 * lists still in it). With no markup to lean on, lines are judged by shape (see `line-shape.ts`)
 * and the body is the run of lines with the best prose-minus-furniture balance (`body-run.ts`);
 * headline, byline and date are read from just above it.
 */
import type { CleanResult, RemovedCounts } from '../types'
import { PROMO_LINE } from './boilerplate'
import { joinBody } from './dateline'
import { findBodyRun } from './body-run'
import { BYLINE, bylineName, isHeadlineOver, readHeader, sameWords } from './text-header'
import { describeLines, type LineInfo } from './line-shape'

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
  if (evidence < 3) return passThrough(text, givenTitle)
  if (opensWithProse && evidence < 8) return cutTail(lines, text, givenTitle)

  const run = findBodyRun(lines)
  if (!run) return passThrough(text, givenTitle)
  let { start: bestStart } = run
  const { end: bestEnd } = run

  // Headline, byline and date sit just above the body.
  let { title, byline, published } = readHeader(lines, bestStart, givenTitle)
  // Lines outside the body are counted under their own reason where they show one.
  let afterList = false
  for (let i = 0; i < lines.length; i++) {
    if (i >= bestStart && i <= bestEnd) continue
    const line = lines[i]
    // Headlines under a "Recent Stories" heading are teasers, not just trailing lines.
    if (line.furniture === 'listHeading' && i > bestEnd) afterList = true
    const fallback = line.menu
      ? 'navigation'
      : i < bestStart
        ? 'header'
        : afterList
          ? 'related'
          : 'trailing'
    drop(line.furniture ? reasonName(line.furniture) : fallback)
  }

  // A byline or date stamp near the top of the body closes the header: the headline and standfirst
  // above it are not body text.
  for (let i = bestStart; i < Math.min(bestEnd, bestStart + 6); i++) {
    const line = lines[i]
    const isByline = BYLINE.test(line.text) && line.text.length < 80
    if (!isByline && line.furniture !== 'timestamp') continue
    if (isByline) byline ??= bylineName(line.text)
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
    const keepable =
      line.furniture === 'residue' ||
      (line.furniture === 'duplicate' && line.text !== title && line.text.length < 80)
    if (line.furniture && !keepable) drop(reasonName(line.furniture))
    else if (inList && !line.prose) drop('related')
    else if (title && line.text === title) drop('title')
    else if (BYLINE.test(line.text) && line.text.length < 80 && kept.length === 0) {
      byline ??= bylineName(line.text)
      drop('byline')
    } else kept.push(line)
  }

  // Calls to action after the last paragraph ("Join our forums...") are page furniture.
  while (kept.length > 1 && PROMO_LINE.test(kept[kept.length - 1].text)) {
    kept.pop()
    drop('promo')
  }

  // Joined from an array into one flat string (see `joinBody`).
  const pieces: string[] = []
  for (let i = 0; i < kept.length; i++) {
    if (i > 0) pieces.push(kept[i].gapBefore ? '\n\n' : '\n')
    pieces.push(kept[i].text)
  }
  const { dateline, rest, paragraphs } = joinBody(pieces)
  if (dateline) removed.dateline = 1
  return {
    title,
    text: rest,
    paragraphs,
    removed,
    byline,
    dateline,
    published,
    source: 'text',
    warnings: [],
  }
}

/** Line kinds as reported in `removed`. */
function reasonName(kind: string): string {
  return kind === 'listHeading' || kind === 'teaser' ? 'related' : kind
}

/**
 * Text that opens with a paragraph but shows some furniture: keep it whole except for a tail that
 * starts at a "Related"/"Comments" heading with (nearly) no prose after it.
 */
function cutTail(lines: LineInfo[], text: string, givenTitle?: string): CleanResult {
  let total = 0
  for (const line of lines) if (line.prose) total += line.text.length
  let seen = 0
  let end = lines.length
  for (let i = 0; i < lines.length && end === lines.length; i++) {
    const line = lines[i]
    if (line.prose) seen += line.text.length
    if ((line.furniture === 'listHeading' || line.furniture === 'comments') && seen >= total * 0.8)
      end = i
  }
  if (end === lines.length) return passThrough(text, givenTitle)
  const removed: RemovedCounts = { [reasonName(lines[end].furniture)]: lines.length - end }
  // Before the cut only unmistakable furniture goes ("Share", a cookie notice, small print).
  const kept = lines.slice(0, end).filter((line) => {
    const drop =
      line.furniture === 'furniture' ||
      line.furniture === 'cookie' ||
      line.furniture === 'legal' ||
      line.furniture === 'newsletter'
    if (drop) removed[line.furniture] = (removed[line.furniture] ?? 0) + 1
    return !drop
  })
  const result = passThrough(
    kept.map((line) => (line.gapBefore ? '\n' : '') + line.text).join('\n'),
    givenTitle,
  )
  return { ...result, removed: Object.assign(removed, result.removed), source: 'text' }
}

/**
 * Already-clean text: whitespace tidied, nothing else dropped but the framing a CMS export or a
 * copy-paste keeps: a headline line on top becomes the title (or goes, when it repeats the title
 * given), and a dateline is split off the first paragraph, as on the other paths.
 */
function passThrough(text: string, givenTitle?: string): CleanResult {
  const paragraphs = (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text)
    .split(/\n[ \t]*\n/)
    .map((p) => foldBlanks(p).trim())
    .filter(Boolean)
  const removed: RemovedCounts = {}
  let title = givenTitle?.trim() || null
  if (
    paragraphs.length >= 2 &&
    isHeadlineOver(paragraphs[0], paragraphs[1]) &&
    (!title || sameWords(title, paragraphs[0]))
  ) {
    title ??= paragraphs[0]
    paragraphs.shift()
    removed.title = 1
  }
  const body = joinBody(
    paragraphs.flatMap((paragraph, i) => (i > 0 ? ['\n\n', paragraph] : [paragraph])),
  )
  if (body.dateline) removed.dateline = 1
  return {
    title,
    text: body.rest,
    paragraphs: body.paragraphs,
    removed,
    dateline: body.dateline,
    source: 'clean',
    warnings: [],
  }
}

const BLANK_RUN = /[\t\u00a0]| {2}/

/**
 * Folds runs of blanks to one space and drops the spaces around line breaks. Most paragraphs have
 * neither a run nor a break, and then each replacement would only copy them: it is skipped.
 */
function foldBlanks(paragraph: string): string {
  let p = paragraph
  if (BLANK_RUN.test(p)) p = p.replace(/[ \t\u00a0]+/g, ' ')
  if (p.includes('\n')) p = p.replace(/ ?\n ?/g, '\n')
  return p
}

/**
 * @module
 * Finds the article body in described lines: the best-scoring run of lines (maximum subarray,
 * prose earns its length and furniture costs), stopped at a comment thread and carried on through
 * a list the story's last lines introduce.
 */
import type { LineInfo } from './line-shape'

const NUMBERED = /^\(?\d{1,3}[.)]\s/

/**
 * The first and last line index of the body run, or null when no line scores above zero.
 *
 * @example
 * findBodyRun(describeLines(pageText).lines) // { start: 41, end: 63 }
 */
export function findBodyRun(lines: LineInfo[]): { start: number; end: number } | null {
  // Best-scoring run of lines (maximum subarray): prose earns its length, furniture costs.
  let bestSum = 0
  let bestStart = 0
  let bestEnd = -1
  let sum = 0
  let start = 0
  // A comment thread after the story ends the search: comments are prose too, and often longer.
  // A comment count in the header ("12 Comments" by the byline) has at most a standfirst above
  // it; a thread's heading has the story, two paragraphs or more, however short.
  let limit = lines.length
  let proseSoFar = 0
  let paragraphs = 0
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].furniture === 'comments' && (proseSoFar >= 500 || paragraphs >= 2)) {
      limit = i
      break
    }
    if (lines[i].prose) proseSoFar += lines[i].text.length
    // Sentences count as paragraphs here, short ones too (they score above zero).
    if (lines[i].score > 0 && !lines[i].furniture) paragraphs++
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
  if (bestEnd < 0) return null
  // A line ending in a colon introduces what follows (tour dates, a table): carry the body through
  // that list, up to the next blank line or furniture.
  for (let i = Math.min(bestEnd + 1, limit - 1); i >= bestEnd - 1 && i >= bestStart; i--) {
    if (!/:$/.test(lines[i].text)) continue
    let end = i + 1
    const clear = (l: LineInfo) => !l.furniture || l.furniture === 'residue'
    if (end < limit && clear(lines[end])) {
      // Numbered items ("1) ...", "2. ...") and their links may sit a blank line apart.
      const item = (l: LineInfo) => NUMBERED.test(l.text) || l.furniture === 'residue'
      while (
        end + 1 < limit &&
        clear(lines[end + 1]) &&
        (!lines[end + 1].gapBefore || item(lines[end + 1]))
      )
        end++
      bestEnd = Math.max(bestEnd, end)
    }
    break
  }
  // Likewise a list right after the body under a short heading ("Tour dates"): three or more
  // unbroken lines that are neither a menu nor furniture.
  {
    const clear = (l: LineInfo) =>
      (!l.furniture || l.furniture === 'residue' || l.furniture === 'duplicate') && !l.menu
    let at = bestEnd + 1
    if (at < limit && clear(lines[at]) && !lines[at].prose && lines[at].text.length < 80) at++
    let end = at
    while (end < limit && clear(lines[end]) && (end === at || !lines[end].gapBefore)) end++
    if (end - at >= 3) bestEnd = end - 1
  }

  return { start: bestStart, end: bestEnd }
}

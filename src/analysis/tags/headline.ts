/**
 * @module
 * Finds the headline of an article whose title arrived inside the text: feeds and the scorers
 * post `title + "\n\n" + body`, and the cleaner leaves a lone short first paragraph in place.
 */
import type { Tokens } from '../types'

/** Longest first paragraph, in words, still read as a headline. */
const MAX_HEADLINE_WORDS = 25

/**
 * The word range `[0, end)` of a headline at the top of the text, or 0 when the first paragraph
 * reads as prose: at most 25 words, followed by more, and either without a closing full stop or
 * short and in Title Case.
 *
 * @example
 * headlineEnd(tokenize('Storm Hits Coast\n\nThe storm hit the coast on Monday.')) // 3
 */
export function headlineEnd(tokens: Tokens): number {
  const [first, second] = tokens.paragraphs
  if (!first || !second) return 0
  const end = tokens.sentences[first.endSentence - 1].endWord
  const words = end - tokens.sentences[first.firstSentence].firstWord
  if (words === 0 || words > MAX_HEADLINE_WORDS) return 0
  // A first paragraph closed by a full stop is a lede, unless it is short and in Title Case.
  if (/[.]["'”’)]*$/.test(tokens.text.slice(first.start, first.end))) {
    if (words > 12) return 0
    let capitalised = 0
    for (let i = end - words; i < end; i++) if (/^\p{Lu}/u.test(tokens.words[i].text)) capitalised++
    if (capitalised < words * 0.6) return 0
  }
  return end
}

/**
 * @module
 * A second, finer tokenization of one candidate sentence, punctuation kept: the shared tokenizer
 * drops commas and quotes, and clause boundaries live in them. Run only on sentences that passed
 * the cue prefilter, so its cost does not scale with the article.
 */

/** One token of a sentence: a word or a single punctuation mark, offsets relative to the sentence. */
export interface SentenceToken {
  text: string
  lower: string
  start: number
  end: number
  /** `w` word, `n` number, `p` punctuation. */
  kind: 'w' | 'n' | 'p'
  /** Starts with an upper-case letter (or is an acronym like "U.S."). */
  cap: boolean
}

// Words keep inner apostrophes, hyphens, periods and ampersands ("Mexico's", "WRAZ-TV", "U.S.",
// "AT&T"); numbers keep separators ("1,000", "10.3"); tickers in angle brackets are one token.
const TOKEN = /<[A-Z.]+>|\d+(?:[.,:]\d+)*%?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’.\-&/][\p{L}\p{M}\p{N}]+)*(?:['’](?=\s|$))?|\S/gu
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u
const KEEP_PERIOD = new Set(['inc', 'corp', 'co', 'ltd', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'no', 'bros', 'plc'])

/**
 * Splits one sentence into words, numbers and punctuation marks.
 *
 * @example
 * tokenizeSentence('Beijing, however, did not respond.').map((t) => t.text)
 * // ['Beijing', ',', 'however', ',', 'did', 'not', 'respond', '.']
 */
export function tokenizeSentence(sentence: string): SentenceToken[] {
  const out: SentenceToken[] = []
  // An exec loop rather than matchAll, which clones the regular expression on every call.
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) {
    let text = m[0]
    const start = m.index
    // "U.S." and "Inc." keep their period when one follows directly.
    if (sentence[start + text.length] === '.' && (DOTTED.test(text) || KEEP_PERIOD.has(text.toLowerCase()) || /^\p{Lu}$/u.test(text))) {
      text += '.'
    }
    const kind = kindOf(text)
    const prev = out[out.length - 1]
    // The period swallowed above must not be emitted again as punctuation.
    if (kind === 'p' && prev && prev.end > start) continue
    out.push({ text, lower: lowerOf(text), start, end: start + text.length, kind, cap: kind === 'w' && startsCapital(text) })
  }
  return out
}

// The first character decides a token's kind and case; ASCII ones are told apart without a regex.

function kindOf(text: string): SentenceToken['kind'] {
  const c = text.charCodeAt(0)
  if (c >= 48 && c <= 57) return 'n'
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 60 ? 'w' : 'p'
  return /^[\p{L}\p{M}<]/u.test(text) ? 'w' : 'p'
}

function startsCapital(text: string): boolean {
  const c = text.charCodeAt(0)
  if (c < 128) return (c >= 65 && c <= 90) || c === 60
  return /^[\p{Lu}<]/u.test(text)
}

/** Lower case with straight apostrophes and no trailing possessive apostrophe ("Aragones'"). */
function lowerOf(text: string): string {
  let lower = text.toLowerCase()
  if (lower.includes('’')) lower = lower.replace(/’/g, "'")
  return lower.length > 1 && lower.endsWith("'") ? lower.slice(0, -1) : lower
}

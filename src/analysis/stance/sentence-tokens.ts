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
const TOKEN =
  /<[A-Z.]+>|\d+(?:[.,:]\d+)*%?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’.\-&/][\p{L}\p{M}\p{N}]+)*(?:['’](?=\s|$))?|\S/gu
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u
// Regular expressions with `\p{…}` live at module level: esbuild, targeting Node, rewrites such a
// literal into `new RegExp(…)`, which inside a function would build it anew on every call.
const ONE_CAPITAL = /^\p{Lu}$/u
const STARTS_WORD = /^[\p{L}\p{M}<]/u
const STARTS_CAPITAL = /^[\p{Lu}<]/u
const KEEP_PERIOD = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'gen',
  'gov',
  'sen',
  'rep',
  'lt',
  'col',
  'no',
  'bros',
  'plc',
])

/**
 * Splits one sentence into words, numbers and punctuation marks.
 *
 * @example
 * tokenizeSentence('Beijing, however, did not respond.').map((t) => t.text)
 * // ['Beijing', ',', 'however', ',', 'did', 'not', 'respond', '.']
 */
export function tokenizeSentence(sentence: string): SentenceToken[] {
  const out: SentenceToken[] = []
  const scanned: Scanned = { plain: true, upper: false }
  let i = 0
  while (i < sentence.length) {
    const c = sentence.charCodeAt(i)
    if (isAsciiSpace(c) || isPunctuationSpace(c)) {
      i++
      continue
    }
    let start = i
    let end = scanToken(sentence, i, scanned)
    const plain = end >= 0 && scanned.plain
    if (end < 0) {
      // Beyond what the scanner knows: the regular expression decides, from here on.
      TOKEN.lastIndex = i
      const m = TOKEN.exec(sentence)
      if (!m) break
      start = m.index
      end = start + m[0].length
    }
    let text = sentence.slice(start, end)
    // "U.S." and "Inc." keep their period when one follows directly.
    if (
      codeAt(sentence, end) === 46 &&
      (DOTTED.test(text) || KEEP_PERIOD.has(text.toLowerCase()) || ONE_CAPITAL.test(text))
    ) {
      text += '.'
      end++
    }
    const kind = kindOf(text)
    const lower = !plain ? lowerOf(text) : scanned.upper ? text.toLowerCase() : text
    out.push({ text, lower, start, end, kind, cap: kind === 'w' && startsCapital(text) })
    i = end
  }
  return out
}

/**
 * What {@link scanToken} saw in the token it scanned last: whether it is plain (no character
 * {@link lowerOf} treats specially: nothing beyond ASCII but dashes and quotes, no apostrophe),
 * and whether it has upper-case letters. One record per sentence, rewritten per token.
 */
interface Scanned {
  plain: boolean
  upper: boolean
}

/**
 * The end of the {@link TOKEN} match at `i`, for tokens of ASCII and general punctuation (quotes,
 * dashes); -1 where another character could change the match, left to the regular expression.
 */
function scanToken(s: string, i: number, scanned: Scanned): number {
  const c = s.charCodeAt(i)
  scanned.plain = c !== 39 && c !== 0x2019
  scanned.upper = false
  if (isDigit(c)) {
    let j = i + 1
    while (isDigit(codeAt(s, j))) j++
    while (isNumberSeparator(codeAt(s, j)) && isDigit(codeAt(s, j + 1))) {
      j += 2
      while (isDigit(codeAt(s, j))) j++
    }
    return codeAt(s, j) === 37 ? j + 1 : j
  }
  if (c === 60) {
    // A ticker "<AAPL.O>", or a lone "<".
    let j = i + 1
    while (isTickerChar(codeAt(s, j))) j++
    if (j === i + 1 || codeAt(s, j) !== 62) return i + 1
    scanned.upper = true
    return j + 1
  }
  if (isAsciiLetter(c)) {
    scanned.upper = c <= 90
    return wordEnd(s, i + 1, scanned)
  }
  // Any other ASCII mark or general punctuation mark is a token of its own.
  if (c < 128 || (c >= 0x2000 && c <= 0x206f)) return i + 1
  return -1
}

/** The end of a word whose first letter is before `j`: letters and digits, joined by connectors. */
function wordEnd(s: string, j: number, scanned: Scanned): number {
  for (;;) {
    const run = alnumEnd(s, j, scanned)
    if (run < 0) return -1
    j = run
    const c = codeAt(s, j)
    if (!(c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38 || c === 47)) return j
    if (c === 39 || c === 0x2019) scanned.plain = false
    const next = alnumEnd(s, j + 1, scanned)
    if (next < 0) return -1
    if (next > j + 1) {
      j = next
      continue
    }
    // No letter after it: an apostrophe still closes the word before a space or the end ("Aragones'").
    if (c === 39 || c === 0x2019) {
      const after = codeAt(s, j + 1)
      if (j + 1 === s.length || isAsciiSpace(after)) return j + 1
      if (after >= 128) return -1
    }
    return j
  }
}

/** Where a run of ASCII letters and digits from `j` ends, or -1 at a character that may be a letter. */
function alnumEnd(s: string, j: number, scanned: Scanned): number {
  for (; j < s.length; j++) {
    const c = s.charCodeAt(j)
    if ((c >= 97 && c <= 122) || isDigit(c)) continue
    if (c >= 65 && c <= 90) {
      scanned.upper = true
      continue
    }
    if (c < 128 || (c >= 0x2000 && c <= 0x206f)) return j
    return -1
  }
  return j
}

/** The code unit at `i`, or -1 past the end (reading past it would slow down every read). */
const codeAt = (s: string, i: number) => (i < s.length ? s.charCodeAt(i) : -1)
const isDigit = (c: number) => c >= 48 && c <= 57
const isNumberSeparator = (c: number) => c === 46 || c === 44 || c === 58
const isTickerChar = (c: number) => (c >= 65 && c <= 90) || c === 46
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13)
/** The white space of the general punctuation block (what `\s` holds of U+2000 to U+206F). */
const isPunctuationSpace = (c: number) =>
  (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f

// The first character decides a token's kind and case; ASCII ones are told apart without a regex.

function kindOf(text: string): SentenceToken['kind'] {
  const c = text.charCodeAt(0)
  if (c >= 48 && c <= 57) return 'n'
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 60 ? 'w' : 'p'
  return STARTS_WORD.test(text) ? 'w' : 'p'
}

function startsCapital(text: string): boolean {
  const c = text.charCodeAt(0)
  if (c < 128) return (c >= 65 && c <= 90) || c === 60
  return STARTS_CAPITAL.test(text)
}

/** Lower case with straight apostrophes and no trailing possessive apostrophe ("Aragones'"). */
function lowerOf(text: string): string {
  let lower = text.toLowerCase()
  if (lower.includes('’')) lower = lower.replace(/’/g, "'")
  return lower.length > 1 && lower.endsWith("'") ? lower.slice(0, -1) : lower
}

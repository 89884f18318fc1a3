/**
 * @module
 * The one tokenization of an article: paragraphs, sentences and words with offsets, made in a
 * single left-to-right pass. Every analysis reads from it.
 */
import { SENTENCE_OPENERS } from '../lexicons/capitalised-words'
import { ABBREVIATIONS } from './abbreviations'
import { lexemes, SPELLING_HASH_START, spellingHashStep } from './lexeme'
import type { Lexeme, Paragraph, Sentence, Tokens, Word } from './types'

// A word: letters or digits, joined by inner apostrophes, hyphens, periods (U.S., 3.5) or
// commas inside numbers (1,000). Unicode-aware so non-Latin scripts tokenize too.
const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:['’\-.]|,(?=\d{3}))[\p{L}\p{N}\p{M}]+)*\.?/gu
const CLOSERS = /["'”’»)\]]/

/**
 * Splits text into paragraphs (blank-line separated), sentences and words.
 *
 * A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when
 * whitespace follows, unless the period belongs to a known abbreviation or an initial, and at
 * every line break: headlines, list items and datelines have no period.
 *
 * @example
 * tokenize('Dr. Smith left. "Bye," she said.').sentences.length // 2
 */
export function tokenize(text: string): Tokens {
  const paragraphs: Paragraph[] = []
  const sentences: Sentence[] = []
  const words: Word[] = []
  const match: WordMatch = { start: 0, end: 0, hash: 0 }

  for (let paragraphStart = 0; ;) {
    const blank = blankLine(text, paragraphStart)
    const start = skipSpace(text, paragraphStart)
    const end = trimEnd(text, blank < 0 ? text.length : blank, start)
    if (end > start) {
      const paragraphIndex = paragraphs.length
      const firstSentence = sentences.length
      splitSentences(text, start, end, paragraphIndex, sentences, words, match)
      if (sentences.length > firstSentence) {
        paragraphs.push({ start, end, firstSentence, endSentence: sentences.length })
      }
    }
    if (blank < 0) break
    // The break is the blank line and all the white space after it.
    paragraphStart = skipSpace(text, blank + 1)
  }
  return { text, paragraphs, sentences, words }
}

/**
 * Where the next blank line (a line break, then spaces or tabs only up to the next one) starts at
 * or after `from`, or -1. Looks for line breaks with `indexOf`, which skips text far faster than
 * a regular expression tries each position.
 */
function blankLine(text: string, from: number): number {
  for (let i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
    let j = i + 1
    while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++
    if (text.charCodeAt(j) === 10) return i
  }
  return -1
}

function splitSentences(
  text: string,
  start: number,
  end: number,
  paragraph: number,
  sentences: Sentence[],
  words: Word[],
  match: WordMatch,
): void {
  let sentenceStart = start
  let firstWord = words.length
  const flush = (sentenceEnd: number) => {
    const s = skipSpace(text, sentenceStart)
    const e = trimEnd(text, sentenceEnd, s)
    if (words.length > firstWord && e > s) {
      sentences.push({ start: s, end: e, paragraph, firstWord, endWord: words.length })
    }
    sentenceStart = sentenceEnd
    firstWord = words.length
  }

  let scanFrom = start
  for (;;) {
    const found = nextWord(text, scanFrom, match)
    const wordStart = found && match.start < end ? match.start : end
    // Look at the gap between the previous word and this one for sentence ends.
    const gapEnd = words.length > firstWord ? findSentenceEnd(text, scanFrom, wordStart) : -1
    if (gapEnd >= 0) flush(gapEnd)
    if (!found || match.start >= end) break
    const tokenStart = match.start
    // A word never runs past the paragraph: its end is followed by white space, which no word holds.
    const lexeme = wordLexeme(text, tokenStart, match.end, match.hash)
    const token = lexeme.text
    scanFrom = tokenStart + token.length
    words.push({
      text: token,
      lower: lexeme.lower,
      start: tokenStart,
      end: scanFrom,
      sentence: sentences.length,
      lexeme,
    })
    // An abbreviation at the end of a sentence ("in the U.S. Officials said") still ends it
    // when the next word is capitalised and the abbreviation is not a title.
    if (
      text.charCodeAt(scanFrom - 1) === 46 &&
      endsSentenceAfterAbbreviation(text, token, scanFrom, end)
    ) {
      flush(scanFrom)
    }
  }
  flush(end)
}

/**
 * The lexeme of the word matched at `text[start, end)`. A trailing period stays on the word only
 * for abbreviations and initials ("U.S.", "J."), and "No." only before a number. `hash` is the
 * spelling hash state of the word less any trailing period.
 */
function wordLexeme(text: string, start: number, end: number, hash: number): Lexeme {
  const bareEnd = text.charCodeAt(end - 1) === 46 ? end - 1 : end
  const bare = lexemes.of(text, start, bareEnd, hash)
  if (bareEnd === end) return bare
  // Looked up without the period first: that is the word in all but a few cases.
  bare.periodAfter ??= periodAfter(bare.lower)
  const keep =
    bare.periodAfter === 1 || (bare.periodAfter === 2 && /^\s*\d/.test(text.slice(end, end + 4)))
  return keep ? lexemes.of(text, start, end, spellingHashStep(hash, 46)) : bare
}

// Abbreviations that only stand before a number ("No. 5", "vol. 2"); elsewhere "no." is a word.
const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'vols', 'pp', 'fig', 'figs'])

/** How a period after a word (given in lower case) is read; see {@link Lexeme.periodAfter}. */
function periodAfter(bare: string): 0 | 1 | 2 {
  if (!keepsPeriod(bare)) return 0
  return BEFORE_NUMBER.has(bare) ? 2 : 1
}

function keepsPeriod(bare: string): boolean {
  if (ABBREVIATIONS.has(bare)) return true
  // Single-letter initials and dotted acronyms: "J.", "U.S.", "a.m."
  return /^\p{L}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare)
}

/**
 * Where {@link nextWord} found a word: one object per tokenization, written once per token.
 * `hash` is the spelling hash state (see `lexeme.ts`) of the word less any trailing period.
 */
interface WordMatch {
  start: number
  end: number
  hash: number
}

/**
 * Finds the next match of {@link WORD} at or after `from` and stores its range and hash in
 * `match`. ASCII words, most of any news text, are scanned by hand (no match array, no substring)
 * and hashed on the way; a word that touches a non-ASCII letter, digit or mark is left to the
 * regular expression.
 */
function nextWord(text: string, from: number, match: WordMatch): boolean {
  const n = text.length
  let i = from
  for (; i < n; i++) {
    const c = text.charCodeAt(i)
    if (isAsciiWordChar(c)) break
    if (c >= 128 && !isNonWordSymbol(c)) return regexWord(text, i, match)
  }
  if (i >= n) return false
  const start = i
  let hash = SPELLING_HASH_START
  for (;;) {
    // The first character, then each joiner the word continues past.
    hash = spellingHashStep(hash, text.charCodeAt(i))
    i++
    let c = 0
    while (i < n && isAsciiWordChar((c = text.charCodeAt(i)))) {
      hash = spellingHashStep(hash, c)
      i++
    }
    if (i >= n) break
    if (c === 39 || c === 45 || c === 46 || c === 0x2019) {
      // A joiner ("'", "-", ".", "’") continues the word only before another word character.
      const next = text.charCodeAt(i + 1)
      if (isAsciiWordChar(next)) continue
      if (next >= 128 && !isNonWordSymbol(next)) return regexWord(text, start, match)
      break
    }
    // "1,000": a comma before three digits.
    if (
      c === 44 &&
      isDigit(text.charCodeAt(i + 1)) &&
      isDigit(text.charCodeAt(i + 2)) &&
      isDigit(text.charCodeAt(i + 3))
    )
      continue
    if (c >= 128 && !isNonWordSymbol(c)) return regexWord(text, start, match)
    break
  }
  if (text.charCodeAt(i) === 46) i++
  match.start = start
  match.end = i
  match.hash = hash
  return true
}

function regexWord(text: string, from: number, match: WordMatch): boolean {
  WORD.lastIndex = from
  const m = WORD.exec(text)
  if (!m) return false
  match.start = m.index
  match.end = m.index + m[0].length
  const bareEnd = text.charCodeAt(match.end - 1) === 46 ? match.end - 1 : match.end
  let hash = SPELLING_HASH_START
  for (let i = match.start; i < bareEnd; i++) hash = spellingHashStep(hash, text.charCodeAt(i))
  match.hash = hash
  return true
}

const isDigit = (c: number) => c >= 48 && c <= 57
const isAsciiWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)

/**
 * Common non-ASCII punctuation, symbols and spaces of news text (no-break space, « », £, °, €,
 * dashes, curly quotes, bullet, ellipsis): none is a letter, digit or mark, so the hand scanner
 * may step over them.
 */
function isNonWordSymbol(c: number): boolean {
  return (
    (c >= 0xa0 && c <= 0xb1 && c !== 0xaa) ||
    c === 0xbb ||
    (c >= 0x2010 && c <= 0x2027) ||
    c === 0x20ac
  )
}

/**
 * Returns the offset just after a sentence end in the gap `text[from, to)` between words, or -1.
 * A line break ends a sentence (headlines, list items and datelines have no period) unless the
 * next line starts in lower case: then it is a wrapped line. Terminal punctuation followed by a
 * lower-case word does not end one either: `"Stop!" she said`, `Playing ... games`.
 */
function findSentenceEnd(text: string, from: number, to: number): number {
  // Decided once per gap, and only when the gap holds a line break or terminal punctuation.
  let continues: boolean | undefined
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code === 10) {
      if ((continues ??= to < text.length && startsLowerCase(text, to))) continue
      return i
    }
    if (isTerminal(code)) {
      let j = i + 1
      while (j < to && (isTerminal(text.charCodeAt(j)) || CLOSERS.test(text[j]))) j++
      if (
        (j >= to || isSpace(text.charCodeAt(j))) &&
        !(continues ??= to < text.length && startsLowerCase(text, to))
      )
        return j
      // Every later mark of this run reaches the same j: skip it, or a run of n dots costs n².
      i = j - 1
    }
  }
  return -1
}

// . ! ? …
const isTerminal = (code: number) => code === 46 || code === 33 || code === 63 || code === 0x2026
const isSpace = (code: number) =>
  code === 32 ||
  code === 10 ||
  code === 9 ||
  code === 13 ||
  (code > 127 && /\s/.test(String.fromCharCode(code)))

/** A word in lower case that is not a camel-cased name ("iPhone", "eBay"). */
function startsLowerCase(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code >= 97 && code <= 122) {
    const next = text.charCodeAt(at + 1)
    return !(next >= 65 && next <= 90)
  }
  if (code < 128) return false
  return /\p{Ll}/u.test(text[at]) && !/^\p{Ll}\p{Lu}/u.test(text.slice(at, at + 2))
}

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'gov',
  'sen',
  'rep',
  'st',
  'mt',
  'no',
  'lt',
  'col',
  'capt',
  'maj',
  'sgt',
  'adm',
  'rev',
  'hon',
  'pres',
  'sec',
  'amb',
  'det',
  'insp',
  'atty',
  'cmdr',
  'supt',
  'msgr',
  'vs',
  'cf',
  'fig',
  'vol',
  'pp',
])
const MONTHS = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/

function endsSentenceAfterAbbreviation(
  text: string,
  token: string,
  at: number,
  end: number,
): boolean {
  const bare = token.slice(0, -1).toLowerCase()
  if (TITLES.has(bare) || MONTHS.test(bare) || /^\p{L}$/u.test(bare)) return false
  const rest = text.slice(at, Math.min(end, at + 40))
  const next = /^[\s"'“”‘’)\]]+(\S+)/u.exec(rest)
  if (!next) return false
  const word = next[1].replace(/^["'“‘(]+/, '')
  // Capitalised function words only start sentences; names after "U.S." ("U.S. Navy") do not.
  return SENTENCE_OPENERS.has(word)
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++
  return i
}

function trimEnd(text: string, i: number, floor: number): number {
  while (i > floor && /\s/.test(text[i - 1])) i--
  return i
}

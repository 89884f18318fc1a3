/**
 * @module
 * The one tokenization of an article: paragraphs, sentences and words with offsets, made in a
 * single left-to-right pass of regular expressions. Every analysis reads from it.
 */
import type { Paragraph, Sentence, Tokens, Word } from '../types'
import { ABBREVIATIONS } from './abbreviations'

// A word: letters or digits, joined by inner apostrophes, hyphens, periods (U.S., 3.5) or
// commas inside numbers (1,000). Unicode-aware so non-Latin scripts tokenize too.
const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:['’\-.]|,(?=\d{3}))[\p{L}\p{N}\p{M}]+)*\.?/gu
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g
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

  let paragraphStart = 0
  const breaks = [...text.matchAll(PARAGRAPH_BREAK)].map((m) => [m.index, m.index + m[0].length])
  breaks.push([text.length, text.length])
  for (const [breakStart, breakEnd] of breaks) {
    const start = skipSpace(text, paragraphStart)
    const end = trimEnd(text, breakStart, start)
    paragraphStart = breakEnd
    if (end <= start) continue
    const paragraphIndex = paragraphs.length
    const firstSentence = sentences.length
    splitSentences(text, start, end, paragraphIndex, sentences, words)
    if (sentences.length > firstSentence) {
      paragraphs.push({ start, end, firstSentence, endSentence: sentences.length })
    }
  }
  return { text, paragraphs, sentences, words }
}

function splitSentences(
  text: string,
  start: number,
  end: number,
  paragraph: number,
  sentences: Sentence[],
  words: Word[]
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

  WORD.lastIndex = start
  let scanFrom = start
  for (;;) {
    const match = WORD.exec(text)
    const wordStart = match && match.index < end ? match.index : end
    // Look at the gap between the previous word and this one for sentence ends.
    const gapEnd = words.length > firstWord ? findSentenceEnd(text, scanFrom, wordStart) : -1
    if (gapEnd >= 0) flush(gapEnd)
    if (!match || match.index >= end) break
    let token = match[0]
    let tokenEnd = match.index + token.length
    if (tokenEnd > end) {
      token = token.slice(0, end - match.index)
      tokenEnd = end
    }
    // A trailing period stays on the word only for abbreviations and initials ("U.S.", "J.").
    if (token.endsWith('.') && (!keepsPeriod(token) || needsNumberAfter(token, text, tokenEnd))) {
      token = token.slice(0, -1)
      tokenEnd -= 1
      WORD.lastIndex = tokenEnd
    }
    words.push({
      text: token,
      lower: lowerOf(token),
      start: match.index,
      end: tokenEnd,
      sentence: sentences.length,
    })
    scanFrom = tokenEnd
    // An abbreviation at the end of a sentence ("in the U.S. Officials said") still ends it
    // when the next word is capitalised and the abbreviation is not a title.
    if (token.endsWith('.') && endsSentenceAfterAbbreviation(text, token, tokenEnd, end)) {
      flush(tokenEnd)
    }
  }
  flush(end)
}

// One shared lower-case string per distinct spelling: saves a toLowerCase per token, and every
// later Map keyed by `lower` (readability, tags, stance) reuses the string's cached hash.
const lowerMemo = new Map<string, string>()

function lowerOf(token: string): string {
  let lower = lowerMemo.get(token)
  if (lower === undefined) {
    if (lowerMemo.size > 100_000) lowerMemo.clear()
    lower = token.toLowerCase()
    lowerMemo.set(token, lower)
  }
  return lower
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
      if ((j >= to || isSpace(text.charCodeAt(j))) && !(continues ??= to < text.length && startsLowerCase(text, to))) return j
    }
  }
  return -1
}

// . ! ? …
const isTerminal = (code: number) => code === 46 || code === 33 || code === 63 || code === 0x2026
const isSpace = (code: number) => code === 32 || code === 10 || code === 9 || code === 13 || (code > 127 && /\s/.test(String.fromCharCode(code)))

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

// Abbreviations that only stand before a number ("No. 5", "vol. 2"); elsewhere "no." is a word.
const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'vols', 'pp', 'fig', 'figs'])

function needsNumberAfter(token: string, text: string, at: number): boolean {
  if (!BEFORE_NUMBER.has(token.slice(0, -1).toLowerCase())) return false
  return !/^\s*\d/.test(text.slice(at, at + 4))
}

function keepsPeriod(token: string): boolean {
  const bare = token.slice(0, -1).toLowerCase()
  if (ABBREVIATIONS.has(bare)) return true
  // Single-letter initials and dotted acronyms: "J.", "U.S.", "a.m."
  return /^\p{L}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare)
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'gov', 'sen', 'rep', 'st', 'mt', 'no', 'lt', 'col', 'capt', 'maj', 'sgt', 'adm', 'rev', 'hon', 'pres', 'sec', 'amb', 'det', 'insp', 'atty', 'cmdr', 'supt', 'msgr', 'vs', 'cf', 'fig', 'vol', 'pp'])
const MONTHS = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/

function endsSentenceAfterAbbreviation(text: string, token: string, at: number, end: number): boolean {
  const bare = token.slice(0, -1).toLowerCase()
  if (TITLES.has(bare) || MONTHS.test(bare) || /^\p{L}$/u.test(bare)) return false
  const rest = text.slice(at, Math.min(end, at + 40))
  const next = /^[\s"'“”‘’)\]]+(\S+)/u.exec(rest)
  if (!next) return false
  const word = next[1].replace(/^["'“‘(]+/, '')
  // Capitalised function words only start sentences; names after "U.S." ("U.S. Navy") do not.
  return /^(?:The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That|These|Those|There|His|Her|Their|Its|Officials?|Some|Many|Most|If|When|While|After|Before|As|So|Yet|However|Still|Meanwhile|Then|Now|Later|Also|Today|Yesterday|Last|Next|Earlier|What|Who|Why|How|Where|We|You|My|Our|For|With|From|By|Under|Despite|Although|Because|Since|Until|Both|Each|Every|All|Any|Another|Such|One|No|Not)$/.test(word)
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++
  return i
}

function trimEnd(text: string, i: number, floor: number): number {
  while (i > floor && /\s/.test(text[i - 1])) i--
  return i
}

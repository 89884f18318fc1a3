/**
 * @module
 * Everything the taggers need to know about one lower-case word, looked up once per distinct word
 * and memoized: its Porter stem, how common it is in English, and how it behaves in a phrase.
 */
import { STOPWORDS } from '../lexicons/stopwords'
import { CLASS_VALUES, CLASS_WORDS } from '../lexicons/tag-word-classes'
import { FREQUENCY_BANDS, FREQUENCY_WORDS, ZIPF_STEP } from '../lexicons/word-frequency'
import { stem } from '../natural'
import { BoundedMemo } from '../cache'
import { lexemes } from '../text/lexeme'
import type { Lexeme, Word } from '../text/types'
import type { StemMark } from './stem-marks'
import { sortedTable } from './word-table'

/**
 * How a word may sit in a noun phrase: `S` stop word, `V` verb or adverb (breaks a phrase), `W`
 * mostly a verb but a noun after a determiner or modifier, `A` adjective (may not end a phrase),
 * `N` anything else (nouns, names, unknown words), `D` a number.
 */
export type WordClass = 'S' | 'V' | 'W' | 'A' | 'N' | 'D'

export interface WordInfo {
  stem: string
  /** Zipf frequency (log10 hits per billion words); unseen words get {@link UNSEEN_ZIPF}. */
  zipf: number
  cls: WordClass
  /** The stem's record among the stem marks (stem-marks.ts), filled on first use. */
  stemMark: StemMark | undefined
}

/** Zipf given to words absent from the table: rarer than anything in it (its floor is ≈ 2.6). */
export const UNSEEN_ZIPF = 2

const frequencyOf = sortedTable(FREQUENCY_WORDS, FREQUENCY_BANDS)
const classOf = sortedTable(CLASS_WORDS, CLASS_VALUES)
const memo = new BoundedMemo<string, WordInfo>('tags.wordInfo', 50_000)
// "hadn't", "they’ll", "we'd": verbs and pronouns, never part of a subject ("line hadn’t").
const CONTRACTION = /['’](?:t|ll|re|ve|d|m)$/

/**
 * The memoized facts about a lower-case word. Tables are split on first use so that requests
 * that never ask for tags do not pay for them.
 *
 * @example
 * wordInfo('tankers') // { stem: 'tanker', zipf: 3.5, cls: 'N' }
 */
export function wordInfo(lower: string): WordInfo {
  let info = memo.get(lower)
  if (info) return info
  const band = frequencyOf(lower)
  const zipf = band === undefined ? UNSEEN_ZIPF : (band.charCodeAt(0) - 65) * ZIPF_STEP
  let cls: WordClass
  if (STOPWORDS.has(lower) || CONTRACTION.test(lower)) cls = 'S'
  else if (/\d/.test(lower)) cls = 'D'
  else cls = (classOf(lower) as WordClass | undefined) ?? guessClass(lower, band !== undefined)
  info = { stem: stem(lower), zipf, cls, stemMark: undefined }
  return memo.set(lower, info)
}

/**
 * The class of a word the table does not list (rare words): "-ly" words unknown to the frequency
 * table are adverbs, and "-ed" words are past tenses or participles, nouns only after a determiner.
 */
function guessClass(lower: string, known: boolean): WordClass {
  if (!known && /[^l]ly$/.test(lower)) return 'V'
  if (lower.length >= 6 && /[^e]ed$/.test(lower)) return 'W'
  return 'N'
}

/** Per-token facts for the keyphrase chunker and scorer, computed once per tokenization. */
export interface TokenFacts {
  /** Lower-case word without a possessive `'s` or a final period ("u.s." keeps its inner ones). */
  bare: string[]
  /** 1 when the word starts with a capital letter, else 0. */
  capitalised: Uint8Array
  /** 1 when the word ends in a possessive `'s`, else 0. */
  possessive: Uint8Array
  /** {@link wordInfo} of the bare word: stem, frequency, class. */
  info: WordInfo[]
}

/** What the taggers know about one spelling, cached per lexeme. */
export interface TagWord {
  bare: string
  capitalised: boolean
  possessive: boolean
  /** {@link wordInfo} of `bare`, filled on first use. */
  info: WordInfo | undefined
  /** Whether an actor alias may start with the word (tags/keywords.ts), filled on first use. */
  startsAlias: boolean | undefined
}

const tagWords = lexemes.cache<TagWord>('tags.words')

/** The tagger facts of a spelling, made once per lexeme. */
export function tagWord(lexeme: Lexeme): TagWord {
  const known = tagWords.get(lexeme)
  if (known) return known
  const { text, lower } = lexeme
  const possessive = lower.length > 2 && (lower.endsWith("'s") || lower.endsWith('’s'))
  let bare = possessive ? lower.slice(0, -2) : lower
  if (bare.endsWith('.') && bare.indexOf('.') === bare.length - 1) bare = bare.slice(0, -1)
  return tagWords.set(lexeme, {
    bare,
    capitalised: isCapitalised(text),
    possessive,
    info: undefined,
    startsAlias: undefined,
  })
}

const factsCache = new WeakMap<object, TokenFacts>()

/**
 * The facts about every word of a tokenization, in one pass over its lexemes, cached on the
 * tokens object.
 *
 * @example
 * tokenFacts(tokenize("Britain's economy")).bare // ['britain', 'economy']
 * tokenFacts(tokenize('Oil spills')).info.map((i) => i.stem) // ['oil', 'spill']
 */
export function tokenFacts(tokens: { words: readonly Word[] }): TokenFacts {
  let facts = factsCache.get(tokens)
  if (facts) return facts
  const { words } = tokens
  const n = words.length
  facts = {
    bare: new Array(n),
    capitalised: new Uint8Array(n),
    possessive: new Uint8Array(n),
    info: new Array(n),
  }
  for (let i = 0; i < n; i++) {
    const tag = tagWord(words[i].lexeme)
    facts.bare[i] = tag.bare
    if (tag.possessive) facts.possessive[i] = 1
    if (tag.capitalised) facts.capitalised[i] = 1
    facts.info[i] = tag.info ??= wordInfo(tag.bare)
  }
  factsCache.set(tokens, facts)
  return facts
}

/** True when a word starts with a capital letter (ASCII fast path; Unicode otherwise). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0)
  if (c < 128) return c >= 65 && c <= 90
  return /^\p{Lu}/u.test(word)
}

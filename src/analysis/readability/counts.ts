/**
 * @module
 * The counts every readability formula reads, made in one pass over the shared tokens: totals
 * for the text and one {@link Counts} per sentence (paragraph counts are sums of those).
 * Per-word facts are memoized by lower-cased word, so a word is looked at once per process.
 */
import { daleChall as DALE_CHALL } from 'dale-chall'
import { spache as SPACHE } from 'spache'
import { BoundedMemo } from '../cache'
import { lexemes } from '../text/lexeme'
import type { Lexeme, Tokens } from '../text/types'
import { hyphenationSyllables, type HyphenationLanguage } from './hyphenation'
import { romanceSyllables } from './romance-syllables'
import { countSyllables } from './syllables'

const DALE_CHALL_WORDS = new Set(DALE_CHALL)
const SPACHE_WORDS = new Set(SPACHE)

/** Counts for a stretch of text. */
export interface Counts {
  sentence: number
  word: number
  syllable: number
  /** Letters and digits (what Coleman-Liau and ARI call characters). */
  letter: number
  /** Words of 3+ syllables (SMOG's polysyllables, Linsear Write's hard words). */
  polysyllable: number
  /** Gunning's complex words: 3+ syllables, not a proper noun, a hyphenated compound, or 3 syllables only by -es/-ed/-ing. */
  complexGunning: number
  /** Words of 7+ letters (LIX and RIX "long words"; Wiener Sachtextformel's "more than 6 letters"). */
  longWord: number
  /** Words of 1 syllable. */
  monosyllable: number
  /** Words unfamiliar by the New Dale-Chall rules (not on the 3,000-word list, inflections and names allowed). */
  difficult: number
  /** Distinct words unfamiliar by the revised Spache list (Spache counts each unfamiliar word once). */
  spacheDifficult: number
}

export function emptyCounts(): Counts {
  return {
    sentence: 0,
    word: 0,
    syllable: 0,
    letter: 0,
    polysyllable: 0,
    complexGunning: 0,
    longWord: 0,
    monosyllable: 0,
    difficult: 0,
    spacheDifficult: 0,
  }
}

/** Adds `b` into `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  a.sentence += b.sentence
  a.word += b.word
  a.syllable += b.syllable
  a.letter += b.letter
  a.polysyllable += b.polysyllable
  a.complexGunning += b.complexGunning
  a.longWord += b.longWord
  a.monosyllable += b.monosyllable
  a.difficult += b.difficult
  a.spacheDifficult += b.spacheDifficult
  return a
}

/** Per-word figures, memoized by lower-cased word and language, and cached per lexeme. */
export interface WordFacts {
  /** The language whose rules counted them. */
  language: string
  syllables: number
  letters: number
  daleChallFamiliar: boolean
  spacheFamiliar: boolean
  /** 3+ syllables only because of an -es, -ed or -ing ending (Gunning does not count these). */
  gunningSuffixed: boolean
  /** A hyphenated compound (Gunning does not count these as complex). */
  hyphenated: boolean
}

const memo = new BoundedMemo<string, WordFacts>('readability.wordFacts', 100_000)
const lexemeFactsCache = lexemes.cache<WordFacts>('readability.wordFacts')
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu

function facts(lower: string, language: string): WordFacts {
  const key = language === 'en' ? lower : `${language}:${lower}`
  let f = memo.get(key)
  if (!f) {
    const letters = lower.replace(NOT_LETTER_OR_DIGIT, '').length
    const syllables =
      language === 'en'
        ? countSyllables(lower)
        : language === 'es' || language === 'it'
          ? romanceSyllables(lower, language)
          : hyphenationSyllables(lower, language as HyphenationLanguage)
    const numeric = /^[\d.,]+$/.test(lower)
    f = {
      language,
      syllables,
      letters,
      daleChallFamiliar: numeric || familiar(lower, DALE_CHALL_WORDS),
      spacheFamiliar: numeric || familiar(lower, SPACHE_WORDS),
      gunningSuffixed:
        syllables >= 3 &&
        /(?:es|ed|ing)$/.test(lower) &&
        countSyllables(lower.replace(/(?:es|ed|ing)$/, '')) < 3,
      hyphenated: lower.includes('-'),
    }
    memo.set(key, f)
  }
  return f
}

/** {@link facts} through the token's lexeme: the memo map is asked once per spelling and language. */
function lexemeFacts(lexeme: Lexeme, language: string): WordFacts {
  const known = lexemeFactsCache.get(lexeme)
  return known !== undefined && known.language === language
    ? known
    : lexemeFactsCache.set(lexeme, facts(lexeme.lower, language))
}

/**
 * Whether a word is familiar by the list, counting regular inflections of listed words as
 * familiar (Chall and Dale 1995, and Spache 1974, both allow -s, -es, -ed, -ing, -er, -est and 's).
 */
function familiar(lower: string, list: ReadonlySet<string>): boolean {
  const w = lower.replace(/[’']s$|[’']$/, '')
  if (list.has(w)) return true
  const bases: string[] = []
  if (w.endsWith('ies')) bases.push(w.slice(0, -3) + 'y')
  if (w.endsWith('es')) bases.push(w.slice(0, -2))
  if (w.endsWith('s')) bases.push(w.slice(0, -1))
  if (w.endsWith('ied')) bases.push(w.slice(0, -3) + 'y')
  if (w.endsWith('ed')) bases.push(w.slice(0, -2), w.slice(0, -1), undouble(w.slice(0, -2)))
  if (w.endsWith('ing')) bases.push(w.slice(0, -3), w.slice(0, -3) + 'e', undouble(w.slice(0, -3)))
  if (w.endsWith('er')) bases.push(w.slice(0, -2), w.slice(0, -1), undouble(w.slice(0, -2)))
  if (w.endsWith('est')) bases.push(w.slice(0, -3), w.slice(0, -2), undouble(w.slice(0, -3)))
  if (w.endsWith('ier') || w.endsWith('iest')) bases.push(w.replace(/i(?:er|est)$/, 'y'))
  return bases.some((b) => b.length > 1 && list.has(b))
}

const undouble = (stem: string) => (/([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : stem)

/** Totals for the text and per-sentence counts, from one pass over the words. */
export interface CountPass {
  total: Counts
  sentences: Counts[]
}

/**
 * Counts every word once, adding it to its sentence; the text total is the sum of sentences.
 * `language` picks the syllable counter: the CMU-grade English counter for `en`, hyphenation
 * patterns for de, fr and nl, vowel nuclei for es and it.
 *
 * @example
 * countTokens(tokenize('The cat sat. It purred.')).total.sentence // 2
 */
export function countTokens(tokens: Tokens, language = 'en'): CountPass {
  const total = emptyCounts()
  const perSentence: Counts[] = []
  const unfamiliarSpache = new Set<string>()
  const { words, sentences } = tokens
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]
    const c = emptyCounts()
    c.sentence = 1
    for (let i = sentence.firstWord; i < sentence.endWord; i++) {
      const word = words[i]
      const f = lexemeFacts(word.lexeme, language)
      c.word++
      c.syllable += f.syllables
      c.letter += f.letters
      // A capitalised word inside a sentence is taken as a name: familiar to Dale-Chall, not complex to Gunning.
      const name = i !== sentence.firstWord && isCapitalised(word.text)
      if (f.syllables >= 3) {
        c.polysyllable++
        if (!name && !f.hyphenated && !f.gunningSuffixed) c.complexGunning++
      } else if (f.syllables === 1) c.monosyllable++
      if (f.letters >= 7) c.longWord++
      if (!f.daleChallFamiliar && !name) c.difficult++
      if (!f.spacheFamiliar && !name) {
        // One hash lookup: the set grows only for a word not counted yet.
        const before = unfamiliarSpache.size
        if (unfamiliarSpache.add(word.lower).size > before) c.spacheDifficult++
      }
    }
    perSentence.push(c)
    addCounts(total, c)
  }
  return { total, sentences: perSentence }
}

function isCapitalised(text: string): boolean {
  const first = text.charCodeAt(0)
  if (first >= 65 && first <= 90) return true
  if (first < 128) return false
  return /^\p{Lu}/u.test(text)
}

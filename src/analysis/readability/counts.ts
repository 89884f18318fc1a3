/**
 * @module
 * The counts every readability formula reads, made in one pass over the shared tokens.
 */
import { daleChall } from 'dale-chall'
import type { Tokens } from '../types'
import { countSyllables } from './syllables'

const FAMILIAR = new Set(daleChall)

/** Counts for a stretch of text; keys are singular, as in wooorm's shared counts shape. */
export interface Counts {
  sentence: number
  word: number
  syllable: number
  letter: number
  character: number
  /** Words of 3+ syllables. */
  polysyllable: number
  /** Words of 3+ syllables that are not proper nouns, compounds or -es/-ed/-ing forms (Gunning). */
  complexGunning: number
  /** Words of 7+ letters. */
  longWord: number
  /** Words of 1 syllable. */
  monosyllable: number
  /** Words not on the New Dale-Chall familiar list. */
  difficult: number
  /** Words of 1-2 syllables (Linsear Write "easy"). */
  easy: number
}

export function emptyCounts(): Counts {
  return { sentence: 0, word: 0, syllable: 0, letter: 0, character: 0, polysyllable: 0, complexGunning: 0, longWord: 0, monosyllable: 0, difficult: 0, easy: 0 }
}

/** Per-word figures, memoized by lower-cased word. */
interface WordFacts {
  syllables: number
  letters: number
  familiar: boolean
  gunningSuffixed: boolean
}

const facts = new Map<string, WordFacts>()

function wordFacts(lower: string): WordFacts {
  let f = facts.get(lower)
  if (!f) {
    const letters = lower.replace(/[^\p{L}\p{N}]/gu, '').length
    const syllables = countSyllables(lower)
    f = {
      syllables,
      letters,
      familiar: FAMILIAR.has(lower) || /^\d/.test(lower) || (letters <= 3 && syllables === 1),
      gunningSuffixed: /(?:es|ed|ing)$/.test(lower) && countSyllables(lower.replace(/(?:es|ed|ing)$/, '')) < 3,
    }
    if (facts.size > 100_000) facts.clear()
    facts.set(lower, f)
  }
  return f
}

/**
 * Adds the words `tokens.words[from, to)` into `counts` (sentences are counted by the caller).
 */
export function addWords(counts: Counts, tokens: Tokens, from: number, to: number): Counts {
  for (let i = from; i < to; i++) {
    const word = tokens.words[i]
    const f = wordFacts(word.lower)
    counts.word++
    counts.syllable += f.syllables
    counts.letter += f.letters
    counts.character += word.text.length
    if (f.syllables >= 3) {
      counts.polysyllable++
      const proper = /^\p{Lu}/u.test(word.text) && tokens.sentences[word.sentence]?.firstWord !== i
      if (!proper && !word.lower.includes('-') && !f.gunningSuffixed) counts.complexGunning++
    } else counts.easy++
    if (f.syllables === 1) counts.monosyllable++
    if (f.letters >= 7) counts.longWord++
    if (!f.familiar) counts.difficult++
  }
  return counts
}

/** Counts over the whole text. */
export function countTokens(tokens: Tokens): Counts {
  const counts = addWords(emptyCounts(), tokens, 0, tokens.words.length)
  counts.sentence = tokens.sentences.length
  return counts
}

/** Syllables of one word, exported for the per-word table builder and tests. */
export function syllablesOf(word: string): number {
  return wordFacts(word.toLowerCase()).syllables
}

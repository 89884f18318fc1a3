/**
 * @module
 * English syllable counting, dictionary grade: the CMU-derived exception table first, the rules
 * for everything else. Memoized per distinct word, since an article repeats most of its words.
 */
import { BoundedMemo } from '../cache'
import { SYLLABLE_EXCEPTIONS } from './syllable-exceptions'
import { ruleSyllables } from './syllable-rules'

let table: Map<string, number> | undefined

/** Parses the generated table once, on first use (about 10k entries). */
function exceptions(): Map<string, number> {
  if (!table) {
    table = new Map()
    for (const line of SYLLABLE_EXCEPTIONS.split('\n')) {
      const colon = line.indexOf(':')
      const count = Number(line.slice(0, colon))
      for (const word of line.slice(colon + 1).split(' ')) table.set(word, count)
    }
  }
  return table
}

const cache = new BoundedMemo<string, number>('readability.syllables', 50_000)

/**
 * The number of syllables in one English word, as the CMU Pronouncing Dictionary's first
 * pronunciation has it where the word is listed; 0 for a token without letters.
 *
 * @example
 * countSyllables('readability') // 5
 * countSyllables('every') // 3 (CMU: EH1 V ER0 IY0)
 */
export function countSyllables(word: string): number {
  return cache.get(word) ?? cache.set(word, countUncached(word.toLowerCase().replace(/’/g, "'")))
}

/**
 * Like {@link countSyllables} but `undefined` for a word the dictionary-derived table does not
 * list, so callers can tell dictionary counts from rule counts.
 */
export function listedSyllables(word: string): number | undefined {
  return exceptions().get(word)
}

function countUncached(lower: string): number {
  const listed = exceptions().get(lower)
  if (listed !== undefined) return listed
  if (lower.includes('-')) {
    let sum = 0
    for (const part of lower.split('-')) if (part) sum += countUncached(part)
    return sum
  }
  // Possessive and plural "'s" add no syllable beyond what "s" would ("day's" is "days").
  return ruleSyllables(lower)
}

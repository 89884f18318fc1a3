/**
 * @module
 * The only door to `natural`. Deep imports keep the worker small: the package root pulls in
 * database clients and the sentiment lexicons (about 19 MB bundled); these modules are ~250 KB.
 */
// @ts-expect-error natural ships no types for its deep module paths
import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js'
import { BoundedMemo } from './cache'

const stems = new BoundedMemo<string, string>('natural.stems', 50_000)

/**
 * Longer tokens are not words (the longest in English dictionaries has 45 letters) and are left
 * unstemmed: the stemmer's `[^aeiouy]+y` regex backtracks quadratically on a long run of
 * consonants, so 32,000 letters without a vowel took 4.5 s.
 */
const MAX_STEMMED_LENGTH = 64

/**
 * The Porter stem of a lower-case English word, memoized: the stemmer costs about a microsecond
 * per call and an article repeats most of its words.
 *
 * @example
 * stem('invitations') // 'invit'
 */
export function stem(word: string): string {
  if (word.length > MAX_STEMMED_LENGTH) return word
  return (
    stems.get(word) ?? stems.set(word, (porterStemmer as { stem(w: string): string }).stem(word))
  )
}

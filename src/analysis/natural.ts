/**
 * @module
 * The only door to `natural`. Deep imports keep the worker small: the package root pulls in
 * database clients and the sentiment lexicons (about 19 MB bundled); these modules are ~250 KB.
 */
// @ts-expect-error natural ships no types for its deep module paths
import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js'

const stemCache = new Map<string, string>()

/**
 * The Porter stem of a lower-case English word, memoized: the stemmer costs about a microsecond
 * per call and an article repeats most of its words.
 *
 * @example
 * stem('invitations') // 'invit'
 */
export function stem(word: string): string {
  let stemmed = stemCache.get(word)
  if (stemmed === undefined) {
    stemmed = (porterStemmer as { stem(w: string): string }).stem(word)
    // Bound the memo so a stream of unique tokens cannot grow an isolate without limit.
    if (stemCache.size > 50_000) stemCache.clear()
    stemCache.set(word, stemmed)
  }
  return stemmed
}

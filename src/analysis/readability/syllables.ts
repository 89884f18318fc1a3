/**
 * @module
 * English syllable counting: vowel groups, corrected by suffix and prefix rules. Memoized per
 * distinct word, since an article repeats most of its words.
 */

const cache = new Map<string, number>()

// Endings whose final "e" or "es"/"ed" is silent ("make", "makes", "baked"), and the exceptions
// that do sound ("table", "wanted", "places").
const SILENT_E = /[^aeiouy]e$/
const SOUNDING_LE = /[^aeiouy]le$/
const SILENT_ED = /[^aeiouy]ed$/
const SOUNDING_ED = /[td]ed$/
const SILENT_ES = /[^aeiouy]es$/
const SOUNDING_ES = /(?:[sxz]|[cs]h|[gc])es$/
// Vowel pairs that split into two syllables ("ti-a", "cre-ate", "po-em").
const SPLIT_PAIRS = /(?:ia|iu|io(?!n)|eo|ua|uo|ea(?=t)|eu(?=m)|oe(?=[^s])|[^aeiou]ie[rt]|quie|[aeiou]ing|ism$|ier$)/g

/**
 * The number of syllables in one English word; 0 for the empty string, at least 1 otherwise.
 *
 * @example
 * countSyllables('readability') // 5
 */
export function countSyllables(word: string): number {
  const lower = word.toLowerCase()
  let count = cache.get(lower)
  if (count === undefined) {
    count = countUncached(lower)
    if (cache.size > 100_000) cache.clear()
    cache.set(lower, count)
  }
  return count
}

function countUncached(word: string): number {
  const letters = word.replace(/[^a-z]/g, '')
  if (!letters) return /\p{L}|\p{N}/u.test(word) ? 1 : 0
  if (word.includes('-')) {
    return word.split('-').reduce((sum, part) => sum + (part ? countUncached(part) : 0), 0) || 1
  }
  if (letters.length <= 3) return 1
  const groups = letters.match(/[aeiouy]+/g)
  let count = groups ? groups.length : 1
  if (SILENT_E.test(letters) && !SOUNDING_LE.test(letters)) count--
  else if (SILENT_ED.test(letters) && !SOUNDING_ED.test(letters)) count--
  else if (SILENT_ES.test(letters) && !SOUNDING_ES.test(letters)) count--
  // "y" at the start is a consonant ("yes", "young").
  if (/^y[aeiou]/.test(letters)) count--
  count += (letters.match(SPLIT_PAIRS) ?? []).length
  return Math.max(1, count)
}

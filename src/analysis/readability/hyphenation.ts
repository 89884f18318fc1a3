/**
 * @module
 * Syllables by hyphenation: Liang's TeX hyphenation patterns (hyph-utf8, shipped as strings in
 * hyphenation-patterns.ts; English as LibreOffice's hyph_en_US.dic, in
 * hyphenation-en-us-libreoffice.ts) give the break points, and a word has one more syllable than
 * break points. This is how German, French and Dutch readability tools count, and textstat's
 * fallback (pyphen) for English words the CMU dictionary lacks. (Spanish and Italian:
 * romance-syllables.ts.)
 */
import { BoundedMemo } from '../cache'
import { LIBREOFFICE_EN_US_PATTERNS } from './hyphenation-en-us-libreoffice'
import { HYPHENATION_PATTERNS } from './hyphenation-patterns'

/** Languages with hyphenation patterns here. */
export type HyphenationLanguage = 'en' | 'de' | 'es' | 'fr' | 'it' | 'nl'

interface Patterns {
  values: Map<string, number[]>
  exceptions: Map<string, number>
  longest: number
}

const parsed = new Map<string, Patterns>()
const caches = new Map<string, BoundedMemo<string, number>>()
const VOWEL = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ]/

/** Parses one language's patterns on first use: "a1b" becomes "ab" -> [0, 1, 0]. */
function patternsFor(language: HyphenationLanguage): Patterns {
  let p = parsed.get(language)
  if (!p) {
    // English is counted by patterns only for textstat, which hyphenates with LibreOffice's set.
    const data =
      language === 'en'
        ? { patterns: LIBREOFFICE_EN_US_PATTERNS, exceptions: '' }
        : HYPHENATION_PATTERNS[language]
    const values = new Map<string, number[]>()
    let longest = 0
    for (const pattern of data.patterns.split(' ')) {
      const letters: string[] = []
      const v: number[] = [0]
      for (const ch of pattern) {
        if (ch >= '0' && ch <= '9') v[v.length - 1] = ch.charCodeAt(0) - 48
        else {
          letters.push(ch)
          v.push(0)
        }
      }
      const key = letters.join('')
      values.set(key, v)
      if (letters.length > longest) longest = letters.length
    }
    const exceptions = new Map<string, number>()
    if (data.exceptions) {
      for (const entry of data.exceptions.split(' ')) {
        const colon = entry.lastIndexOf(':')
        exceptions.set(entry.slice(0, colon), Number(entry.slice(colon + 1)))
      }
    }
    p = { values, exceptions, longest }
    parsed.set(language, p)
  }
  return p
}

/**
 * Break points of a lower-cased word by Liang's algorithm, `left`/`right` letters kept whole at
 * the ends. With `nucleus`, a break counts only if both sides keep a vowel (a syllable needs one).
 */
function breaks(word: string, p: Patterns, left: number, right: number, nucleus: boolean): number {
  const exception = p.exceptions.get(word)
  if (exception !== undefined) return exception
  const chars = ['.', ...word, '.']
  const n = chars.length
  const levels = new Array<number>(n + 1).fill(0)
  for (let i = 0; i < n; i++) {
    let key = ''
    for (let j = i; j < n && j - i < p.longest; j++) {
      key += chars[j]
      const v = p.values.get(key)
      if (v) for (let k = 0; k < v.length; k++) if (v[k] > levels[i + k]) levels[i + k] = v[k]
    }
  }
  // levels[k] is the gap before chars[k]; chars[1] is the word's first letter.
  const letters = n - 2
  let count = 0
  let lastBreak = 0
  for (let k = 1 + left; k <= letters + 1 - right; k++) {
    if ((levels[k] & 1) !== 1) continue
    if (nucleus) {
      const before = chars.slice(1 + lastBreak, k).join('')
      const after = chars.slice(k, n - 1).join('')
      if (!VOWEL.test(before) || !VOWEL.test(after)) continue
    }
    count++
    lastBreak = k - 1
  }
  return count
}

// German vowel letters that make one sound together: diphthongs, long doubled vowels, "ie".
const GERMAN_DIGRAPH = /^(?:ai|au|ay|ei|ey|eu|äu|ie|aa|ee|oo)/

/** Vowel nuclei of a German word: vowel runs, a digraph counting once. */
function germanNuclei(word: string): number {
  let n = 0
  let i = 0
  while (i < word.length) {
    if (!/[aeiouyäöü]/.test(word[i])) {
      i++
      continue
    }
    n++
    i += GERMAN_DIGRAPH.test(word.slice(i, i + 2)) ? 2 : 1
  }
  return n
}

/**
 * Hyphenation points + 1 for one lower-cased word; 0 for a token without letters, 1 for a number.
 * English follows pyphen as textstat uses it (2 letters kept at each end); the other languages
 * allow single-letter edge syllables ("a-é-re-o") but never a syllable without a vowel.
 *
 * @example
 * hyphenationSyllables('sprachwissenschaft', 'de') // 4
 */
export function hyphenationSyllables(word: string, language: HyphenationLanguage): number {
  let cache = caches.get(language)
  if (!cache)
    caches.set(language, (cache = new BoundedMemo(`readability.hyphenation.${language}`, 50_000)))
  let n = cache.get(word)
  if (n === undefined) {
    if (!/\p{L}/u.test(word)) n = /\p{N}/u.test(word) ? 1 : 0
    else {
      const p = patternsFor(language)
      const english = language === 'en'
      // Apostrophes and hyphens split a word into parts hyphenated on their own ("l'homme").
      n = 0
      for (const part of word.split(/[-'’]/)) {
        if (!part) continue
        // Longer than any dictionary word: vowel groups, not patterns (keeps this linear).
        if (part.length > 60) {
          n += Math.max(1, (part.match(/[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ]+/g) ?? []).length)
          continue
        }
        if (!english && !VOWEL.test(part)) continue
        const hyphenated = 1 + breaks(part, p, english ? 2 : 1, english ? 2 : 1, !english)
        // German patterns keep a single-vowel first syllable whole ("Idee", "Oper"): its vowel
        // nuclei are a floor.
        n += language === 'de' ? Math.max(hyphenated, germanNuclei(part)) : hyphenated
      }
      n = Math.max(1, n)
    }
    cache.set(word, n)
  }
  return n
}

/**
 * @module
 * Syllables by hyphenation: Liang's TeX hyphenation patterns (via the `hyphen` package, ISC;
 * patterns from CTAN's hyph-utf8: de MIT, es MIT, fr MIT, it MIT/LPPL, nl LPPL, en-us Knuth's
 * licence) give the break points, and a word has one more syllable than break points. This is
 * how German, Spanish, French, Italian and Dutch readability tools count, and textstat's
 * fallback for English words the CMU dictionary lacks.
 */
import createHyphenator from 'hyphen/hyphen.js'
import de from 'hyphen/patterns/de-1996.js'
import enUs from 'hyphen/patterns/en-us.js'
import es from 'hyphen/patterns/es.js'
import fr from 'hyphen/patterns/fr.js'
import it from 'hyphen/patterns/it.js'
import nl from 'hyphen/patterns/nl.js'

/** Languages with hyphenation patterns here. */
export type HyphenationLanguage = 'en' | 'de' | 'es' | 'fr' | 'it' | 'nl'

const PATTERNS: Record<HyphenationLanguage, unknown> = { en: enUs, de, es, fr, it, nl }
const SOFT_HYPHEN = '\u00ad'
const hyphenators = new Map<HyphenationLanguage, (word: string) => string>()
const caches = new Map<HyphenationLanguage, Map<string, number>>()

/**
 * Hyphenation points + 1 for one lower-cased word; 0 for a token without letters.
 *
 * @example
 * hyphenationSyllables('sprachwissenschaft', 'de') // 4
 */
export function hyphenationSyllables(word: string, language: HyphenationLanguage): number {
  let cache = caches.get(language)
  if (!cache) caches.set(language, (cache = new Map()))
  let n = cache.get(word)
  if (n === undefined) {
    if (!/\p{L}/u.test(word)) n = /\p{N}/u.test(word) ? 1 : 0
    else {
      let hyphenate = hyphenators.get(language)
      if (!hyphenate) {
        // Built on first use per language: the pattern tries are large and most texts need one.
        hyphenate = createHyphenator(PATTERNS[language], { html: false, hyphenChar: SOFT_HYPHEN, minWordLength: 1 })
        hyphenators.set(language, hyphenate)
      }
      const out = hyphenate(word)
      n = 1
      for (let i = 0; i < out.length; i++) if (out.charCodeAt(i) === 0xad) n++
    }
    if (cache.size > 50_000) cache.clear()
    cache.set(word, n)
  }
  return n
}

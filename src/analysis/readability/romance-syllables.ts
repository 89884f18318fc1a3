/**
 * @module
 * Spanish and Italian syllables by vowel nuclei. Their TeX hyphenation patterns are made for
 * typesetting, not counting: they never split vowels ("le-er", "pa-ís") and keep two-letter final
 * syllables whole ("ca-mino"), so hyphenation points + 1 undercounts. The spelling of both
 * languages is regular enough that nuclei count syllables almost exactly.
 */

// Strong vowels, and weak vowels carrying a written accent (which breaks a diphthong in Spanish).
const STRONG_ES = 'aeoáéóíú'
const STRONG_IT = 'aeoàèéòóáí'
const WEAK = 'iuüyìù'

/**
 * Syllables of one lower-cased Spanish or Italian word.
 *
 * @example
 * romanceSyllables('biología', 'es') // 5
 * romanceSyllables('giorno', 'it') // 2
 */
export function romanceSyllables(word: string, language: 'es' | 'it'): number {
  // Silent letters: the u of que/qui/gue/gui; in Italian the i of ci/gi/sci/gli before a vowel.
  let w = word.replace(/([qg])u(?=[eéèiíì])/g, '$1')
  if (language === 'it') w = w.replace(/(?:([cg])|(gl))i(?=[aeouàèéòóù])/g, '$1$2')
  const strong = language === 'es' ? STRONG_ES : STRONG_IT
  let count = 0
  let prev: 'strong' | 'weak' | null = null
  for (let i = 0; i < w.length; i++) {
    const c = w[i]
    // "y" is a vowel only where no vowel follows ("hoy", "muy", "y"), a consonant before one ("yo").
    const isY = c === 'y'
    const kind = strong.includes(c)
      ? 'strong'
      : WEAK.includes(c) && !(isY && i + 1 < w.length && isVowel(w[i + 1], strong))
        ? 'weak'
        : null
    if (!kind) {
      prev = null
      continue
    }
    // A new nucleus after a consonant, or where two strong vowels meet (hiatus); a weak vowel
    // joins its neighbour (diphthong).
    if (prev === null || (prev === 'strong' && kind === 'strong')) count++
    prev = kind
  }
  return Math.max(count, /\p{L}/u.test(word) ? 1 : 0)
}

function isVowel(c: string, strong: string): boolean {
  return strong.includes(c) || WEAK.includes(c)
}

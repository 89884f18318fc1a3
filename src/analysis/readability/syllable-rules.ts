/**
 * @module
 * English syllables by rule: vowel groups, corrected for silent endings, split vowel pairs and
 * common prefixes and suffixes. Used for words the CMU-derived exception table does not list, and
 * to decide which words the table must list at all (the table holds only the words these rules get
 * wrong, so every rule that fixes a class of words also shrinks the shipped table).
 */

const VOWEL_LETTER = /[aeiouy]/
// Consonant letters, for the endings whose final "e" is silent after one ("make", not "table").
const CONSONANT = /[^aeiouy]/

/**
 * Syllables of one lower-cased English word by rule alone; 0 for a word without letters.
 *
 * @example
 * ruleSyllables('creative') // 3
 */
export function ruleSyllables(word: string): number {
  const w = word.replace(/[^a-z]/g, '')
  if (!w) return 0
  if (w.length <= 2) return 1
  // No English word is this long: a run of letters (a URL slug, a keyboard mash) gets vowel
  // groups only, which also keeps the per-vowel checks below from going quadratic.
  if (w.length > 40) return Math.max(1, (w.match(/[aeiouy]+/g) ?? []).length)
  let count = 0
  let i = 0
  const n = w.length
  // "y" at the start is a consonant ("yes", "young").
  if (w[0] === 'y') i = 1
  while (i < n) {
    if (isVowel(w, i)) {
      count++
      let j = i + 1
      while (j < n && isVowel(w, j)) {
        if (splits(w, j)) count++
        j++
      }
      i = j
    } else i++
  }
  count -= silentEndings(w)
  count += soundingExtras(w)
  return Math.max(1, count)
}

function isVowel(w: string, i: number): boolean {
  const c = w[i]
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return true
  // "y" between vowels is a consonant ("player", "beyond"), elsewhere a vowel ("myth", "happy").
  if (c === 'y')
    return !(
      i > 0 &&
      VOWEL_LETTER.test(w[i - 1]) &&
      i + 1 < w.length &&
      VOWEL_LETTER.test(w[i + 1]) &&
      w[i + 1] !== 'y'
    )
  return false
}

/**
 * Whether the vowel at `j` starts a new syllable though it follows another vowel: "di-et",
 * "cre-ate", "po-em", "ru-in", "go-ing", but not "team", "field", "coin", "nation".
 */
function splits(w: string, j: number): boolean {
  const a = w[j - 1]
  const b = w[j]
  const before = w[j - 2] ?? ''
  const pair = a + b
  // "qu", "gu" + vowel: the "u" is a consonant sound ("quiet" is handled by ui below).
  if (a === 'u' && (before === 'q' || (before === 'g' && j - 2 === 0))) return false
  switch (pair) {
    case 'ia':
      // "-tial", "-cial", "-cian", "-sia" are one syllable; "di-al", "pi-ano" two.
      // "-iate" splits even after c/t ("appreci-ate"); "-iage" never ("marriage"); "ll"/"rn" + ia is "ya".
      if (/^te/.test(w.slice(j + 1))) return true
      if (/^ge/.test(w.slice(j + 1)) || /(?:ll|rn)$/.test(w.slice(0, j - 1))) return false
      return !/[tcsgx]$/.test(before)
    case 'io':
      // "-tion", "-sion", "-cion", "-gion", "-ious" are one; "li-on", "bi-o", "pi-oneer" two.
      if (/^(?:lions?|ions?)$/.test(w)) return true
      return !/[tcsgxnl]$/.test(before) && !/^(?:r|rs)$/.test(w.slice(j + 1))
    case 'iu':
      return before !== 'l' && !/[tcs]$/.test(before)
    case 'eo':
      // "vide-o", "ge-ography", "ne-on"; "people", "leopard" are one.
      return (
        !/^(?:peo|leo|jeo|geor)/.test(w.slice(j - 2)) &&
        !w.slice(j - 1).startsWith('eous') &&
        !/^eone?s?$/.test(w.slice(j - 1))
      )
    case 'ua':
      return before !== 'q' && before !== 'g'
    case 'uo':
      return before !== 'q'
    case 'ue':
      // "cru-el", "du-et", "flu-ent"; "blue", "queen", "guess" are one.
      return (
        j + 1 < w.length &&
        /^(?:l|t|nt|nce|r)/.test(w.slice(j + 1)) &&
        before !== 'q' &&
        before !== 'g'
      )
    case 'ui':
      // "flu-id", "ru-in", "su-icide", "genu-ine"; "fruit", "build", "quite" are one.
      return (
        /^(?:d|n|s|ty|tous|cid)/.test(w.slice(j + 1)) &&
        before !== 'q' &&
        before !== 'g' &&
        before !== 'b'
      )
    case 'ie':
      // "qui-et", "di-et", "sci-ence", "soci-ety"; "-ies", "-ied", "field", "friend" are one.
      if (/[tcsg]$/.test(before) && /^n/.test(w.slice(j + 1))) return false
      return (
        /^(?:t|nce|nt|r$|rs$|st$)/.test(w.slice(j + 1)) &&
        !/(?:f|fr|br|ch|sh|gr|pr)$/.test(w.slice(0, j - 1))
      )
    case 'ea':
      // "cre-ate", "re-act", "ide-a", "are-a", "the-ater"; "each", "team", "great" are one.
      return (
        (/^s?$/.test(w.slice(j + 1)) && w.length > 3) ||
        (((/^(?:re|de|ne|be)a/.test(w.slice(0, j + 1)) && j === 2) || /^(?:creat|theat)/.test(w)) &&
          !/^(?:ready|reals?|really|realms?|reach|read|reap|rear|ream|reas|neat|near|neal|bea|dea|deaf|death|dear|deal|dean)/.test(
            w,
          ))
      )
    case 'oe':
      // "po-em", "co-exist", "zo-e"; "toe", "does", "shoe" are one.
      return /^(?:m|t|x|v)/.test(w.slice(j + 1))
    case 'ao':
    case 'aa':
      return true
    case 'oa':
      // "co-alition", "bo-a"; "boat", "road" are one.
      return j + 1 >= w.length || (w.startsWith('coa') && /^coal(?:e|i)/.test(w))
    case 'ii':
    case 'uu':
      return true
    case 'ei':
      // "be-ing", "de-ity", "re-ignite"; "their", "weight", "receive" are one.
      return /^(?:ng|ty)/.test(w.slice(j + 1)) || (/^(?:re|de|pre)$/.test(w.slice(0, j)) && j <= 3)
    case 'oi':
      // "go-ing", "do-ing", "he-roic"; "coin", "voice" are one.
      return (
        /^ng/.test(w.slice(j + 1)) ||
        (/^(?:c$|cs?$|st)/.test(w.slice(j + 1)) && /ro$|to$/.test(w.slice(0, j)))
      )
    case 'ai':
      return /^ng/.test(w.slice(j + 1)) || (/^(?:ve|s$)/.test(w.slice(j + 1)) && j === 2)
    case 'ee':
      return false
    case 'yi':
      return /^ng/.test(w.slice(j + 1))
    case 'yo':
      return /^ne$/.test(w.slice(j + 1))
    case 'ya':
    case 'ye':
      return false
    case 'ay':
    case 'ey':
    case 'oy':
    case 'uy':
      return false
    default:
      // Any vowel before "ing" ("see-ing", "sky-ing") or "ism".
      return /^ng/.test(w.slice(j + 1)) && b === 'i'
  }
}

/** How many of the counted vowel groups are silent at the end of the word. */
function silentEndings(w: string): number {
  const n = w.length
  const last = w[n - 1]
  const prev = w[n - 2]
  const hasEarlierVowel = (end: number) => /[aeiouy]/.test(w.slice(0, end))
  if (last === 'e') {
    // "-ye" ("bye", "eye") and "-gue"/"-que" ("tongue", "unique"): the final e is silent.
    if (prev === 'y' && n > 2 && !CONSONANT.test(w[n - 3])) return 1
    if (prev === 'u' && (w[n - 3] === 'g' || w[n - 3] === 'q') && n > 4) return 1
    if (!CONSONANT.test(prev)) return 0
    if (soundingLe(w, n - 2)) return 0
    if (!hasEarlierVowel(n - 1)) return 0
    // "-ire" ("fire", "entire"): the "e" is silent but the "r" makes its own syllable.
    if (/^[^aeiouy]+ire$/.test(w)) return 0
    return 1
  }
  if ((last === 's' || last === 'd') && prev === 'e' && n > 3) {
    const c = w[n - 3]
    if (c === 'y' && n > 3 && !CONSONANT.test(w[n - 4])) return 1
    if (c === 'u' && (w[n - 4] === 'g' || w[n - 4] === 'q') && n > 5) return 1
    if (!CONSONANT.test(c)) return 0
    if (last === 's' && (/[sxzcg]/.test(c) || /(?:ch|sh)$/.test(w.slice(0, n - 2)))) return 0
    if (last === 'd' && (c === 't' || c === 'd')) return 0
    if (soundingLe(w, n - 3)) return 0
    if (!hasEarlierVowel(n - 2)) return 0
    if (/^[^aeiouy]+ire[sd]$/.test(w)) return 0
    return 1
  }
  return 0
}

/** Whether the "l" or "r" at `at`, before a final e, sounds as its own syllable ("table", "acre", "hundred"). */
function soundingLe(w: string, at: number): boolean {
  const c = w[at]
  const before = w[at - 1] ?? 'a'
  if (c === 'l') return CONSONANT.test(before) && before !== 'l' && before !== 'r'
  if (c === 'r') return CONSONANT.test(before)
  return false
}

// Second halves of compounds and suffixes before which a final silent e stays silent
// ("someone", "safety", "lovely", "careful", "movement").
const AFTER_SILENT_E =
  /[aeiouy][^aeiouy]e(?:thing|body|where|times?|how|day|place|ways?|ward|wise|work|man|men|side|line|house|land|stone|light|like|some|ful|fully|less|ness|ment|ments|ly|ty|ties)$/

/** Syllables that no vowel letter marks, and silent letters inside compounds. */
function soundingExtras(w: string): number {
  let extra = 0
  // "-ism" ("tour-is-m") and "-thm" ("rhy-thm").
  if (/isms?$/.test(w)) extra++
  if (/thms?$/.test(w)) extra++
  // "our", "hour", "flour": one vowel group, two syllables.
  if (/^(?:h?our(?:s|selves)?|flours?|sours?|scours?|devours?)$/.test(w)) extra++
  const m = AFTER_SILENT_E.exec(w)
  if (m && w.length > 5) extra--
  // Contractions written without the apostrophe (ASCII-folded text): "isnt", "couldnt" are two.
  if (/^(?:is|was|does|has|could|would|should|must|need)nt$/.test(w)) extra++
  // "every-" is two syllables before a second half ("everything", "everybody").
  if (/^every./.test(w)) extra--
  // "-cially"/"-tially": the "ia" and "ly" collapse ("especially").
  if (/[ct]ially$/.test(w)) extra--
  // "-ically" is "-ic-ly" ("basically").
  if (/ically$/.test(w)) extra--
  return extra
}

/**
 * @module
 * A light noun-phrase chunker: no statistical tagger, just word classes from the shipped tables,
 * capitalisation for names and punctuation between words. Good enough for keyphrase candidates,
 * where a missed phrase costs little and a verb inside a phrase costs a lot.
 */
import type { Tokens } from '../types'
import { isCapitalised, tokenFacts, type WordClass } from './word-info'

/** The role of a word in its chunk: `N` noun, `P` proper name, `A` adjective, `D` number. */
export type ChunkKind = 'N' | 'P' | 'A' | 'D'

/**
 * The chunks of a tokenization, flat (no arrays per chunk): chunk k is the tokens
 * `[bounds[2k], bounds[2k + 1])`, and `kinds[i]` is the role of token i in its chunk (meaningful
 * for chunk words only). Chunks never overlap, so one array of roles serves them all.
 */
export interface ChunkRuns {
  bounds: number[]
  kinds: ChunkKind[]
}

// Words that open a noun phrase: after them a mostly-verb word ("the meeting") is a noun.
const DETERMINERS = new Set(
  'the a an this that these those its his her their our my your whose each every no any some'.split(
    ' ',
  ),
)
// Capitalised stop words that may sit inside a name ("New York", "First Lady", "Last Supper").
const NAME_STOPWORDS = new Set(
  'new first last general united north south east west great upper lower'.split(' '),
)

/**
 * Splits tokenized text into noun-phrase chunks: maximal runs of nouns, names, adjectives and
 * numbers, ending on a noun or name. Words of the headline (`[0, headlineEnd)`), usually in Title
 * Case, are named only when the body also capitalises them mid-sentence. A possessive closes its
 * chunk ("Slovenia's military command" is two phrases).
 *
 * @example
 * const { bounds } = chunkRuns(tokenize('The oil spill reached Prince William Sound.'), 0)
 * bounds // [1, 3, 4, 7]: "oil spill" and "Prince William Sound"
 */
export function chunkRuns(tokens: Tokens, headlineEnd: number): ChunkRuns {
  const { words, text, sentences } = tokens
  const { bare, capitalised, possessive, info } = tokenFacts(tokens)
  // Words capitalised somewhere other than at a sentence start are names wherever they appear.
  const namedMidSentence = new Set<string>()
  // In a sentence set in capitals, capitals say nothing about names.
  const shouting = sentences.map((s) => isShouting(words, s.firstWord, s.endWord))
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]
    if (shouting[k]) continue
    for (let i = Math.max(s.firstWord + 1, headlineEnd); i < s.endWord; i++)
      if (capitalised[i]) namedMidSentence.add(bare[i])
  }

  const bounds: number[] = []
  const kinds = new Array<ChunkKind>(words.length)
  // The open run: `open` words from token `runStart` on, their kinds already in `kinds`.
  let runStart = 0
  let open = 0
  const close = () => {
    // A phrase ends on its head: drop trailing adjectives and numbers.
    let end = runStart + open
    open = 0
    while (end > runStart && (kinds[end - 1] === 'A' || kinds[end - 1] === 'D')) end--
    if (end === runStart) return
    // "Assistant Secretary" or "State" cut off by "of" is a role, not a subject: no chunk.
    if (isBareTitle(runStart, end, kinds, bare)) return
    const name = personAfterTitle(runStart, end, kinds, bare)
    if (name > runStart) {
      // "Secretary of State Antony Blinken": the person is the phrase; a title ("Assistant
      // Secretary") is no subject of the story, an office it ends ("Law Enforcement") may be.
      if (!PERSON_TITLES.has(bare[name - 1]) && !isBareTitle(runStart, name, kinds, bare))
        bounds.push(runStart, name)
      bounds.push(name, end)
    } else bounds.push(runStart, end)
  }

  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]
    const shout = shouting[k]
    for (let i = s.firstWord; i < s.endWord; i++) {
      if (open > 0 && !joined(text, words[i - 1].end, words[i].start)) close()
      const { cls, zipf } = info[i]
      const lower = bare[i]
      const named =
        capitalised[i] &&
        !shout &&
        (i >= headlineEnd && i !== s.firstWord
          ? true
          : namedMidSentence.has(lower) || (zipf <= 3 && cls !== 'S'))
      let kind: ChunkKind | null
      if (
        named &&
        (cls !== 'S' ||
          (NAME_STOPWORDS.has(lower) && i + 1 < s.endWord && isCapitalised(words[i + 1].text)))
      )
        kind = 'P'
      else if (cls === 'W' && open > 0 && !lower.endsWith('s') && isPlural(bare[i - 1])) kind = null
      // ...and a name takes one with "-s" ("Exxon Valdez runs aground").
      else if (cls === 'W' && lower.endsWith('s') && open > 0 && kinds[i - 1] === 'P') kind = null
      // Only a mostly-verb word asks what precedes it.
      else
        kind =
          cls === 'W'
            ? kindOf(cls, open > 0 || (i > 0 && DETERMINERS.has(words[i - 1].lower)), lower)
            : kindOf(cls, false, lower)
      if (kind === null || (lower.length < 2 && kind !== 'P') || !hasLetterOrDigit(lower)) {
        close()
        continue
      }
      // A bare count opens no phrase ("106 TB cases" is "TB cases"); years and "987-foot" do.
      if (
        kind === 'D' &&
        open === 0 &&
        /^[\d.,]+$/.test(lower) &&
        !/^(?:1[89]|20)\d\d$/.test(lower)
      )
        continue
      if (open++ === 0) runStart = i
      kinds[i] = kind
      if (possessive[i]) close()
    }
    close()
  }
  return { bounds, kinds }
}

// Titles and the ends of office names that stand before a person's name in news copy
// ("Secretary of State Antony Blinken", "Law Enforcement Todd Robinson", "coach Pep Guardiola",
// "Kingsmere goalkeeper Sam Adeyemi", "analyst Mei Tan").
const TITLE_WORDS = new Set(
  (
    'secretary minister president chairman chairwoman chair spokesman spokeswoman spokesperson ambassador envoy ' +
    'justice judge senator sen governor gov mayor chief director commissioner officer editor reporter correspondent ' +
    'executive coach manager captain ceo founder leader adviser advisor deputy general admiral colonel sergeant lieutenant ' +
    'inspector superintendent councillor councilor attorney prosecutor professor dr king queen pope bishop archbishop ' +
    'rabbi imam pastor rev analyst economist strategist lawyer activist campaigner author novelist actor actress singer ' +
    'producer goalkeeper keeper winger striker midfielder defender centre-back center-back full-back fullback batsman bowler pitcher quarterback jockey ' +
    'state defense defence treasury commerce interior affairs security enforcement'
  ).split(' '),
)

// The titles proper (not office names): a phrase ending on one of these names a role, not a subject.
const PERSON_TITLES = new Set(
  [...TITLE_WORDS].filter(
    (w) =>
      !/^(?:state|defen[cs]e|treasury|commerce|interior|affairs|security|enforcement)$/.test(w),
  ),
)

const TITLE_MODIFIERS = new Set(
  'assistant vice prime under foreign principal senior acting interim former'.split(' '),
)

/** A capitalised chunk `[from, to)` made only of titles and office words ("Assistant Secretary", "State"). */
function isBareTitle(
  from: number,
  to: number,
  kinds: readonly ChunkKind[],
  bare: readonly string[],
): boolean {
  for (let i = from; i < to; i++)
    if (kinds[i] !== 'P' || !(TITLE_WORDS.has(bare[i]) || TITLE_MODIFIERS.has(bare[i])))
      return false
  return true
}

// Words no person's name contains: after "General" or "State" they make a company or a place
// ("General Motors Company", "State Street Bank"), which stays whole.
const ORGANISATION_WORDS = new Set(
  (
    'company companies co corp corporation inc ltd plc llc group bank motors holdings partners capital fund ' +
    'insurance street avenue road square county city airport university college hospital party council ' +
    'committee association union league club agency department ministry office court house'
  ).split(' '),
)

/**
 * Where a person's name starts inside a chunk `[from, to)` that opens with a title or office
 * ("State Antony Blinken" -> the token of "Antony"), or `from`: after the last title word,
 * followed by two or three capitalised words none of which is a title or an organisation word.
 */
function personAfterTitle(
  from: number,
  to: number,
  kinds: readonly ChunkKind[],
  bare: readonly string[],
): number {
  for (let k = to - 3; k >= Math.max(from, to - 4); k--) {
    if (!TITLE_WORDS.has(bare[k])) continue
    for (let j = k + 1; j < to; j++) {
      if (kinds[j] !== 'P' || TITLE_WORDS.has(bare[j]) || ORGANISATION_WORDS.has(bare[j]))
        return from
    }
    return k + 1
  }
  return from
}

/** True when most words of a sentence of four or more are in capitals ("OFFICIALS SAID ..."). */
function isShouting(words: Tokens['words'], from: number, to: number): boolean {
  const n = to - from
  if (n < 4) return false
  let lowerInitial = 0
  // Ordinary prose has many lower-case initials: leave as soon as there are enough of them.
  for (let i = from; i < to; i++) {
    const c = words[i].text.charCodeAt(0)
    if (c >= 97 && c <= 122 && ++lowerInitial > n * 0.4) return false
  }
  let upper = 0
  for (let i = from; i < to; i++) {
    const t = words[i].text
    if (t.length > 1 && t !== words[i].lower && t === t.toUpperCase()) upper++
  }
  return upper > n * 0.6
}

/** A plural noun takes a verb without "-s" ("tornadoes track"): that word ends the phrase. */
function isPlural(word: string): boolean {
  return (
    word.length > 3 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !word.endsWith('us') &&
    !word.endsWith('is')
  )
}

/** True when only spaces, apostrophes or hyphens separate two words (a tab parts table cells). */
function joined(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 39 && c !== 45 && c !== 0x2019 && c !== 0xa0) return false
  }
  return true
}

function hasLetterOrDigit(word: string): boolean {
  const c = word.charCodeAt(0)
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && /[\p{L}\p{N}]/u.test(word))
}

function kindOf(cls: WordClass, afterModifier: boolean, lower: string): 'N' | 'A' | 'D' | null {
  switch (cls) {
    case 'S':
    case 'V':
      return null
    case 'W':
      // "-ed" forms of verbs are past tenses after a noun ("temperatures ranged").
      return afterModifier && !lower.endsWith('ed') ? 'N' : null
    case 'A':
      return 'A'
    case 'D':
      return 'D'
    default:
      return 'N'
  }
}

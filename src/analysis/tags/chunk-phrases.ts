/**
 * @module
 * A light noun-phrase chunker: no statistical tagger, just word classes from the shipped tables,
 * capitalisation for names and punctuation between words. Good enough for keyphrase candidates,
 * where a missed phrase costs little and a verb inside a phrase costs a lot.
 */
import type { Tokens } from '../types'
import { wordInfo, type WordClass } from './word-info'

/** One chunk: word indexes into `tokens.words` and the role each word plays. */
export interface Chunk {
  words: number[]
  /** Per word: `N` noun, `P` proper name, `A` adjective, `D` number. */
  kinds: ('N' | 'P' | 'A' | 'D')[]
  /** Per word: the lower-case form without a possessive `'s`. */
  lowers: string[]
  /** Per word: where it ends in the text, possessive `'s` excluded. */
  ends: number[]
}

// Words that open a noun phrase: after them a mostly-verb word ("the meeting") is a noun.
const DETERMINERS = new Set('the a an this that these those its his her their our my your whose each every no any some'.split(' '))
// Capitalised stop words that may sit inside a name ("New York", "First Lady", "Last Supper").
const NAME_STOPWORDS = new Set('new first last general united north south east west great upper lower'.split(' '))
const JOINER = /^[\s'’-]*$/

/**
 * Splits tokenized text into noun-phrase chunks: maximal runs of nouns, names, adjectives and
 * numbers, ending on a noun or name. Words of the headline (`[0, headlineEnd)`), usually in Title
 * Case, are named only when the body also capitalises them mid-sentence.
 *
 * @example
 * chunkPhrases(tokenize('The oil spill spread across Prince William Sound.'), 0)
 * // chunks for "oil spill" and "Prince William Sound"
 */
export function chunkPhrases(tokens: Tokens, headlineEnd: number): Chunk[] {
  const { words, text, sentences } = tokens
  // Words capitalised somewhere other than at a sentence start are names wherever they appear.
  const namedMidSentence = new Set<string>()
  for (const s of sentences) {
    for (let i = s.firstWord + 1; i < s.endWord; i++) {
      if (i >= headlineEnd && isCapitalised(words[i].text)) namedMidSentence.add(words[i].lower.replace(/['’]s$/, ''))
    }
  }

  const chunks: Chunk[] = []
  let current: Chunk = { words: [], kinds: [], lowers: [], ends: [] }
  const close = () => {
    // A phrase ends on its head: drop trailing adjectives and numbers.
    let n = current.kinds.length
    while (n > 0 && (current.kinds[n - 1] === 'A' || current.kinds[n - 1] === 'D')) n--
    if (n > 0) chunks.push({ words: current.words.slice(0, n), kinds: current.kinds.slice(0, n), lowers: current.lowers.slice(0, n), ends: current.ends.slice(0, n) })
    current = { words: [], kinds: [], lowers: [], ends: [] }
  }

  for (const s of sentences) {
    for (let i = s.firstWord; i < s.endWord; i++) {
      const word = words[i]
      if (current.words.length > 0 && !JOINER.test(text.slice(words[i - 1].end, word.start))) close()
      // A possessive closes its own phrase: "Slovenia's military command" is two phrases.
      const possessive = /['’]s$/.test(word.lower)
      const lower = possessive ? word.lower.slice(0, -2) : word.lower
      const info = wordInfo(lower)
      const capitalised = isCapitalised(word.text)
      const named = capitalised && (i >= headlineEnd && i !== s.firstWord ? true : namedMidSentence.has(lower) || (info.zipf <= 3 && info.cls !== 'S'))
      let kind: Chunk['kinds'][number] | null = null
      if (named && (info.cls !== 'S' || (NAME_STOPWORDS.has(word.lower) && isCapitalised(words[i + 1]?.text ?? '') && i + 1 < s.endWord))) kind = 'P'
      else kind = kindOf(info.cls, current.kinds.length > 0 || DETERMINERS.has(words[i - 1]?.lower ?? ''), lower)
      if (kind === null || !/\p{L}|\d/u.test(word.text) || (lower.length < 2 && kind !== 'P')) {
        close()
        continue
      }
      current.words.push(i)
      current.kinds.push(kind)
      current.lowers.push(lower)
      current.ends.push(possessive ? word.end - 2 : word.end)
      if (possessive) close()
    }
    close()
  }
  return chunks
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

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}

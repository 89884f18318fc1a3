/**
 * @module
 * Lexemes: one shared record per distinct spelling, made by the tokenizer and referenced from
 * every token of that spelling, in every article of the process. The analyses cache their
 * per-word facts on it (syllables, stem, topic cues, language votes), so a token costs one hash
 * lookup in the tokenizer instead of one map lookup per analysis.
 */
import type { LanguageCue } from '../language'
import type { WordFacts } from '../readability/counts'
import type { TopicWord } from '../tags/topics'
import type { TagWord } from '../tags/word-info'

/** A distinct spelling and the facts the analyses have cached on it so far. */
export interface Lexeme {
  /** The word as written. */
  readonly text: string
  /** Lower-cased form (one shared string per spelling). */
  readonly lower: string
  /**
   * For the tokenizer, when the spelling is followed by a period: `1` the period is part of the
   * word (an abbreviation or initial), `2` only before a number ("No. 5"), `0` it ends the word.
   */
  periodAfter: 0 | 1 | 2 | undefined
  /** Readability counts for the language in `factsLanguage` (readability/counts.ts). */
  facts: WordFacts | undefined
  factsLanguage: string | undefined
  /** The taggers' facts (tags/word-info.ts). */
  tag: TagWord | undefined
  /** The word resolved against the topic cues (tags/topics.ts). */
  topic: TopicWord | undefined
  /** What the word tells the language detector (language.ts). */
  language: LanguageCue | undefined
}

// Open addressing over a power-of-two table; keys are compared by code units in place, so a
// repeated word costs no substring and no string hashing.
let table = emptyTable(1 << 12)
let mask = table.length - 1
let size = 0
const MAX_SIZE = 100_000

function emptyTable(length: number): (Lexeme | undefined)[] {
  return new Array<Lexeme | undefined>(length).fill(undefined)
}

function newLexeme(text: string): Lexeme {
  return {
    text,
    lower: text.toLowerCase(),
    periodAfter: undefined,
    facts: undefined,
    factsLanguage: undefined,
    tag: undefined,
    topic: undefined,
    language: undefined,
  }
}

function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

function sameRange(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}

/**
 * The lexeme spelled `text[start, end)`, made on first sight.
 *
 * @example
 * lexemeAt('The cat', 4, 7) === lexemeAt('cat', 0, 3) // true
 */
export function lexemeAt(text: string, start: number, end: number): Lexeme {
  let i = hashRange(text, start, end) & mask
  for (;;) {
    const found = table[i]
    if (found === undefined) break
    if (sameRange(found.text, text, start, end)) return found
    i = (i + 1) & mask
  }
  if (size >= MAX_SIZE) {
    // A long-lived process meets ever new words: start afresh rather than grow without bound.
    table = emptyTable(1 << 12)
    mask = table.length - 1
    size = 0
    return lexemeAt(text, start, end)
  }
  const lexeme = newLexeme(text.slice(start, end))
  table[i] = lexeme
  if (++size * 2 > table.length) grow()
  return lexeme
}

/** The lexeme of a whole string. */
export function lexemeOf(word: string): Lexeme {
  return lexemeAt(word, 0, word.length)
}

function grow(): void {
  const old = table
  table = emptyTable(old.length * 2)
  mask = table.length - 1
  for (const lexeme of old) {
    if (lexeme === undefined) continue
    let i = hashRange(lexeme.text, 0, lexeme.text.length) & mask
    while (table[i] !== undefined) i = (i + 1) & mask
    table[i] = lexeme
  }
}

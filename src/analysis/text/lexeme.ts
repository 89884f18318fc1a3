/**
 * @module
 * Lexemes: one shared record per distinct spelling, made by the tokenizer and referenced from
 * every token of that spelling, in every article of the process. The analyses cache their
 * per-word facts on it (syllables, stem, topic cues, language votes), so a token costs one hash
 * lookup in the tokenizer instead of one map lookup per analysis.
 */
import type { LanguageCue } from '../language'
import type { WordFacts } from '../readability/counts'
import type { HintBits } from '../stance/detect'
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
  /** Whether the word holds a stance cue (`2`), may start one (`1`) or neither (`0`) (stance/index.ts). */
  stanceCue: 0 | 1 | 2 | undefined
  /** Which stance rule hints the word may satisfy (stance/detect.ts). */
  stanceHints: HintBits | undefined
}

// Open addressing over power-of-two tables: the hash of each slot's spelling (0 for an empty
// slot) beside the lexeme, so a probe reads only the dense hash array until a hash matches, and
// spellings are compared by code units in place: a repeated word costs no substring.
const INITIAL_SLOTS = 1 << 12
const MAX_SIZE = 100_000
let hashes = new Int32Array(INITIAL_SLOTS)
let slots = emptySlots(INITIAL_SLOTS)
let mask = INITIAL_SLOTS - 1
let size = 0

function emptySlots(length: number): (Lexeme | undefined)[] {
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
    stanceCue: undefined,
    stanceHints: undefined,
  }
}

/**
 * The spelling hash is FNV-1a over the code units: start from {@link HASH_START}, fold in each unit
 * with {@link hashUnit}, and pass the state to {@link lexemeOfHash}. The tokenizer's scanner reads
 * every unit of a word anyway, so it hashes on the way instead of in a second pass.
 */
export const HASH_START = 0x811c9dc5

/** One step of the spelling hash: `state` with the code unit `unit` folded in. */
export function hashUnit(state: number, unit: number): number {
  return Math.imul(state ^ unit, 16777619)
}

/** A final mix so the low bits (the slot) depend on every unit; never 0, which marks an empty slot. */
function finishHash(state: number): number {
  let h = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d)
  h ^= h >>> 13
  return h === 0 ? 1 : h
}

function sameRange(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}

/**
 * The lexeme spelled `text[start, end)`, made on first sight. `state` is the spelling hash state
 * after every code unit of the spelling: the tokenizer hashes each word as it scans it.
 *
 * @example
 * const hashOf = (s: string) => [...s].reduce((h, c) => hashUnit(h, c.charCodeAt(0)), HASH_START)
 * lexemeOfHash('The cat', 4, 7, hashOf('cat')) === lexemeOfHash('cat', 0, 3, hashOf('cat')) // true
 */
export function lexemeOfHash(text: string, start: number, end: number, state: number): Lexeme {
  const hash = finishHash(state)
  let i = hash & mask
  for (let h = hashes[i]; h !== 0; h = hashes[i]) {
    if (h === hash) {
      const found = slots[i]!
      if (sameRange(found.text, text, start, end)) return found
    }
    i = (i + 1) & mask
  }
  if (size >= MAX_SIZE) {
    // A long-lived process meets ever new words: start afresh rather than grow without bound.
    resize(INITIAL_SLOTS, false)
    return lexemeOfHash(text, start, end, state)
  }
  const lexeme = newLexeme(ownCopy(text, start, end))
  hashes[i] = hash
  slots[i] = lexeme
  // At most a quarter full, so probe runs stay short.
  if (++size * 4 > slots.length) resize(slots.length * 2, true)
  return lexeme
}

/**
 * `text[start, end)` as a string of its own. V8 makes a slice of 13 or more code units a view into
 * the sliced string, and the table keeps its words for the life of the process: a long word must
 * not keep alive the whole article it was first seen in.
 */
function ownCopy(text: string, start: number, end: number): string {
  const slice = text.slice(start, end)
  // Joining the characters builds a new flat string (rarely: only a new spelling gets here).
  return slice.length < 13 ? slice : [...slice].join('')
}

function resize(length: number, keep: boolean): void {
  const oldHashes = hashes
  const oldSlots = slots
  hashes = new Int32Array(length)
  slots = emptySlots(length)
  mask = length - 1
  size = 0
  if (!keep) return
  for (let j = 0; j < oldSlots.length; j++) {
    if (oldHashes[j] === 0) continue
    let i = oldHashes[j] & mask
    while (hashes[i] !== 0) i = (i + 1) & mask
    hashes[i] = oldHashes[j]
    slots[i] = oldSlots[j]
    size++
  }
}

/**
 * @module
 * Lexemes: one shared record per distinct spelling, made by the tokenizer and referenced from
 * every token of that spelling, in every article of the process. Each analysis keeps what it
 * learns about a spelling (syllables, stem, topic cues, language votes) in a {@link LexemeCache}
 * of its own, an array indexed by the lexeme's number, so a token costs one hash probe in the
 * tokenizer and one array read per analysis, and this layer knows nothing of the analyses.
 */
import { registerCache, type CacheInfo } from '../cache'
import { FNV_OFFSET_BASIS, fnv1aStep } from '../hash'
import type { Lexeme } from './types'

/**
 * Per-lexeme facts owned by one analysis, emptied with its {@link LexemeTable}. Lexemes of an
 * emptied table (still held by a tokenization made before) are simply not cached.
 *
 * @example
 * const syllables = lexemes.cache<number>('readability.syllables')
 * syllables.get(word.lexeme) ?? syllables.set(word.lexeme, countSyllables(word.lower))
 */
export class LexemeCache<T> {
  private values: (T | undefined)[] = []
  /** The number of the table's first lexeme since it was last emptied. */
  private base = 0

  constructor(readonly name: string) {}

  get(lexeme: Lexeme): T | undefined {
    const at = lexeme.id - this.base
    return at >= 0 && at < this.values.length ? this.values[at] : undefined
  }

  /** Stores `value` for `lexeme` and returns it. */
  set(lexeme: Lexeme, value: T): T {
    const at = lexeme.id - this.base
    if (at < 0) return value
    const values = this.values
    // Lexemes are numbered in order of first sight, so the array grows densely (no holes).
    while (values.length <= at) values.push(undefined)
    values[at] = value
    return value
  }

  /** Forgets every value; lexemes numbered from `base` on are the table's from now. */
  reset(base: number): void {
    this.values = []
    this.base = base
  }
}

// A final mix so the low bits (the slot) depend on every unit; never 0, which marks an empty slot.
function finishHash(state: number): number {
  let h = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d)
  h ^= h >>> 13
  return h === 0 ? 1 : h
}

function sameRange(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  }
  return true
}

/**
 * `text[start, end)` as a string of its own. V8 makes a slice of 13 or more code units a view into
 * the sliced string, and the table keeps its words across articles: a long word must not keep
 * alive the whole article it was first seen in.
 */
function ownCopy(text: string, start: number, end: number): string {
  const slice = text.slice(start, end)
  // Joining the characters builds a new flat string (rarely: only a new spelling gets here).
  return slice.length < 13 ? slice : [...slice].join('')
}

const INITIAL_SLOTS = 1 << 12

/**
 * The lexemes of the process: open addressing over power-of-two tables, the hash of each slot's
 * spelling (0 for an empty slot) beside the lexeme, so a probe reads only the dense hash array
 * until a hash matches, and spellings are compared by code units in place (a repeated word costs
 * no substring). When it reaches `maxSize` it starts afresh, and so do the caches made by
 * {@link LexemeTable.cache}.
 */
export class LexemeTable implements CacheInfo {
  private hashes = new Int32Array(INITIAL_SLOTS)
  private slots: (Lexeme | undefined)[] = emptySlots(INITIAL_SLOTS)
  private mask = INITIAL_SLOTS - 1
  private count = 0
  /** The next lexeme's number: numbers are never reused, even after the table is emptied. */
  private nextId = 0
  private readonly caches: LexemeCache<unknown>[] = []

  constructor(
    readonly name: string,
    readonly maxSize: number,
  ) {}

  get size(): number {
    return this.count
  }

  /** A per-lexeme cache for one analysis, emptied whenever this table is. */
  cache<T>(name: string): LexemeCache<T> {
    const cache = new LexemeCache<T>(name)
    cache.reset(this.nextId - this.count)
    this.caches.push(cache as LexemeCache<unknown>)
    return cache
  }

  /**
   * The lexeme spelled `text[start, end)`, made on first sight. `state` is the spelling hash
   * state after every code unit of the spelling ({@link SPELLING_HASH_START}, then
   * {@link spellingHashStep} per unit): the tokenizer hashes each word as it scans it.
   *
   * @example
   * const hashOf = (s: string) => [...s].reduce((h, c) => spellingHashStep(h, c.charCodeAt(0)), SPELLING_HASH_START)
   * lexemes.of('The cat', 4, 7, hashOf('cat')) === lexemes.of('cat', 0, 3, hashOf('cat')) // true
   */
  of(text: string, start: number, end: number, state: number): Lexeme {
    const hash = finishHash(state)
    const { hashes, slots, mask } = this
    let i = hash & mask
    for (let h = hashes[i]; h !== 0; h = hashes[i]) {
      if (h === hash) {
        const found = slots[i]!
        if (sameRange(found.text, text, start, end)) return found
      }
      i = (i + 1) & mask
    }
    if (this.count >= this.maxSize) {
      // A long-lived process meets ever new words: start afresh rather than grow without bound.
      this.clear()
      return this.of(text, start, end, state)
    }
    const spelling = ownCopy(text, start, end)
    const lexeme: Lexeme = {
      id: this.nextId++,
      text: spelling,
      lower: spelling.toLowerCase(),
      periodAfter: undefined,
    }
    hashes[i] = hash
    slots[i] = lexeme
    // At most a quarter full, so probe runs stay short.
    if (++this.count * 4 > slots.length) this.grow()
    return lexeme
  }

  clear(): void {
    this.hashes = new Int32Array(INITIAL_SLOTS)
    this.slots = emptySlots(INITIAL_SLOTS)
    this.mask = INITIAL_SLOTS - 1
    this.count = 0
    for (const cache of this.caches) cache.reset(this.nextId)
  }

  private grow(): void {
    const oldHashes = this.hashes
    const oldSlots = this.slots
    const length = oldSlots.length * 2
    this.hashes = new Int32Array(length)
    this.slots = emptySlots(length)
    this.mask = length - 1
    for (let j = 0; j < oldSlots.length; j++) {
      if (oldHashes[j] === 0) continue
      let i = oldHashes[j] & this.mask
      while (this.hashes[i] !== 0) i = (i + 1) & this.mask
      this.hashes[i] = oldHashes[j]
      this.slots[i] = oldSlots[j]
    }
  }
}

function emptySlots(length: number): (Lexeme | undefined)[] {
  return new Array<Lexeme | undefined>(length).fill(undefined)
}

/** The spelling hash is FNV-1a over the code units (hash.ts), started here... */
export const SPELLING_HASH_START = FNV_OFFSET_BASIS

/** ...and fed one code unit at a time. */
export const spellingHashStep = fnv1aStep

/** The process's one lexeme table, made by the tokenizer and read by every analysis. */
export const lexemes = registerCache(new LexemeTable('text.lexemes', 100_000))

/**
 * @module
 * The candidate phrases of one article for the keyphrase scorer: a trie over article-local stem
 * numbers whose nodes are the phrases, with every tally in typed-array columns indexed by node. A
 * long article has thousands of sub-phrases; here each costs a few array slots rather than
 * objects and maps of its own, finding a phrase hashes two integers, and one table serves every
 * article.
 */

import { stemMarks, type StemMark } from './stem-marks'
import type { WordInfo } from './word-info'

/** No node: the parent of a one-word phrase, or a phrase not found. */
export const NONE = -1

// Node flags.
export const CANDIDATE = 1
export const NAME = 2
export const ALIAS = 4
export const MERGED = 8

export class PhraseTable {
  /** The stems in order of first sight: a stem's number is its index here. */
  readonly stems: string[] = []
  /** This article's number, unique in the process: stem marks of other articles are stale. */
  private article = stemMarks.startArticle()
  /** Per stem number: how many chunk words have that stem (its in-document frequency). */
  stemWords!: Int32Array
  /** Per stem number: 1 for a headline stem (set by the caller). */
  stemInTitle!: Uint8Array
  /** Per token: the stem number of a chunk word (set by the caller). */
  tokenStem = new Int32Array(0)

  /** How many nodes are in use. */
  size = 0
  /** The node one word shorter (`NONE` for one word and for aliases) and the last word's stem number. */
  parent!: Int32Array
  lastStem!: Int32Array
  /** Words in the phrase. */
  length!: Uint8Array
  /** {@link CANDIDATE}, {@link NAME}, {@link ALIAS}, {@link MERGED}. */
  flags!: Uint8Array
  /** Occurrences, and those outside the headline. */
  count!: Int32Array
  bodyCount!: Int32Array
  /**
   * Occurrences that are a whole name run ("Hurricane Hugo" in "path Hurricane Hugo"), those of
   * them outside the headline, and their share of {@link early}: a surname folded into its full
   * name brings only these, not its occurrences inside that name.
   */
  wholeNameCount!: Int32Array
  wholeNameBodyCount!: Int32Array
  wholeNameEarly!: Float64Array
  /** Sum over occurrences of 1 / (1 + sentence index): early and repeated mentions count most. */
  early!: Float64Array
  /** The highest count of a one-word-longer phrase containing this one (0 when none). */
  outer!: Int32Array
  /** Offset and sentence of the first occurrence. */
  start!: Int32Array
  firstSentence!: Int32Array
  /**
   * Token index of the first word of the first occurrence (a chunk's words are consecutive
   * tokens): the rarity in English of the words from there weighs the score.
   */
  firstToken!: Int32Array
  /** First and last occurrence, a list through {@link occurrenceNext}. */
  firstOccurrence!: Int32Array
  lastOccurrence!: Int32Array

  /** Occurrences: text range, whether outside the headline, and the same phrase's next one. */
  occurrences = 0
  occurrenceStart!: Int32Array
  occurrenceEnd!: Int32Array
  occurrenceInBody!: Uint8Array
  occurrenceNext!: Int32Array

  // Trie edges by open addressing: slot -> node + 1 (0 empty); a node's own parent and last
  // stem are its key, and `edgeSlot` its slot (NONE for an alias), so that a reset clears only those.
  private edges!: Int32Array
  private edgeMask!: number
  private edgeSlot!: Int32Array

  /** A table for `subphrases` sub-phrases: at most one trie node and one occurrence each. */
  constructor(subphrases: number) {
    this.allocate(subphrases + 16)
  }

  /**
   * Empties the table for another article of `subphrases` sub-phrases, clearing only what the last
   * one used. The columns are kept when large enough, so a request allocates none; only columns
   * left far too large by a very long article are given up.
   */
  reset(subphrases: number, tokens: number): void {
    if (this.tokenStem.length < tokens || tooLarge(this.tokenStem.length, tokens))
      this.tokenStem = new Int32Array(tokens)
    const nodes = subphrases + 16
    if (
      this.parent.length < nodes ||
      this.edges.length < 2 * nodes ||
      tooLarge(this.parent.length, nodes)
    )
      this.allocate(nodes)
    else {
      for (let node = 0; node < this.size; node++)
        if (this.edgeSlot[node] !== NONE) this.edges[this.edgeSlot[node]] = 0
      // Only the tallies are read before they are written.
      for (const column of [
        this.flags,
        this.count,
        this.bodyCount,
        this.wholeNameCount,
        this.wholeNameBodyCount,
        this.outer,
        this.early,
        this.wholeNameEarly,
      ])
        column.fill(0, 0, this.size)
      this.stemWords.fill(0, 0, this.stems.length)
      this.stemInTitle.fill(0, 0, this.stems.length)
    }
    this.size = 0
    this.occurrences = 0
    this.stems.length = 0
    this.article = stemMarks.startArticle()
  }

  /** The length of the node columns now allocated. */
  get columnLength(): number {
    return this.parent.length
  }

  private allocate(nodes: number): void {
    this.stemWords = new Int32Array(nodes)
    this.stemInTitle = new Uint8Array(nodes)
    this.parent = new Int32Array(nodes)
    this.edgeSlot = new Int32Array(nodes)
    this.lastStem = new Int32Array(nodes)
    this.length = new Uint8Array(nodes)
    this.flags = new Uint8Array(nodes)
    this.count = new Int32Array(nodes)
    this.bodyCount = new Int32Array(nodes)
    this.wholeNameCount = new Int32Array(nodes)
    this.wholeNameBodyCount = new Int32Array(nodes)
    this.outer = new Int32Array(nodes)
    this.start = new Int32Array(nodes)
    this.firstSentence = new Int32Array(nodes)
    this.firstToken = new Int32Array(nodes)
    this.early = new Float64Array(nodes)
    this.wholeNameEarly = new Float64Array(nodes)
    this.firstOccurrence = new Int32Array(nodes)
    this.lastOccurrence = new Int32Array(nodes)
    this.occurrenceStart = new Int32Array(nodes)
    this.occurrenceEnd = new Int32Array(nodes)
    this.occurrenceInBody = new Uint8Array(nodes)
    this.occurrenceNext = new Int32Array(nodes)
    // At most half full.
    let slots = 16
    while (slots < 2 * nodes) slots *= 2
    this.edges = new Int32Array(slots)
    this.edgeMask = slots - 1
  }

  /** The number of a stem, or undefined when no chunk word has it. */
  numberOf(stem: string): number | undefined {
    const mark = stemMarks.find(stem)
    return mark && mark.article === this.article ? mark.number : undefined
  }

  /** The number of a word's stem, given on first sight. */
  stemNumberOf(info: WordInfo): number {
    return this.number(stemMarks.ofWord(info))
  }

  /** The number of a stem, given on first sight. */
  stemNumber(stem: string): number {
    return this.number(stemMarks.of(stem))
  }

  private number(mark: StemMark): number {
    if (mark.article !== this.article) {
      mark.article = this.article
      mark.number = this.stems.length
      this.stems.push(mark.stem)
      if (mark.number >= this.stemWords.length) {
        this.stemWords = grown(this.stemWords, 2 * mark.number)
        this.stemInTitle = grown(this.stemInTitle, 2 * mark.number)
      }
    }
    return mark.number
  }

  /** The phrase `parent` + one word of stem `stem`, or {@link NONE}. */
  find(parent: number, stem: number): number {
    for (let i = edgeHash(parent, stem) & this.edgeMask; ; i = (i + 1) & this.edgeMask) {
      const node = this.edges[i] - 1
      if (node === NONE || (this.parent[node] === parent && this.lastStem[node] === stem))
        return node
    }
  }

  /** The phrase `parent` + one word of stem `stem`, made on first sight. */
  child(parent: number, stem: number): number {
    let i = edgeHash(parent, stem) & this.edgeMask
    for (; ; i = (i + 1) & this.edgeMask) {
      const node = this.edges[i] - 1
      if (node === NONE) break
      if (this.parent[node] === parent && this.lastStem[node] === stem) return node
    }
    const node = this.add(parent, stem, parent === NONE ? 1 : this.length[parent] + 1)
    this.edges[i] = node + 1
    this.edgeSlot[node] = i
    return node
  }

  /** A node outside the trie: an alias, which stands for its words under one key ("=United States"). */
  alias(key: string): number {
    return this.add(NONE, this.stemNumber(key), 1)
  }

  /** Writes the stem numbers of a phrase, first word first, into `out` and returns it. */
  stemsInto(node: number, out: Int32Array): Int32Array {
    for (let k = this.length[node] - 1; k >= 0; k--, node = this.parent[node])
      out[k] = this.lastStem[node]
    return out
  }

  /** Appends an occurrence `text[start, end)` to a candidate's list. */
  addOccurrence(node: number, start: number, end: number, inBody: boolean): void {
    if (this.occurrences === this.occurrenceNext.length) this.growOccurrences()
    const o = this.occurrences++
    this.occurrenceStart[o] = start
    this.occurrenceEnd[o] = end
    this.occurrenceInBody[o] = inBody ? 1 : 0
    this.occurrenceNext[o] = NONE
    if (this.flags[node] & CANDIDATE) this.occurrenceNext[this.lastOccurrence[node]] = o
    else this.firstOccurrence[node] = o
    this.lastOccurrence[node] = o
  }

  private add(parent: number, stem: number, length: number): number {
    if (this.size === this.parent.length) this.growNodes()
    const node = this.size++
    this.parent[node] = parent
    this.edgeSlot[node] = NONE
    this.lastStem[node] = stem
    this.length[node] = length
    return node
  }

  private growNodes(): void {
    const n = 2 * this.parent.length
    this.parent = grown(this.parent, n)
    this.edgeSlot = grown(this.edgeSlot, n)
    this.lastStem = grown(this.lastStem, n)
    this.length = grown(this.length, n)
    this.flags = grown(this.flags, n)
    this.count = grown(this.count, n)
    this.bodyCount = grown(this.bodyCount, n)
    this.wholeNameCount = grown(this.wholeNameCount, n)
    this.wholeNameBodyCount = grown(this.wholeNameBodyCount, n)
    this.outer = grown(this.outer, n)
    this.start = grown(this.start, n)
    this.firstSentence = grown(this.firstSentence, n)
    this.firstToken = grown(this.firstToken, n)
    this.early = grown(this.early, n)
    this.wholeNameEarly = grown(this.wholeNameEarly, n)
    this.firstOccurrence = grown(this.firstOccurrence, n)
    this.lastOccurrence = grown(this.lastOccurrence, n)
  }

  private growOccurrences(): void {
    const n = 2 * this.occurrenceNext.length
    this.occurrenceStart = grown(this.occurrenceStart, n)
    this.occurrenceEnd = grown(this.occurrenceEnd, n)
    this.occurrenceInBody = grown(this.occurrenceInBody, n)
    this.occurrenceNext = grown(this.occurrenceNext, n)
  }
}

/** Whether a column of `length` slots is far larger than the `needed` ones (and large at all). */
/** Column length a table keeps from article to article, whatever the article needs. */
export const KEPT_COLUMN_LENGTH = 65_536

function tooLarge(length: number, needed: number): boolean {
  return length > KEPT_COLUMN_LENGTH && length > 8 * needed
}

function edgeHash(parent: number, stem: number): number {
  const h = Math.imul(parent + 1, 0x9e3779b1) ^ Math.imul(stem, 0x85ebca6b)
  return h ^ (h >>> 15)
}

function grown<T extends Int32Array | Uint8Array | Float64Array>(column: T, length: number): T {
  const bigger = new (column.constructor as new (n: number) => T)(length)
  bigger.set(column)
  return bigger
}

/**
 * @module
 * The shapes of the one tokenization every analysis shares: words, sentences, paragraphs and the
 * lexeme each word points to. This module imports nothing, so every layer can use it.
 */

/** A half-open character range `[start, end)` into `clean.text`. */
export interface Span {
  start: number
  end: number
}

/**
 * One distinct spelling, shared by every token so spelled (text/lexeme.ts makes them). The
 * analyses keep their per-word facts in caches of their own keyed by it ({@link LexemeCache} in
 * lexeme.ts), so a token costs one lookup per analysis and this layer knows nothing of them.
 */
export interface Lexeme {
  /** Unique in the process and never reused: the key of the per-analysis caches. */
  readonly id: number
  /** The word as written. */
  readonly text: string
  /** Lower-cased form (one shared string per spelling). */
  readonly lower: string
  /**
   * For the tokenizer, when the spelling is followed by a period: `1` the period is part of the
   * word (an abbreviation or initial), `2` only before a number ("No. 5"), `0` it ends the word.
   */
  periodAfter: 0 | 1 | 2 | undefined
}

/** One word token with its place in the text. */
export interface Word extends Span {
  /** The word as written. */
  text: string
  /** Lower-cased form, used for lookups and memo keys. */
  lower: string
  /** Index of the sentence holding this word. */
  sentence: number
  /** The record shared by every token of this spelling (see lexeme.ts). */
  lexeme: Lexeme
}

export interface Sentence extends Span {
  /** Index of the paragraph holding this sentence. */
  paragraph: number
  /** Index of the first word of this sentence in `Tokens.words`. */
  firstWord: number
  /** One past the index of the last word. */
  endWord: number
}

export interface Paragraph extends Span {
  firstSentence: number
  endSentence: number
}

/** The single tokenization every analysis shares. */
export interface Tokens {
  text: string
  paragraphs: Paragraph[]
  sentences: Sentence[]
  words: Word[]
}

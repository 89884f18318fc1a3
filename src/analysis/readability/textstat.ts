/**
 * @module
 * `compat: 'textstat'`: Python textstat 0.7.11's numbers, reproduced with its own counting
 * conventions rather than ours, so a newsroom can compare against tools built on it.
 *
 * textstat (MIT) was read for its behaviour, not copied; what it does, in short:
 * - punctuation is deleted, apostrophes survive only before t/s/d/ve/ll/re ("don't", not "'This"),
 *   hyphens vanish ("well-balanced" is one word "wellbalanced"); words are whitespace-split;
 * - sentences are regex matches of `\b[^.!?]+[.!?]*`, minus those of 2 words or fewer;
 * - syllables come from the CMU dictionary's first pronunciation (here: our CMU-derived table
 *   and rules) for listed words, hyphenation points + 1 for every other word (names, numbers,
 *   words joined by a deleted hyphen or curly apostrophe); see {@link textstatSyllables};
 * - Coleman-Liau uses 0.058, ARI counts punctuation as characters, Fog's and Dale-Chall's hard
 *   words are tokens missing from the easy-word list, the consensus is a vote; nothing is rounded.
 */
import { daleChall as DALE_CHALL } from 'dale-chall'
import { bloomReader } from './bloom'
import { CMU_WORDS_UNLIKE_HYPHENATION } from './cmu-words-unlike-hyphenation'
import { hyphenationSyllables } from './hyphenation'
import { countSyllables, listedSyllables } from './syllables'

const EASY = new Set(DALE_CHALL)

/** Every score textstat reports by default, under textstat's own field semantics. */
export interface TextstatScores {
  fleschReadingEase: number
  fleschKincaidGrade: number
  gunningFog: number
  smog: number
  colemanLiau: number
  automatedReadabilityIndex: number
  daleChall: number
  linsearWrite: number
  spache: number
  lix: number
  rix: number
  consensusGrade: number
  /** Seconds at 14.69 ms per non-whitespace character, textstat's `reading_time`. */
  readingTimeSeconds: number
  counts: TextstatCounts
}

export interface TextstatCounts {
  words: number
  sentences: number
  syllables: number
  letters: number
  characters: number
  polysyllables: number
  monosyllables: number
  difficultWords: number
  longWords: number
}

// Python's `\w` for str: letters, digits and underscore in any script.
const NOT_WORD_OR_SPACE = /[^\p{L}\p{N}_\s]/gu
const NOT_WORD_SPACE_OR_APOSTROPHE = /[^\p{L}\p{N}_\s']/gu
// An apostrophe survives only as a contraction: before t, s, d, ve, ll or re ending a word.
const LONE_APOSTROPHE = /'(?!(?:[tsd]|ve|ll|re)(?![\p{L}\p{N}_]))/gu
const SPACE = /\s+/u

/** textstat's `remove_punctuation(text, rm_apostrophe=False)`. */
export function removePunctuation(text: string): string {
  return text.replace(LONE_APOSTROPHE, '').replace(NOT_WORD_SPACE_OR_APOSTROPHE, '')
}

function splitWords(text: string): string[] {
  const out = text.split(SPACE)
  if (out.length && out[0] === '') out.shift()
  if (out.length && out[out.length - 1] === '') out.pop()
  return out
}

/** textstat's `lexicon_count(text)`: words after punctuation removal. */
export function lexiconCount(text: string): number {
  return splitWords(removePunctuation(text)).length
}

// `\b[^.!?]+[.!?]*` with Python's Unicode word boundary.
const SENTENCE =
  /(?:(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_]))[^.!?]+[.!?]*/gu

/** textstat's `sentence_count`: regex fragments, ignoring those of at most two words; 0 for no text. */
export function sentenceCount(text: string): number {
  let n = 0
  let ignored = 0
  for (const m of text.matchAll(SENTENCE)) {
    n++
    if (lexiconCount(m[0]) <= 2) ignored++
  }
  if (n === 0) return text.trim() ? 1 : 0
  return Math.max(1, n - ignored)
}

/**
 * Syllables of one lower-cased, punctuation-free word as textstat counts them: the CMU first
 * pronunciation where CMU lists the word (our CMU-derived table and rules), else hyphenation
 * points + 1. `joined` marks a word textstat made by deleting a hyphen or slash
 * ("singer-songwriter" to "singersongwriter"): CMU lists no such compounds, so these, and tokens
 * with digits or "_" (never CMU headwords), take the hyphenation route.
 */
export type SyllableCounter = (lowerWord: string, joined: boolean) => number

let unlikeHyphenation: ((word: string) => boolean) | undefined

/**
 * textstat's count for one word: the CMU dictionary's when the word is listed, else hyphenation
 * points + 1. We cannot ship the list itself, but a listed word only needs recognising when its
 * count differs from its hyphenation count, and those words are in a Bloom filter: for every
 * other word, hyphenation gives textstat's number whether or not CMU lists it.
 */
export const textstatSyllables: SyllableCounter = (word, joined) => {
  if (joined || /[\d_]/.test(word)) {
    if (joined && listedSyllables(word) !== undefined) return listedSyllables(word)!
    return hyphenationSyllables(word, 'en')
  }
  unlikeHyphenation ??= bloomReader(CMU_WORDS_UNLIKE_HYPHENATION)
  return unlikeHyphenation(word) ? countSyllables(word) : hyphenationSyllables(word, 'en')
}

// A hyphen, dash or slash between word characters: deleting it joins two words into one.
const JOINER = /[\p{L}\p{N}_][-‐‑–—/]+[\p{L}\p{N}_]/u

/** Syllables of a stretch of raw text (textstat's `syllable_count`). */
function syllablesOfToken(token: string, count: SyllableCounter): number {
  const word = removePunctuation(token.toLowerCase()).trim()
  return word ? count(word, JOINER.test(token)) : 0
}

/**
 * Scores a text exactly as textstat 0.7.11 does (English).
 *
 * @example
 * textstatScores('Cool dogs wear da sunglasses.').fleschReadingEase // 83.32
 */
export function textstatScores(
  text: string,
  syllableCounter: SyllableCounter = textstatSyllables,
): TextstatScores {
  // Deleting punctuation never merges or splits whitespace tokens, so each raw token is one word
  // or none: walking raw tokens keeps track of which words were joined at a hyphen.
  const rawTokens = splitWords(text)
  let wordCount = 0
  const sentences = sentenceCount(text)
  const characters = text.replace(/\s/gu, '').length
  const letters = characters ? text.replace(/\s/gu, '').replace(NOT_WORD_OR_SPACE, '').length : 0

  let syllables = 0
  let poly = 0
  let mono = 0
  let difficult = 0
  let complex = 0
  let difficult2 = 0
  let long = 0
  for (const token of rawTokens) {
    const word = removePunctuation(token)
    if (!word) continue
    wordCount++
    const lower = word.toLowerCase()
    const s = syllableCounter(lower, JOINER.test(token))
    syllables += s
    if (s >= 3) poly++
    if (s === 1) mono++
    if (!EASY.has(lower)) {
      difficult++
      if (s >= 2) difficult2++
      if (s >= 3) complex++
    }
    // Long words are counted with apostrophes removed ("There's" is 6 letters).
    if (word.length > 6 && word.replace(/'/g, '').length > 6) long++
  }

  const zero = wordCount === 0 || sentences === 0
  const asl = zero ? 0 : wordCount / sentences
  const asw = zero ? 0 : syllables / wordCount
  const fre = zero ? 0 : 206.835 - 1.015 * asl - 84.6 * asw
  const fk = zero ? 0 : 0.39 * asl + 11.8 * asw - 15.59
  const fog = zero ? 0 : 0.4 * (asl + 100 * (complex / wordCount))
  const smog = zero ? 0 : 1.043 * Math.sqrt(poly * (30 / sentences)) + 3.1291
  const cli = zero
    ? 0
    : 0.058 * ((letters / wordCount) * 100) - 0.296 * ((sentences / wordCount) * 100) - 15.8
  const ari = zero ? 0 : 4.71 * (characters / rawTokens.length) + 0.5 * asl - 21.43
  const pdw = zero ? 0 : (difficult / wordCount) * 100
  const dc = zero ? 0 : 0.1579 * pdw + 0.0496 * asl + (pdw > 5 ? 3.6365 : 0)
  const spache = zero ? 0 : 0.141 * asl + 0.086 * ((difficult2 / wordCount) * 100) + 0.839
  const lix = zero ? 0 : asl + (long * 100) / wordCount
  const rix = zero ? 0 : long / sentences
  const linsear = linsearWrite(text, syllableCounter)

  return {
    fleschReadingEase: fre,
    fleschKincaidGrade: fk,
    gunningFog: fog,
    smog,
    colemanLiau: cli,
    automatedReadabilityIndex: ari,
    daleChall: dc,
    linsearWrite: linsear,
    spache,
    lix,
    rix,
    consensusGrade: wordCount ? textStandard(fk, fre, smog, cli, ari, dc, linsear, fog) : 0,
    readingTimeSeconds: (characters * 14.69) / 1000,
    counts: {
      words: wordCount,
      sentences,
      syllables,
      letters,
      characters,
      polysyllables: poly,
      monosyllables: mono,
      difficultWords: difficult,
      longWords: long,
    },
  }
}

/** Linsear Write over the first 100 whitespace tokens; a token of 0 syllables ("...") counts as easy. */
function linsearWrite(text: string, count: SyllableCounter): number {
  const tokens = splitWords(text).slice(0, 100)
  let easy = 0
  let hard = 0
  for (const token of tokens) {
    const s = syllablesOfToken(token, count)
    if (s >= 3) hard++
    else easy++
  }
  const sentences = sentenceCount(tokens.join(' '))
  if (!sentences) return 0
  let r = (easy + 3 * hard) / sentences
  if (r <= 20) r -= 2
  return r / 2
}

/** textstat's `text_standard(float_output=True)`: the grade most formulas vote for. */
function textStandard(
  fk: number,
  fre: number,
  smog: number,
  cli: number,
  ari: number,
  dc: number,
  linsear: number,
  fog: number,
): number {
  const votes: number[] = []
  const both = (x: number) => votes.push(Math.floor(x), Math.ceil(x))
  both(fk)
  if (fre < 100 && fre >= 90) votes.push(5)
  else if (fre < 90 && fre >= 80) votes.push(6)
  else if (fre < 80 && fre >= 70) votes.push(7)
  else if (fre < 70 && fre >= 60) votes.push(8, 9)
  else if (fre < 60 && fre >= 50) votes.push(10)
  else if (fre < 50 && fre >= 40) votes.push(11)
  else if (fre < 40 && fre >= 30) votes.push(12)
  else votes.push(13)
  both(smog)
  both(cli)
  both(ari)
  both(dc)
  both(linsear)
  both(fog)
  // Counter.most_common: the highest count, ties to the value first inserted.
  const tally = new Map<number, number>()
  for (const v of votes) tally.set(v, (tally.get(v) ?? 0) + 1)
  let best = votes[0]
  for (const [v, c] of tally) if (c > tally.get(best)!) best = v
  return best
}

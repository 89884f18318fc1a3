/**
 * @module
 * Keyphrases: noun-phrase and name candidates from a light chunker, scored by how often and how
 * early their words occur, how rare the words are in English (a shipped frequency table stands in
 * for a corpus' document frequencies), headline overlap and the phrase's own count. Word forms
 * and aliases ("U.S." / "United States") are merged; phrases inside a better phrase are dropped.
 */
import { ACTOR_ALIASES } from '../lexicons/actor-aliases'
import type { Keyword, Tokens } from '../types'
import { chunkPhrases, type Chunk } from './chunk-phrases'
import { headlineEnd } from './headline'
import { KEYWORD_TUNING as T } from './keyword-tuning'
import { GENERIC_NOUNS } from '../lexicons/stopwords'
import { stem } from '../natural'
import { tokenFacts, tokenInfos, wordInfo, type TokenFacts, type WordInfo } from './word-info'

interface Candidate {
  /** An alias candidate ("=United States"): its one stem is the alias key. */
  alias: boolean
  /** Folded into a full name by {@link mergeSurnames}. */
  merged: boolean
  stems: string[]
  /**
   * The words of the first occurrence, `firstWords[firstAt + k]` for word k (token indexes): their
   * rarity in English weighs the score. (A reference into the chunk, so no array per candidate.)
   */
  firstWords: readonly number[]
  firstAt: number
  /**
   * Every occurrence as `start, end, inBody` (1 or 0), flat: the spellings are sliced and weighed
   * only for the few candidates returned ({@link bestForm}).
   */
  occurrences: number[]
  count: number
  /** Occurrences outside the headline. */
  bodyCount: number
  start: number
  firstSentence: number
  name: boolean
  /**
   * Occurrences that are a whole name run ("Hurricane Hugo" in "path Hurricane Hugo"), those of
   * them outside the headline, and their share of {@link early}: a surname folded into its full
   * name brings only these, not its occurrences inside that name.
   */
  wholeNameCount: number
  wholeNameBodyCount: number
  wholeNameEarly: number
  /** Sum over occurrences of 1 / (1 + sentence index): early and repeated mentions count most. */
  early: number
  /** The highest count of a one-word-longer phrase containing this one (0 when none). */
  outer: number
}

/**
 * Phrases by their stems, one level per word: walking it with the memoized stem strings is
 * cheaper than building and hashing a joined key for every sub-phrase of every chunk.
 */
interface PhraseNode {
  next: Map<string, PhraseNode> | undefined
  candidate: Candidate | undefined
  /** At depth 1: how many chunk words have this stem (the stem's in-document frequency). */
  words: number
}

/** A node with every field set from the start: one object shape, so the trie walks stay monomorphic. */
function phraseNode(): PhraseNode {
  return { next: undefined, candidate: undefined, words: 0 }
}

function child(node: PhraseNode, stem: string): PhraseNode {
  const next = (node.next ??= new Map())
  let found = next.get(stem)
  if (!found) next.set(stem, (found = phraseNode()))
  return found
}

function findPhrase(root: PhraseNode, stems: string[], from: number, to: number): Candidate | undefined {
  let node: PhraseNode | undefined = root
  for (let i = from; i < to && node; i++) node = node.next?.get(stems[i])
  return node?.candidate
}

type Scored = Keyword & { c: Candidate }

// Generic nouns alone are never a story's subject (see the lexicon); kept as stems.
const GENERIC_NOUN_STEMS = new Set([...GENERIC_NOUNS].map(stem))

/**
 * The top keyphrases of a tokenized article, best first.
 *
 * @param tokens - the article's shared tokenization
 * @param title - the headline when it was given apart from the text; otherwise a short first
 *   paragraph is taken as the headline
 * @param max - how many phrases to return
 *
 * @example
 * extractKeywords(tokenize(text), 'Oil spill spreads').map((k) => k.term) // ['oil spill', ...]
 */
export function extractKeywords(tokens: Tokens, title: string | null, max = 10): Keyword[] {
  const { words, text } = tokens
  if (words.length === 0 || max <= 0) return []
  const facts = tokenFacts(tokens)
  const infos = tokenInfos(tokens)
  const headEnd = title ? 0 : headlineEnd(tokens)
  const titleStems = new Set<string>()
  if (title) for (const w of title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) titleStems.add(wordInfo(w).stem)
  for (let i = 0; i < headEnd; i++) titleStems.add(infos[i].stem)

  const chunks = chunkPhrases(tokens, headEnd)
  // In order of first occurrence; plain phrases are found through the trie, aliases by key.
  const candidates: Candidate[] = []
  const aliases = new Map<string, Candidate>()
  const phrases = phraseNode()
  for (const chunk of chunks) collect(chunk, facts, infos, words, headEnd, candidates, aliases, phrases)
  const stemCount = (stem: string) => phrases.next?.get(stem)?.words

  if (T.mergeSurnames) mergeSurnames(candidates, phrases)

  // A phrase that only ever occurs inside a longer phrase ("National Hurricane" in "National
  // Hurricane Center") is a fragment, not a candidate. Checking the two one-word-shorter
  // sub-phrases of every phrase covers all nestings, since counts only fall as phrases grow.
  for (const c of candidates) {
    if (c.merged || c.stems.length < 2 || c.alias) continue
    const n = c.stems.length
    for (const inner of [findPhrase(phrases, c.stems, 1, n), findPhrase(phrases, c.stems, 0, n - 1)]) {
      if (inner && inner.outer < c.count) inner.outer = c.count
    }
  }

  // In a brief, phrases rarely repeat and its few strong words are its tags; in a long article
  // the repeated noun phrases are. The one-word penalty fades in with length.
  const shortness = Math.min(1, Math.max(0, (T.longWords - words.length) / Math.max(1, T.longWords - T.shortWords)))
  const single = T.single + (1 - T.single) * shortness
  const singleName = T.singleName + (1 - T.singleName) * shortness
  // Powers of small counts and of the few rarity levels, each computed once per call.
  const tfPower = memoPower(T.tfPower)
  const rarityPower = memoPower(T.rarityPower)
  const countPower = memoPower(T.countPower)
  const scored: Scored[] = []
  for (const c of candidates) {
    if (c.merged) continue
    // Headlines are elliptical ("Lawmakers Debate Counting"): a phrase must occur in the body.
    if (c.bodyCount === 0 && headEnd > 0) continue
    if (c.wholeNameCount === 0 && c.outer >= c.count) continue
    if (c.stems.length === 1 && !c.name && GENERIC_NOUN_STEMS.has(c.stems[0])) continue
    const n = c.stems.length
    let wordScore = 0
    let inTitle = 0
    for (let k = 0; k < n; k++) {
      const tf = stemCount(c.stems[k]) ?? c.count
      wordScore += tfPower(tf) * rarityPower(c.alias ? ALIAS_RARITY : rarityOf(infos[c.firstWords[c.firstAt + k]]))
      if (titleStems.has(c.stems[k])) inTitle++
    }
    // A title given apart from the text stands where a headline would: before sentence 0.
    const firstSentence = title ? (inTitle === n ? 0 : c.firstSentence + 1) : c.firstSentence
    const score =
      (wordScore / n) *
      (1 + T.lengthBonus * (n - 1)) *
      countPower(c.count) *
      (1 + T.position / (1 + firstSentence)) *
      (1 + T.early * c.early) *
      (1 + (T.title * inTitle) / n) *
      (c.name ? 1 + T.name : 1) *
      (n === 1 ? (c.name ? singleName : single) : 1)
    scored.push({ term: '', score, count: c.count, start: c.start, c })
  }
  const top = topByScore(scored, DEDUPE_DEPTH * max)
  const best = dedupe(top, max, top.length === scored.length) ?? dedupe(topByScore(scored, scored.length), max, true)!
  return best.map(({ c, score, count, start }) => ({ term: bestForm(c.occurrences, text), score: Math.round(score * 1000) / 1000, count, start }))
}

/** `x ** exponent`, memoized by `x`: the bases are small counts and a few rarity levels. */
function memoPower(exponent: number): (x: number) => number {
  const memo = new Map<number, number>()
  return (x) => {
    let y = memo.get(x)
    if (y === undefined) memo.set(x, (y = x ** exponent))
    return y
  }
}

// How many candidates per wanted keyphrase are sorted first; {@link dedupe} rarely reads further.
const DEDUPE_DEPTH = 4

/**
 * The candidates in the order a stable sort by descending score gives, but only the first `k`
 * of them (more on tied scores), or all when that is no saving: sorting a long article's
 * thousands of candidates costs more than the rest of the scoring.
 */
function topByScore(scored: Scored[], k: number): Scored[] {
  const byScore = (a: Scored, b: Scored) => b.score - a.score
  if (scored.length <= 2 * k) return scored.sort(byScore)
  const scores = new Float64Array(scored.length)
  for (let i = 0; i < scored.length; i++) scores[i] = scored[i].score
  // A numeric sort of a typed array; NaN goes last. A score that is not finite would make the
  // comparator inconsistent, so then everything is sorted as before.
  scores.sort()
  if (!Number.isFinite(scores[0]) || !Number.isFinite(scores[scores.length - 1])) return scored.sort(byScore)
  const threshold = scores[scores.length - k]
  return scored.filter((c) => c.score >= threshold).sort(byScore)
}

/**
 * Folds a lone surname into the one full name that ends with it: "Johnson" (9) and "Ben Johnson"
 * (2) become "Ben Johnson" (11). Left alone when two full names share the surname.
 */
function mergeSurnames(candidates: Candidate[], phrases: PhraseNode): void {
  const fullBySurname = new Map<string, Candidate | null>()
  for (const c of candidates) {
    if (c.merged || !c.name || c.wholeNameCount === 0 || c.stems.length < 2 || c.alias) continue
    const last = c.stems[c.stems.length - 1]
    fullBySurname.set(last, fullBySurname.has(last) ? null : c)
  }
  for (const [last, full] of fullBySurname) {
    const lone = phrases.next?.get(last)?.candidate
    if (!full || !lone || lone.merged || !lone.name) continue
    // Only the surname's own mentions: a rare surname is also collected inside the full name.
    full.count += lone.wholeNameCount
    full.bodyCount += lone.wholeNameBodyCount
    full.early += lone.wholeNameEarly
    if (lone.firstSentence < full.firstSentence) full.firstSentence = lone.firstSentence
    lone.merged = true
  }
}

/** Adds every sub-phrase of a chunk that ends on a noun or name to the candidates. */
function collect(
  chunk: Chunk,
  facts: TokenFacts,
  infos: WordInfo[],
  words: Tokens['words'],
  headEnd: number,
  candidates: Candidate[],
  aliases: Map<string, Candidate>,
  phrases: PhraseNode
): void {
  const { kinds } = chunk
  const n = kinds.length
  for (let a = 0; a < n; a++) {
    let node = phrases
    let name = true
    // Most words start no alias: then no key is built for any phrase from here.
    const tag = words[chunk.words[a]].lexeme.tag!
    const aliasable = (tag.startsAlias ??= ALIAS_FIRST_WORDS.has(tag.bare))
    for (let b = a + 1; b <= n && b - a <= T.maxWords; b++) {
      const w = chunk.words[b - 1]
      // "word word" is a stutter, not a phrase: nothing from here on can be a candidate.
      if (b - a > 1 && infos[w].stem === infos[chunk.words[b - 2]].stem) break
      node = child(node, infos[w].stem)
      if (b === a + 1) node.words++
      if (kinds[b - 1] !== 'P') name = false
      const last = kinds[b - 1]
      if (last === 'A' || last === 'D' || cutsName(chunk, infos, a, b)) continue
      const first = words[chunk.words[a]]
      const end = facts.possessive[w] ? words[w].end - 2 : words[w].end
      // Aliases of countries and bodies ("U.S.", "America") share one candidate; only names can be.
      const alias = aliasable && name && b - a <= 3 ? ACTOR_ALIASES[aliasKey(chunk, facts, a, b)] : undefined
      const ckey = alias ? `=${alias}` : undefined
      const inBody = chunk.words[a] >= headEnd
      let c = ckey ? aliases.get(ckey) : node.candidate
      if (c) c.occurrences.push(first.start, end, inBody ? 1 : 0)
      else {
        c = {
          alias: !!ckey,
          merged: false,
          stems: ckey ? [ckey] : stemsOf(chunk.words, a, b, infos),
          firstWords: chunk.words,
          firstAt: a,
          // Most candidates occur once: an array of exactly one occurrence, grown only by repeats.
          occurrences: [first.start, end, inBody ? 1 : 0],
          count: 0,
          bodyCount: 0,
          start: first.start,
          firstSentence: first.sentence,
          name,
          wholeNameCount: 0,
          wholeNameBodyCount: 0,
          wholeNameEarly: 0,
          early: 0,
          outer: 0,
        }
        candidates.push(c)
        if (ckey) aliases.set(ckey, c)
        else node.candidate = c
      }
      c.count++
      if (inBody) c.bodyCount++
      const early = 1 / (1 + first.sentence)
      c.early += early
      if (name && (a === 0 || kinds[a - 1] !== 'P') && (b === n || kinds[b] !== 'P')) {
        c.wholeNameCount++
        if (inBody) c.wholeNameBodyCount++
        c.wholeNameEarly += early
      }
    }
  }
}

function stemsOf(chunkWords: readonly number[], a: number, b: number, infos: readonly WordInfo[]): string[] {
  const stems = new Array<string>(b - a)
  for (let i = a; i < b; i++) stems[i - a] = infos[chunkWords[i]].stem
  return stems
}

/** A word's rarity in English: 7 − Zipf, at least 0.5. */
function rarityOf(info: WordInfo): number {
  return Math.max(0.5, 7 - info.zipf)
}

/** The rarity an alias candidate ("=United States") counts with. */
const ALIAS_RARITY = 3

/**
 * Every word that may start a key of {@link ACTOR_ALIASES}, which is looked up as a plain object:
 * the first words of its keys and the names it inherits ("constructor").
 */
const ALIAS_FIRST_WORDS = (() => {
  const first = new Set(Object.keys(ACTOR_ALIASES).map((key) => key.split(' ')[0]))
  for (let o = Object.getPrototypeOf(ACTOR_ALIASES); o; o = Object.getPrototypeOf(o)) for (const key of Object.getOwnPropertyNames(o)) first.add(key)
  return first
})()

function aliasKey(chunk: Chunk, facts: TokenFacts, a: number, b: number): string {
  let key = facts.bare[chunk.words[a]]
  for (let i = a + 1; i < b; i++) key += ' ' + facts.bare[chunk.words[i]]
  return key
}

/**
 * True when [a, b) cuts through a name: only the rare words of a name stand alone ("Arafat" from
 * "Yasser Arafat", "Valdez" from "Exxon Valdez"), never "States" from "United States".
 */
function cutsName(chunk: Chunk, infos: WordInfo[], a: number, b: number): boolean {
  const { kinds } = chunk
  const cut = (a > 0 && kinds[a - 1] === 'P' && kinds[a] === 'P') || (b < kinds.length && kinds[b - 1] === 'P' && kinds[b] === 'P')
  if (!cut) return false
  for (let i = a; i < b; i++) if (infos[chunk.words[i]].zipf > T.nameWordZipf) return true
  return false
}

/** The spelling a candidate is shown in, from its occurrences (headline spellings weigh little: they are Title Case). */
function bestForm(occurrences: readonly number[], text: string): string {
  const forms = new Map<string, number>()
  for (let i = 0; i < occurrences.length; i += 3) {
    const form = text.slice(occurrences[i], occurrences[i + 1])
    forms.set(form, (forms.get(form) ?? 0) + (occurrences[i + 2] ? 1 : 0.01))
  }
  let best = ''
  let max = -1
  for (const [form, n] of forms) {
    // Prefer the commonest spelling; among ties, the lower-case one (sentence-initial capitals).
    if (n > max || (n === max && form === form.toLowerCase())) [best, max] = [form, n]
  }
  return best
}

/**
 * Keeps the best of near-duplicates: the same words in another order or form ("drug coalition" /
 * "coalition drugs"), and a phrase inside a kept phrase unless it is clearly more frequent on its
 * own. A short text without enough distinct phrases is filled up with the near-duplicates.
 * When `sorted` is only the head of the order (`complete` false) and runs out first: null.
 */
function dedupe(sorted: Scored[], max: number, complete: boolean): Scored[] | null {
  const kept: Scored[] = []
  const keptSets: Set<string>[] = []
  const skipped: Scored[] = []
  for (const k of sorted) {
    const stems = new Set(k.c.stems)
    let skip = false
    for (let i = 0; i < kept.length && !skip; i++) {
      const other = keptSets[i]
      if (stems.size > other.size) continue
      let inside = true
      for (const s of stems) if (!other.has(s)) inside = false
      if (inside && (stems.size === other.size || k.count < kept[i].count * T.subphraseRatio)) skip = true
    }
    if (skip) {
      // Only phrases inside a kept phrase may fill up a short list, never mere respellings.
      if (skipped.length < max && !keptSets.some((o) => o.size === stems.size && [...stems].every((x) => o.has(x)))) skipped.push(k)
      continue
    }
    kept.push(k)
    keptSets.push(stems)
    if (kept.length >= max) return kept
  }
  // Filling up needs the whole order: null asks for it when `sorted` was only its first part.
  return complete ? kept.concat(skipped.slice(0, max - kept.length)) : null
}

/**
 * @module
 * Keyphrases: noun-phrase and name candidates from a light chunker, scored by how often and how
 * early their words occur, how rare the words are in English (a shipped frequency table stands in
 * for a corpus' document frequencies), headline overlap and the phrase's own count. Word forms
 * and aliases ("U.S." / "United States") are merged; phrases inside a better phrase are dropped.
 */
import { ACTOR_ALIASES } from '../lexicons/actor-aliases'
import type { Keyword, Tokens } from '../types'
import { chunkRuns, type ChunkKind } from './chunk-phrases'
import { headlineEnd } from './headline'
import { KEYWORD_TUNING as T } from './keyword-tuning'
import { GENERIC_NOUNS } from '../lexicons/stopwords'
import { stem } from '../natural'
import {
  ALIAS,
  CANDIDATE,
  KEPT_COLUMN_LENGTH,
  MERGED,
  NAME,
  NONE,
  PhraseTable,
} from './phrase-table'
import { tagWord, tokenFacts, wordInfo, type TokenFacts, type WordInfo } from './word-info'
import { topBy } from '../top-by'
import { BoundedMemo, registerCache } from '../cache'

type Scored = Keyword & { c: number }

/**
 * One phrase table for every call (the analysis is synchronous, so calls never overlap), so a
 * request allocates no columns. Columns a long article left beyond {@link KEPT_COLUMN_LENGTH}
 * are given up at the next article's reset unless it needs an eighth of them.
 */
const reused = registerCache({
  name: 'keywords.phraseTable',
  maxSize: KEPT_COLUMN_LENGTH,
  table: undefined as PhraseTable | undefined,
  get size(): number {
    return this.table?.columnLength ?? 0
  },
  clear(): void {
    this.table = undefined
  },
})

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
  const infos = facts.info
  const headEnd = title ? 0 : headlineEnd(tokens)
  const titleStems = new Set<string>()
  if (title)
    for (const w of title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
      titleStems.add(wordInfo(w).stem)
  for (let i = 0; i < headEnd; i++) titleStems.add(infos[i].stem)

  const { bounds, kinds } = chunkRuns(tokens, headEnd)
  let subphrases = 0
  for (let k = 0; k < bounds.length; k += 2) subphrases += subphraseCount(bounds[k + 1] - bounds[k])
  const phrases = (reused.table ??= new PhraseTable(subphrases))
  phrases.reset(subphrases, words.length)
  // Candidate nodes in order of first occurrence; plain phrases are found through the trie, aliases by key.
  const candidates: number[] = []
  const aliases = new Map<string, number>()
  for (let k = 0; k < bounds.length; k += 2)
    collect(bounds[k], bounds[k + 1], kinds, facts, words, headEnd, phrases, candidates, aliases)
  const { stems, stemWords, stemInTitle, lastStem, length, flags, count, outer } = phrases
  for (const stem of titleStems) {
    const number = phrases.numberOf(stem)
    if (number !== undefined) stemInTitle[number] = 1
  }

  if (T.mergeSurnames) mergeSurnames(candidates, phrases)

  // A phrase that only ever occurs inside a longer phrase ("National Hurricane" in "National
  // Hurricane Center") is a fragment, not a candidate. Checking the two one-word-shorter
  // sub-phrases of every phrase (the trie parent is the one without the last word) covers all
  // nestings, since counts only fall as phrases grow.
  const phraseStems = new Int32Array(T.maxWords)
  for (const c of candidates) {
    const n = length[c]
    if (flags[c] & (MERGED | ALIAS) || n < 2) continue
    phrases.stemsInto(c, phraseStems)
    let withoutFirst = NONE
    for (let k = 1; k < n; k++)
      if ((withoutFirst = phrases.find(withoutFirst, phraseStems[k])) === NONE) break
    for (const inner of [withoutFirst, phrases.parent[c]]) {
      if (inner !== NONE && flags[inner] & CANDIDATE && outer[inner] < count[c])
        outer[inner] = count[c]
    }
  }

  // In a brief, phrases rarely repeat and its few strong words are its tags; in a long article
  // the repeated noun phrases are. The one-word penalty fades in with length.
  const shortness = Math.min(
    1,
    Math.max(0, (T.longWords - words.length) / Math.max(1, T.longWords - T.shortWords)),
  )
  const single = T.single + (1 - T.single) * shortness
  const singleName = T.singleName + (1 - T.singleName) * shortness
  // Powers of small counts and of the few rarity levels, each computed once per call.
  const scored: Scored[] = []
  for (const c of candidates) {
    const flag = flags[c]
    if (flag & MERGED) continue
    // Headlines are elliptical ("Lawmakers Debate Counting"): a phrase must occur in the body.
    if (phrases.bodyCount[c] === 0 && headEnd > 0) continue
    if (phrases.wholeNameCount[c] === 0 && outer[c] >= count[c]) continue
    const name = (flag & NAME) !== 0
    const n = length[c]
    if (n === 1 && !name && GENERIC_NOUN_STEMS.has(stems[lastStem[c]])) continue
    phrases.stemsInto(c, phraseStems)
    let wordScore = 0
    let inTitle = 0
    for (let k = 0; k < n; k++) {
      const stem = phraseStems[k]
      // An alias counts as often as it occurs, with a rarity of its own.
      const tf = flag & ALIAS ? count[c] : stemWords[stem]
      wordScore +=
        tfPower(tf) *
        rarityPower(flag & ALIAS ? ALIAS_RARITY : rarityOf(infos[phrases.firstToken[c] + k]))
      inTitle += stemInTitle[stem]
    }
    // A title given apart from the text stands where a headline would: before sentence 0.
    const firstSentence = title
      ? inTitle === n
        ? 0
        : phrases.firstSentence[c] + 1
      : phrases.firstSentence[c]
    const score =
      (wordScore / n) *
      (1 + T.lengthBonus * (n - 1)) *
      countPower(count[c]) *
      (1 + T.position / (1 + firstSentence)) *
      (1 + T.early * phrases.early[c]) *
      (1 + (T.title * inTitle) / n) *
      (name ? 1 + T.name : 1) *
      (n === 1 ? (name ? singleName : single) : 1)
    scored.push({ term: '', score, count: count[c], start: phrases.start[c], c })
  }
  const top = topByScore(scored, DEDUPE_DEPTH * max)
  const best =
    dedupe(top, phrases, max, top.length === scored.length) ??
    dedupe(topByScore(scored, scored.length), phrases, max, true)!
  return best.map(({ c, score, count, start }) => ({
    term: bestForm(phrases, c, text),
    score: Math.round(score * 1000) / 1000,
    count,
    start,
  }))
}

/** How many sub-phrases of at most {@link KEYWORD_TUNING.maxWords} words a chunk of `n` words has. */
function subphraseCount(n: number): number {
  const m = Math.min(n, T.maxWords)
  // n - m + 1 of each length up to m words.
  return (m * (2 * n - m + 1)) / 2
}

/**
 * `x ** exponent`, memoized by `x` for the life of the process: the bases are small counts and
 * the few rarity levels of the frequency table.
 */
function memoPower(name: string, exponent: number): (x: number) => number {
  // Small counts by index (0 for not yet: their powers are positive), rarity levels in a memo;
  // larger counts are rare and unbounded, so not kept.
  const counts = new Float64Array(64)
  const levels = new BoundedMemo<number, number>(`keywords.${name}`, 1024)
  return (x) => {
    if (Number.isInteger(x)) {
      if (x >= 64) return x ** exponent
      let y = counts[x]
      if (y === 0) counts[x] = y = x ** exponent
      return y
    }
    return levels.get(x) ?? levels.set(x, x ** exponent)
  }
}

const tfPower = memoPower('tfPower', T.tfPower)
const rarityPower = memoPower('rarityPower', T.rarityPower)
const countPower = memoPower('countPower', T.countPower)

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
  // A score that is not finite would make the comparator inconsistent: then everything is sorted as before.
  for (const candidate of scored) if (!Number.isFinite(candidate.score)) return scored.sort(byScore)
  const top = topBy(scored, k, (candidate) => candidate.score)
  const threshold = top[k - 1].score
  // Every candidate tied with the k-th is kept, in input order, as a stable sort puts them.
  const kept = top.filter((candidate) => candidate.score > threshold)
  for (const candidate of scored) if (candidate.score === threshold) kept.push(candidate)
  return kept
}

/**
 * Folds a lone surname into the one full name that ends with it: "Johnson" (9) and "Ben Johnson"
 * (2) become "Ben Johnson" (11). Left alone when two full names share the surname.
 */
function mergeSurnames(candidates: readonly number[], phrases: PhraseTable): void {
  const { flags } = phrases
  // Last stem -> the one full name ending with it, or NONE when there are several.
  const fullBySurname = new Map<number, number>()
  for (const c of candidates) {
    if (
      flags[c] & (MERGED | ALIAS) ||
      !(flags[c] & NAME) ||
      phrases.wholeNameCount[c] === 0 ||
      phrases.length[c] < 2
    )
      continue
    const last = phrases.lastStem[c]
    fullBySurname.set(last, fullBySurname.has(last) ? NONE : c)
  }
  for (const [last, full] of fullBySurname) {
    const lone = phrases.find(NONE, last)
    if (
      full === NONE ||
      lone === NONE ||
      (flags[lone] & (CANDIDATE | MERGED | NAME)) !== (CANDIDATE | NAME)
    )
      continue
    // Only the surname's own mentions: a rare surname is also collected inside the full name.
    phrases.count[full] += phrases.wholeNameCount[lone]
    phrases.bodyCount[full] += phrases.wholeNameBodyCount[lone]
    phrases.early[full] += phrases.wholeNameEarly[lone]
    if (phrases.firstSentence[lone] < phrases.firstSentence[full])
      phrases.firstSentence[full] = phrases.firstSentence[lone]
    flags[lone] |= MERGED
  }
}

/** Adds every sub-phrase of the chunk `[from, to)` that ends on a noun or name to the candidates. */
function collect(
  from: number,
  to: number,
  kinds: readonly ChunkKind[],
  facts: TokenFacts,
  words: Tokens['words'],
  headEnd: number,
  phrases: PhraseTable,
  candidates: number[],
  aliases: Map<string, number>,
): void {
  const { info } = facts
  const stemOf = phrases.tokenStem
  for (let i = from; i < to; i++) stemOf[i] = phrases.stemNumberOf(info[i])
  const { flags } = phrases
  for (let a = from; a < to; a++) {
    let node = NONE
    let name = true
    // Only names can be aliases, and most words start none: then no key is built for any phrase from here.
    let aliasable = false
    if (kinds[a] === 'P') {
      const tag = tagWord(words[a].lexeme)
      aliasable = tag.startsAlias ??= ALIAS_FIRST_WORDS.has(tag.bare)
    }
    // The phrase is the tokens [a, b].
    for (let b = a; b < to && b - a < T.maxWords; b++) {
      const stem = stemOf[b]
      // "word word" is a stutter, not a phrase: nothing from here on can be a candidate.
      if (b > a && stem === stemOf[b - 1]) break
      node = phrases.child(node, stem)
      if (b === a) phrases.stemWords[stem]++
      const last = kinds[b]
      if (last !== 'P') name = false
      if (last === 'A' || last === 'D' || cutsName(kinds, info, from, to, a, b + 1)) continue
      const first = words[a]
      const end = facts.possessive[b] ? words[b].end - 2 : words[b].end
      // Aliases of countries and bodies ("U.S.", "America") share one candidate; only names can be.
      const alias =
        aliasable && name && b - a < 3 ? ACTOR_ALIASES[aliasKey(facts.bare, a, b + 1)] : undefined
      let c = node
      if (alias) {
        const key = `=${alias}`
        c = aliases.get(key) ?? NONE
        if (c === NONE) aliases.set(key, (c = phrases.alias(key)))
      }
      const inBody = a >= headEnd
      phrases.addOccurrence(c, first.start, end, inBody)
      if (!(flags[c] & CANDIDATE)) {
        flags[c] |= CANDIDATE | (name ? NAME : 0) | (alias ? ALIAS : 0)
        phrases.start[c] = first.start
        phrases.firstSentence[c] = first.sentence
        phrases.firstToken[c] = a
        candidates.push(c)
      }
      phrases.count[c]++
      if (inBody) phrases.bodyCount[c]++
      const early = 1 / (1 + first.sentence)
      phrases.early[c] += early
      if (name && (a === from || kinds[a - 1] !== 'P') && (b + 1 === to || kinds[b + 1] !== 'P')) {
        phrases.wholeNameCount[c]++
        if (inBody) phrases.wholeNameBodyCount[c]++
        phrases.wholeNameEarly[c] += early
      }
    }
  }
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
  for (let o = Object.getPrototypeOf(ACTOR_ALIASES); o; o = Object.getPrototypeOf(o))
    for (const key of Object.getOwnPropertyNames(o)) first.add(key)
  return first
})()

function aliasKey(bare: readonly string[], a: number, b: number): string {
  let key = bare[a]
  for (let i = a + 1; i < b; i++) key += ' ' + bare[i]
  return key
}

/**
 * True when [a, b) cuts through a name in the chunk [from, to): only the rare words of a name
 * stand alone ("Arafat" from "Yasser Arafat", "Valdez" from "Exxon Valdez"), never "States" from
 * "United States".
 */
function cutsName(
  kinds: readonly ChunkKind[],
  info: readonly WordInfo[],
  from: number,
  to: number,
  a: number,
  b: number,
): boolean {
  const cut =
    (a > from && kinds[a - 1] === 'P' && kinds[a] === 'P') ||
    (b < to && kinds[b - 1] === 'P' && kinds[b] === 'P')
  if (!cut) return false
  for (let i = a; i < b; i++) if (info[i].zipf > T.nameWordZipf) return true
  return false
}

/** The spelling a candidate is shown in, from its occurrences (headline spellings weigh little: they are Title Case). */
function bestForm(phrases: PhraseTable, node: number, text: string): string {
  const forms = new Map<string, number>()
  for (let o = phrases.firstOccurrence[node]; o !== NONE; o = phrases.occurrenceNext[o]) {
    const form = text.slice(phrases.occurrenceStart[o], phrases.occurrenceEnd[o])
    forms.set(form, (forms.get(form) ?? 0) + (phrases.occurrenceInBody[o] ? 1 : 0.01))
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
function dedupe(
  sorted: Scored[],
  phrases: PhraseTable,
  max: number,
  complete: boolean,
): Scored[] | null {
  const kept: Scored[] = []
  const keptSets: Set<number>[] = []
  const skipped: Scored[] = []
  for (const k of sorted) {
    const stems = new Set(phrases.stemsInto(k.c, new Int32Array(phrases.length[k.c])))
    let skip = false
    for (let i = 0; i < kept.length && !skip; i++) {
      const other = keptSets[i]
      if (stems.size > other.size) continue
      let inside = true
      for (const s of stems) if (!other.has(s)) inside = false
      if (inside && (stems.size === other.size || k.count < kept[i].count * T.subphraseRatio))
        skip = true
    }
    if (skip) {
      // Only phrases inside a kept phrase may fill up a short list, never mere respellings.
      if (
        skipped.length < max &&
        !keptSets.some((o) => o.size === stems.size && [...stems].every((x) => o.has(x)))
      )
        skipped.push(k)
      continue
    }
    kept.push(k)
    keptSets.push(stems)
    if (kept.length >= max) return kept
  }
  // Filling up needs the whole order: null asks for it when `sorted` was only its first part.
  return complete ? kept.concat(skipped.slice(0, max - kept.length)) : null
}

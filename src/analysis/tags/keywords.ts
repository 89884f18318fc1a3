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
import { stem } from '../natural'
import { tokenFacts, tokenInfos, wordInfo, type TokenFacts, type WordInfo } from './word-info'

interface Candidate {
  /** An alias candidate ("=United States"): its one stem is the alias key. */
  alias: boolean
  /** Folded into a full name by {@link mergeSurnames}. */
  merged: boolean
  stems: string[]
  /** Rarity in English (7 − Zipf, floored) of each word. */
  rarity: number[]
  /** Spelling -> weight (headline spellings weigh little: they are Title Case). */
  forms: Map<string, number>
  count: number
  /** Occurrences outside the headline. */
  bodyCount: number
  start: number
  firstSentence: number
  name: boolean
  /** Some occurrence is a whole name run: "Hurricane Hugo" in "path Hurricane Hugo". */
  wholeName: boolean
  /** Occurrences that are a whole name run, and those of them outside the headline. */
  wholeNameCount: number
  wholeNameBodyCount: number
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
  next?: Map<string, PhraseNode>
  candidate?: Candidate
}

function child(node: PhraseNode, stem: string): PhraseNode {
  const next = (node.next ??= new Map())
  let found = next.get(stem)
  if (!found) next.set(stem, (found = {}))
  return found
}

function findPhrase(root: PhraseNode, stems: string[], from: number, to: number): Candidate | undefined {
  let node: PhraseNode | undefined = root
  for (let i = from; i < to && node; i++) node = node.next?.get(stems[i])
  return node?.candidate
}

type Scored = Keyword & { c: Candidate }

// Abstract nouns that stand for whatever the story is about ("the issue", "no indication"): alone
// they are never its subject, inside a phrase ("border issue") they may be. Kept as stems.
const GENERIC_NOUNS = new Set(
  ('issue indication matter fact question situation problem aspect example instance kind sort type manner position point ' +
    'area level side step move effort statement comment decision view sign idea result reason change need role place term ' +
    'basis extent degree concern interest attention support effect impact end beginning start series range set couple way ' +
    'thing part lot number').split(' ').map(stem)
)

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
  const stemCounts = new Map<string, number>()
  // In order of first occurrence; plain phrases are found through the trie, aliases by key.
  const candidates: Candidate[] = []
  const aliases = new Map<string, Candidate>()
  const phrases: PhraseNode = {}
  for (const chunk of chunks) {
    for (const i of chunk.words) {
      const s = infos[i].stem
      stemCounts.set(s, (stemCounts.get(s) ?? 0) + 1)
    }
    collect(chunk, facts, infos, text, words, headEnd, candidates, aliases, phrases)
  }

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
  const scored: Scored[] = []
  for (const c of candidates) {
    if (c.merged) continue
    // Headlines are elliptical ("Lawmakers Debate Counting"): a phrase must occur in the body.
    if (c.bodyCount === 0 && headEnd > 0) continue
    if (!c.wholeName && c.outer >= c.count) continue
    if (c.stems.length === 1 && !c.name && GENERIC_NOUNS.has(c.stems[0])) continue
    const n = c.stems.length
    let wordScore = 0
    let inTitle = 0
    for (let k = 0; k < n; k++) {
      const tf = stemCounts.get(c.stems[k]) ?? c.count
      wordScore += tf ** T.tfPower * c.rarity[k] ** T.rarityPower
      if (titleStems.has(c.stems[k])) inTitle++
    }
    // A title given apart from the text stands where a headline would: before sentence 0.
    const firstSentence = title ? (inTitle === n ? 0 : c.firstSentence + 1) : c.firstSentence
    const score =
      (wordScore / n) *
      (1 + T.lengthBonus * (n - 1)) *
      c.count ** T.countPower *
      (1 + T.position / (1 + firstSentence)) *
      (1 + T.early * c.early) *
      (1 + (T.title * inTitle) / n) *
      (c.name ? 1 + T.name : 1) *
      (n === 1 ? (c.name ? singleName : single) : 1)
    scored.push({ term: '', score, count: c.count, start: c.start, c })
  }
  scored.sort((a, b) => b.score - a.score)
  return dedupe(scored, max).map(({ c, score, count, start }) => ({ term: bestForm(c.forms), score: Math.round(score * 1000) / 1000, count, start }))
}

/**
 * Folds a lone surname into the one full name that ends with it: "Johnson" (9) and "Ben Johnson"
 * (2) become "Ben Johnson" (11). Left alone when two full names share the surname.
 */
function mergeSurnames(candidates: Candidate[], phrases: PhraseNode): void {
  const fullBySurname = new Map<string, Candidate | null>()
  for (const c of candidates) {
    if (c.merged || !c.name || !c.wholeName || c.stems.length < 2 || c.alias) continue
    const last = c.stems[c.stems.length - 1]
    fullBySurname.set(last, fullBySurname.has(last) ? null : c)
  }
  for (const [last, full] of fullBySurname) {
    const lone = phrases.next?.get(last)?.candidate
    if (!full || !lone || lone.merged || !lone.name) continue
    // Only the surname's own mentions: a rare surname is also collected inside the full name.
    full.count += lone.wholeNameCount
    full.bodyCount += lone.wholeNameBodyCount
    full.early += lone.early
    if (lone.firstSentence < full.firstSentence) full.firstSentence = lone.firstSentence
    lone.merged = true
  }
}

/** Adds every sub-phrase of a chunk that ends on a noun or name to the candidates. */
function collect(
  chunk: Chunk,
  facts: TokenFacts,
  infos: WordInfo[],
  text: string,
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
    for (let b = a + 1; b <= n && b - a <= T.maxWords; b++) {
      const w = chunk.words[b - 1]
      // "word word" is a stutter, not a phrase: nothing from here on can be a candidate.
      if (b - a > 1 && infos[w].stem === infos[chunk.words[b - 2]].stem) break
      node = child(node, infos[w].stem)
      if (kinds[b - 1] !== 'P') name = false
      const last = kinds[b - 1]
      if (last === 'A' || last === 'D' || cutsName(chunk, infos, a, b)) continue
      const first = words[chunk.words[a]]
      const end = facts.possessive[w] ? words[w].end - 2 : words[w].end
      const form = text.slice(first.start, end)
      // Aliases of countries and bodies ("U.S.", "America") share one candidate; only names can be.
      const alias = name && b - a <= 3 ? ACTOR_ALIASES[aliasKey(chunk, facts, a, b)] : undefined
      const ckey = alias ? `=${alias}` : undefined
      let c = ckey ? aliases.get(ckey) : node.candidate
      if (!c) {
        const idx = chunk.words.slice(a, b)
        c = {
          alias: !!ckey,
          merged: false,
          stems: ckey ? [ckey] : idx.map((i) => infos[i].stem),
          rarity: alias ? [3] : idx.map((i) => Math.max(0.5, 7 - infos[i].zipf)),
          forms: new Map(),
          count: 0,
          bodyCount: 0,
          start: first.start,
          firstSentence: first.sentence,
          name,
          wholeName: false,
          wholeNameCount: 0,
          wholeNameBodyCount: 0,
          early: 0,
          outer: 0,
        }
        candidates.push(c)
        if (ckey) aliases.set(ckey, c)
        else node.candidate = c
      }
      c.count++
      const inBody = chunk.words[a] >= headEnd
      if (name && (a === 0 || kinds[a - 1] !== 'P') && (b === n || kinds[b] !== 'P')) {
        c.wholeName = true
        c.wholeNameCount++
        if (inBody) c.wholeNameBodyCount++
      }
      if (inBody) c.bodyCount++
      c.early += 1 / (1 + first.sentence)
      c.forms.set(form, (c.forms.get(form) ?? 0) + (inBody ? 1 : 0.01))
    }
  }
}

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

function bestForm(forms: Map<string, number>): string {
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
 */
function dedupe(sorted: Scored[], max: number): Scored[] {
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
  return kept.concat(skipped.slice(0, max - kept.length))
}

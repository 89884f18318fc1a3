/**
 * @module
 * Keyphrases: noun-phrase and name candidates from a light chunker, scored by how often and how
 * early their words occur, how rare the words are in English (a shipped frequency table stands in
 * for a corpus' document frequencies), headline overlap and the phrase's own count. Word forms
 * and aliases ("U.S." / "United States") are merged; phrases inside a better phrase are dropped.
 */
import { ACTOR_ALIASES } from '../lexicons/actor-aliases'
import type { Keyword, Tokens } from '../types'
import { chunkPhrases } from './chunk-phrases'
import { headlineEnd } from './headline'
import { KEYWORD_TUNING as T } from './keyword-tuning'
import { wordInfo } from './word-info'

interface Candidate {
  key: string
  /** Keys of the phrases inside this one, to find phrases that never occur on their own. */
  inner: string[]
  /** Occurrences outside the headline. */
  bodyCount: number
  stems: string[]
  forms: Map<string, number>
  count: number
  start: number
  firstSentence: number
  name: boolean
  /** Sum over occurrences of 1 / (1 + sentence index): early and repeated mentions count most. */
  early: number
}

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
  if (words.length === 0) return []
  const headEnd = title ? 0 : headlineEnd(tokens)
  const titleStems = new Set<string>()
  if (title) for (const w of title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) titleStems.add(wordInfo(w).stem)
  for (let i = 0; i < headEnd; i++) titleStems.add(wordInfo(words[i].lower).stem)

  const chunks = chunkPhrases(tokens, headEnd)
  const stemCounts = new Map<string, number>()
  const candidates = new Map<string, Candidate>()
  for (const chunk of chunks) {
    const stems = chunk.lowers.map((l) => wordInfo(l).stem)
    for (const s of stems) stemCounts.set(s, (stemCounts.get(s) ?? 0) + 1)
    const n = stems.length
    for (let a = 0; a < n; a++) {
      if (chunk.kinds[a] === 'D' && a + 1 === n) continue
      for (let b = a + 1; b <= n && b - a <= T.maxWords; b++) {
        const last = chunk.kinds[b - 1]
        if (last === 'A' || last === 'D') continue
        if (cutsName(chunk, a, b)) continue
        const first = words[chunk.words[a]]
        const form = text.slice(first.start, chunk.ends[b - 1])
        const alias = ACTOR_ALIASES[form.toLowerCase()]
        const key = alias ? `=${alias}` : stems.slice(a, b).join(' ')
        let c = candidates.get(key)
        if (!c) {
          c = { key, inner: innerKeys(stems, a, b), bodyCount: 0, stems: alias ? [key] : stems.slice(a, b), forms: new Map(), count: 0, start: first.start, firstSentence: first.sentence, early: 0, name: chunk.kinds.slice(a, b).every((k) => k === 'P') }
          candidates.set(key, c)
        }
        c.count++
        // Headline spellings are Title Case; count them only when the body never has the phrase.
        const weight = chunk.words[a] < headEnd ? 0.01 : 1
        if (weight === 1) c.bodyCount++
        c.early += 1 / (1 + first.sentence)
        c.forms.set(form, (c.forms.get(form) ?? 0) + weight)
      }
    }
  }

  // A phrase that only ever occurs inside one longer phrase ("National Hurricane" in "National
  // Hurricane Center") is a fragment, not a candidate.
  const outer = new Map<string, number>()
  for (const c of candidates.values()) for (const k of c.inner) outer.set(k, Math.max(outer.get(k) ?? 0, c.count))

  // In a brief, phrases rarely repeat and its few strong words are its tags; in a long article
  // the repeated noun phrases are. The one-word penalty fades in with length.
  const shortness = Math.min(1, Math.max(0, (T.longWords - words.length) / Math.max(1, T.longWords - T.shortWords)))
  const single = T.single + (1 - T.single) * shortness
  const singleName = T.singleName + (1 - T.singleName) * shortness
  const scored: (Keyword & { c: Candidate })[] = []
  for (const c of candidates.values()) {
    // Headlines are elliptical ("Lawmakers Debate Counting"): a phrase must occur in the body.
    if (c.bodyCount === 0 && headEnd > 0) continue
    if ((outer.get(c.key) ?? 0) >= c.count) continue
    let wordScore = 0
    let inTitle = 0
    for (const s of c.stems) {
      const tf = stemCounts.get(s) ?? c.count
      const info = c.key.startsWith('=') ? null : rarityOfStem(s, c)
      wordScore += tf ** T.tfPower * (info ?? 3) ** T.rarityPower
      if (titleStems.has(s)) inTitle++
    }
    const n = c.stems.length
    const score =
      (wordScore / n) *
      (1 + T.lengthBonus * (n - 1)) *
      c.count ** T.countPower *
      (1 + T.position / (1 + c.firstSentence)) *
      (1 + T.early * c.early) *
      (1 + (T.title * inTitle) / n) *
      (c.name ? 1 + T.name : 1) *
      (n === 1 ? (c.name ? singleName : single) : 1)
    scored.push({ term: bestForm(c.forms), score, count: c.count, start: c.start, c })
  }
  scored.sort((a, b) => b.score - a.score)
  return dedupe(scored, max).map(({ term, score, count, start }) => ({ term, score: Math.round(score * 1000) / 1000, count, start }))
}

/** The keys of every shorter phrase inside stems[a, b). */
function innerKeys(stems: string[], a: number, b: number): string[] {
  const keys: string[] = []
  for (let i = a; i < b; i++) for (let j = i + 1; j <= b; j++) if (j - i < b - a) keys.push(stems.slice(i, j).join(' '))
  return keys
}

/**
 * True when [a, b) cuts through a name: only the rare words of a name stand alone ("Arafat" from
 * "Yasser Arafat", "Valdez" from "Exxon Valdez"), never "States" from "United States".
 */
function cutsName(chunk: { kinds: string[]; lowers: string[] }, a: number, b: number): boolean {
  const { kinds, lowers } = chunk
  const cut = (a > 0 && kinds[a - 1] === 'P' && kinds[a] === 'P') || (b < kinds.length && kinds[b - 1] === 'P' && kinds[b] === 'P')
  if (!cut) return false
  for (let i = a; i < b; i++) if (wordInfo(lowers[i]).zipf > T.nameWordZipf) return true
  return false
}

const rarityMemo = new Map<string, number>()
/** Rarity in English of the word behind a stem: 7 − Zipf, floored so no word counts for nothing. */
function rarityOfStem(s: string, c: Candidate): number {
  let r = rarityMemo.get(s)
  if (r === undefined) {
    // The stem itself is usually a word or close to one; the candidate's own spelling is the fallback.
    const form = [...c.forms.keys()][0].toLowerCase().split(/\s+/)[c.stems.indexOf(s)] ?? s
    r = Math.max(0.5, 7 - wordInfo(form).zipf)
    if (rarityMemo.size > 50_000) rarityMemo.clear()
    rarityMemo.set(s, r)
  }
  return r
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
 * Keeps the best of near-duplicates: the same words in another order or form, and a phrase
 * inside a kept phrase unless it is clearly more frequent on its own.
 */
function dedupe(sorted: (Keyword & { c: Candidate })[], max: number): (Keyword & { c: Candidate })[] {
  const kept: (Keyword & { c: Candidate })[] = []
  const keptSets: Set<string>[] = []
  const skipped: (Keyword & { c: Candidate })[] = []
  for (const k of sorted) {
    const stems = new Set(k.c.stems)
    let skip = false
    for (let i = 0; i < kept.length && !skip; i++) {
      const other = keptSets[i]
      const inside = [...stems].every((s) => other.has(s))
      if (inside && (stems.size === other.size || k.count < kept[i].count * T.subphraseRatio)) skip = true
    }
    if (skip) {
      skipped.push(k)
      continue
    }
    kept.push(k)
    keptSets.push(stems)
    if (kept.length >= max) return kept
  }
  // A short text may not have enough distinct phrases: fill up with the near-duplicates.
  return kept.concat(skipped.slice(0, max - kept.length))
}

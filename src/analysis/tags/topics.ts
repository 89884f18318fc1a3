/**
 * @module
 * IPTC Media Topics from cue evidence: hand-written cue words and phrases (lexicons/topic-cues.ts)
 * are matched by Porter stem over the article, headline cues weigh more, repeats count less than
 * linearly, and second-level evidence also counts for its parent. Scores are shares of all
 * evidence, so they sum to at most 1 over the top-level topics.
 */
import { TOPIC_CUES } from '../lexicons/topic-cues'
import type { Tokens, Topic } from '../types'
import { headlineEnd } from './headline'
import { TOPIC_TUNING as T } from './topic-tuning'
import { TOPIC_VOCABULARY } from './topic-vocabulary'
import { isCapitalised, tokenFacts, wordInfo, type WordInfo } from './word-info'

interface Cue {
  topic: number
  weight: number
  /** Only when the first word is capitalised ("Labour" the party, "Apple" the company). */
  cased: boolean
  /** Stems of the words after the first, for phrases. */
  rest: string[]
  key: string
  /** The cue word as written (lower case), for one-word cues. */
  word: string
}

interface TopicNode {
  id: string
  label: string
  /** Index of the level-1 topic (itself for level 1). */
  root: number
}

let compiled: { nodes: TopicNode[]; byWord: Map<string, Cue[]>; byStem: Map<string, Cue[]> } | null = null

/** Builds the cue index on first use: word form and stem of the first word -> cues, longest first. */
function compile() {
  const index = new Map(TOPIC_VOCABULARY.map(([id], i) => [id, i]))
  const nodes: TopicNode[] = TOPIC_VOCABULARY.map(([id, label, parent]) => ({ id: `medtop:${id}`, label, root: parent ? index.get(parent)! : index.get(id)! }))
  const byWord = new Map<string, Cue[]>()
  const byStem = new Map<string, Cue[]>()
  const push = (map: Map<string, Cue[]>, key: string, cue: Cue) => {
    const list = map.get(key) ?? []
    list.push(cue)
    map.set(key, list)
  }
  for (const { id, cues } of TOPIC_CUES) {
    const topic = index.get(id)
    if (topic === undefined) throw new Error(`topic-cues: unknown IPTC id ${id}`)
    for (const item of cues.split(/\s+/)) {
      if (!item) continue
      const m = /^(\^?)(.+?)(?::([\d.]+))?$/.exec(item)!
      const words = m[2].toLowerCase().split('_')
      const cue: Cue = { topic, weight: m[3] ? Number(m[3]) : 1, cased: m[1] === '^', rest: words.slice(1).map((w) => wordInfo(w).stem), key: m[2].replace(/_/g, ' '), word: words[0] }
      // A one-word cue is keyed by its exact form too, so "union" and "unions" can differ.
      if (words.length === 1) push(byWord, words[0], cue)
      push(byStem, wordInfo(words[0]).stem, cue)
    }
  }
  for (const list of byStem.values()) list.sort((a, b) => b.rest.length - a.rest.length)
  return { nodes, byWord, byStem }
}

/**
 * The IPTC topics an article is about, best first: level-1 topics by share of evidence, each
 * followed by a level-2 topic when one holds most of its evidence.
 *
 * @example
 * tagTopics(tokenize('The striker scored twice as the team won the cup.'), null)[0].label // 'sport'
 */
export function tagTopics(tokens: Tokens, title: string | null, max = 5): Topic[] {
  compiled ??= compile()
  const { nodes, byWord, byStem } = compiled
  // topic index -> cue key -> [weight, count, surface form]
  const hits = new Map<number, Map<string, [number, number, string]>>()
  const add = (cue: Cue, times: number, form: string) => {
    // Weight 0 cues only shield their words from shorter cues ("Labor Day" is not labour).
    if (cue.weight === 0) return
    let perTopic = hits.get(cue.topic)
    if (!perTopic) hits.set(cue.topic, (perTopic = new Map()))
    const h = perTopic.get(cue.key)
    if (h) h[1] += times
    else perTopic.set(cue.key, [cue.weight, times, form])
  }

  const scan = (infos: WordInfo[], lowers: string[], capitalised: boolean[], times: (i: number) => number) => {
    for (let i = 0; i < infos.length; i++) {
      if (infos[i].cls === 'S' && !capitalised[i]) continue
      const exact = byWord.get(lowers[i])
      const candidates = byStem.get(infos[i].stem)
      if (!candidates && !exact) continue
      let matched = 0
      // Longest phrase first; capitalised cues shadow lower-case ones for a capitalised word.
      for (const cue of candidates ?? []) {
        if (cue.rest.length === 0 || cue.rest.length < matched) continue
        if (cue.cased && !capitalised[i]) continue
        if (cue.rest.every((s, k) => infos[i + 1 + k]?.stem === s)) {
          add(cue, times(i), lowers.slice(i, i + 1 + cue.rest.length).join(' '))
          matched = cue.rest.length
        }
      }
      if (matched > 0) {
        i += matched
        continue
      }
      // One-word cues match their own inflections only: "matches" is "match", but "presents" is
      // not "presenter" and "industrial" is not "industry", though Porter gives each pair one stem.
      const single = (exact ?? (candidates ?? []).filter((c) => inflects(lowers[i], c.word))).filter((c) => c.rest.length === 0)
      const cased = capitalised[i] ? single.filter((c) => c.cased) : []
      for (const cue of cased.length > 0 ? cased : single.filter((c) => !c.cased)) add(cue, times(i), lowers[i])
    }
  }

  const headEnd = title ? 0 : headlineEnd(tokens)
  const facts = tokenFacts(tokens)
  scan(facts.info, facts.bare, facts.capitalised, (i) => (i < headEnd ? T.headline : 1))
  if (title) {
    const titleWords = title.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []
    const lowers = titleWords.map((w) => w.toLowerCase())
    scan(lowers.map(wordInfo), lowers, titleWords.map(isCapitalised), () => T.headline)
  }

  const own = new Map<number, number>()
  const rootScore = new Map<number, number>()
  const rootTerms = new Map<number, [string, number][]>()
  for (const [topic, perTopic] of hits) {
    let score = 0
    const root = nodes[topic].root
    const terms = rootTerms.get(root) ?? []
    for (const [weight, count, form] of perTopic.values()) {
      const s = weight * count ** T.repeatPower
      score += s
      terms.push([form, s])
    }
    rootTerms.set(root, terms)
    own.set(topic, score)
    rootScore.set(root, (rootScore.get(root) ?? 0) + score)
  }
  let total = 0
  for (const s of rootScore.values()) total += s
  if (total === 0) return []

  const result: Topic[] = []
  const roots = [...rootScore].sort((a, b) => b[1] - a[1])
  for (const [root, score] of roots) {
    if (result.length >= max || score / total < T.minShare) break
    const terms = mergeTerms(rootTerms.get(root) ?? [])
    result.push({ id: nodes[root].id, label: nodes[root].label, score: round(score / total), terms })
    // The strongest child, when it holds most of the parent's evidence.
    let best = -1
    for (const [topic, s] of own) if (topic !== root && nodes[topic].root === root && (best < 0 || s > own.get(best)!)) best = topic
    if (best >= 0 && result.length < max && own.get(best)! >= T.childMin && own.get(best)! / score >= T.childShare) {
      const childTerms = mergeTerms([...hits.get(best)!.values()].map(([w, c, f]) => [f, w * c ** T.repeatPower]))
      result.push({ id: nodes[best].id, label: nodes[best].label, score: round(own.get(best)! / total), terms: childTerms })
    }
  }
  return result
}

const WORD_ENDING = /^(?:|s|es|ed|d|ing|ies|ied|'s|’s)$/
// Cues are listed in their base form (plus any inflection that means something else), so only
// the base form's own endings are dropped: "ruled" must not match "rules".
const CUE_ENDING = /^(?:|e|y)$/

/** True when a word is an inflection of a cue word ("matches" / "match", "rallied" / "rally"). */
function inflects(word: string, cue: string): boolean {
  let p = 0
  while (p < word.length && p < cue.length && word[p] === cue[p]) p++
  // A doubled final consonant ("stopped" / "stop") leaves one extra letter on the word's side.
  const rest = word.slice(p)
  return CUE_ENDING.test(cue.slice(p)) && (WORD_ENDING.test(rest) || (p > 0 && rest[0] === word[p - 1] && WORD_ENDING.test(rest.slice(1))))
}

/** The five strongest distinct trigger terms. */
function mergeTerms(terms: [string, number][]): string[] {
  const byForm = new Map<string, number>()
  for (const [form, s] of terms) byForm.set(form, (byForm.get(form) ?? 0) + s)
  return [...byForm].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([f]) => f)
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

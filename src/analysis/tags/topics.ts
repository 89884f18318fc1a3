/**
 * @module
 * IPTC Media Topics from cue evidence: hand-written cue words and phrases (lexicons/topic-cues.ts)
 * are matched with their inflections over the article, headline cues weigh more, repeats count
 * less than linearly, and second-level evidence also counts for its parent. Scores are shares of all
 * evidence, so they sum to at most 1 over the top-level topics.
 */
import { TOPIC_CUES } from '../lexicons/topic-cues'
import type { Tokens, Topic } from '../types'
import { headlineEnd } from './headline'
import { TOPIC_TUNING as T } from './topic-tuning'
import { TOPIC_VOCABULARY } from './topic-vocabulary'
import { STOPWORDS } from '../lexicons/stopwords'
import { isCapitalised, tokenFacts } from './word-info'

interface Cue {
  topic: number
  weight: number
  /** Only when the first word is capitalised ("Labour" the party, "Apple" the company). */
  cased: boolean
  /** The words after the first, for phrases (the last one in any inflected form). */
  rest: string[]
  key: string
}

interface TopicNode {
  id: string
  label: string
  /** Index of the level-1 topic (itself for level 1). */
  root: number
}

let compiled: { nodes: TopicNode[]; words: Map<string, Cue[]>; phrases: Map<string, Cue[]>; forms: Map<string, string> } | null = null

/**
 * Builds the cue index on first use, with no stemmer (cheap at a cold start): every cue word is
 * indexed in its inflected forms ("match", "matches", "matched", "matching"), forms written out
 * in the lexicon win over generated ones, and phrases are indexed by their first word.
 */
function compile() {
  const index = new Map(TOPIC_VOCABULARY.map(([id], i) => [id, i]))
  const nodes: TopicNode[] = TOPIC_VOCABULARY.map(([id, label, parent]) => ({ id: `medtop:${id}`, label, root: parent ? index.get(parent)! : index.get(id)! }))
  const words = new Map<string, Cue[]>()
  const phrases = new Map<string, Cue[]>()
  // inflected form -> base form, for words inside phrases
  const forms = new Map<string, string>()
  const generated: [string, Cue][] = []
  const phraseWords: string[] = []
  const push = (map: Map<string, Cue[]>, key: string, cue: Cue) => {
    const list = map.get(key)
    if (list) list.push(cue)
    else map.set(key, [cue])
  }
  for (const { id, cues } of TOPIC_CUES) {
    const topic = index.get(id)
    if (topic === undefined) throw new Error(`topic-cues: unknown IPTC id ${id}`)
    for (const item of cues.split(/\s+/)) {
      if (!item) continue
      const m = /^(\^?)(.+?)(?::([\d.]+))?$/.exec(item)!
      const parts = m[2].toLowerCase().split('_')
      const cue: Cue = { topic, weight: m[3] ? Number(m[3]) : 1, cased: m[1] === '^', rest: parts.slice(1), key: m[2].replace(/_/g, ' ') }
      if (parts.length === 1) {
        push(words, parts[0], cue)
        for (const form of inflections(parts[0])) generated.push([form, cue])
      } else {
        phraseWords.push(...parts)
        for (const form of inflections(parts[0])) push(phrases, form, cue)
      }
    }
  }
  // A generated form never overrides a form the lexicon lists itself ("aids" is not "aid").
  const listed = new Set(words.keys())
  for (const [form, cue] of generated) if (!listed.has(form)) push(words, form, cue)
  for (const list of phrases.values()) list.sort((a, b) => b.rest.length - a.rest.length)
  // Phrase words as written first, so "united" stays itself and is not "unit" + "ed".
  for (const p of phraseWords) forms.set(p, p)
  for (const p of phraseWords) for (const form of inflections(p)) if (!forms.has(form)) forms.set(form, p)
  return { nodes, words, phrases, forms }
}

/** The regular inflections of a base form: -s/-es/-ies, -ed/-d/-ied, -ing, doubled consonants. */
function inflections(word: string): string[] {
  const out = [word, `${word}s`, `${word}es`, `${word}ed`, `${word}ing`]
  const last = word[word.length - 1]
  if (last === 'e') out.push(`${word}d`, `${word.slice(0, -1)}ing`)
  if (last === 'y' && !/[aeiou]y$/.test(word)) out.push(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`)
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word)) out.push(`${word}${last}ed`, `${word}${last}ing`)
  return out
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
  const { nodes, words, phrases, forms } = compiled
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

  const scan = (lowers: string[], capitalised: boolean[], times: (i: number) => number) => {
    for (let i = 0; i < lowers.length; i++) {
      const lower = lowers[i]
      if (!capitalised[i] && STOPWORDS.has(lower)) continue
      let matched = 0
      // Longest phrase first; a phrase's later words may be inflected ("interest rates").
      for (const cue of phrases.get(lower) ?? []) {
        if (cue.rest.length < matched || (cue.cased && !capitalised[i])) continue
        if (cue.rest.every((w, k) => forms.get(lowers[i + 1 + k]) === w)) {
          add(cue, times(i), lowers.slice(i, i + 1 + cue.rest.length).join(' '))
          matched = cue.rest.length
        }
      }
      if (matched > 0) {
        i += matched
        continue
      }
      const single = words.get(lower)
      if (!single) continue
      // Capitalised cues shadow lower-case ones for a capitalised word.
      let cased = false
      if (capitalised[i]) for (const cue of single) if (cue.cased) cased = true
      for (const cue of single) if (cue.cased === cased) add(cue, times(i), lower)
    }
  }

  const headEnd = title ? 0 : headlineEnd(tokens)
  const facts = tokenFacts(tokens)
  scan(facts.bare, facts.capitalised, (i) => (i < headEnd ? T.headline : 1))
  if (title) {
    const titleWords = title.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []
    scan(titleWords.map((w) => w.toLowerCase().replace(/['’]s$/, '')), titleWords.map(isCapitalised), () => T.headline)
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

/** The five strongest distinct trigger terms. */
function mergeTerms(terms: [string, number][]): string[] {
  const byForm = new Map<string, number>()
  for (const [form, s] of terms) byForm.set(form, (byForm.get(form) ?? 0) + s)
  return [...byForm].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([f]) => f)
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

/**
 * @module
 * IPTC Media Topics by cue-word evidence: each topic's cue stems are counted over the article,
 * weighted by rarity across topics, and normalised to a share of all evidence.
 */
import { TOPIC_CUES } from '../lexicons/topic-cues'
import { stem } from '../natural'
import type { Tokens, Topic } from '../types'

interface CompiledTopic {
  id: string
  label: string
}

const TOPICS: CompiledTopic[] = TOPIC_CUES.map(({ id, label }) => ({ id, label }))
// stem -> indexes of the topics it cues
const CUE_INDEX = new Map<string, number[]>()
TOPIC_CUES.forEach((topic, index) => {
  for (const cue of topic.cues.split(/\s+/)) {
    const s = stem(cue)
    const list = CUE_INDEX.get(s) ?? []
    if (!list.includes(index)) list.push(index)
    CUE_INDEX.set(s, list)
  }
})

/**
 * The IPTC topics an article is about, best first, each with the terms that triggered it.
 *
 * @example
 * tagTopics(tokenize('The striker scored twice as the team won the cup.'))[0].label // 'sport'
 */
export function tagTopics(tokens: Tokens, title: string | null, max = 5): Topic[] {
  const evidence = TOPICS.map(() => ({ weight: 0, terms: new Map<string, number>() }))
  const titleLower = (title ?? '').toLowerCase()
  const add = (lower: string, weight: number) => {
    const topics = CUE_INDEX.get(stem(lower))
    if (!topics) return
    for (const t of topics) {
      evidence[t].weight += weight / topics.length
      evidence[t].terms.set(lower, (evidence[t].terms.get(lower) ?? 0) + 1)
    }
  }
  for (const word of tokens.words) add(word.lower, 1)
  for (const w of titleLower.match(/\p{L}+/gu) ?? []) add(w, 2)

  const total = evidence.reduce((sum, e) => sum + e.weight, 0)
  if (total === 0) return []
  return evidence
    .map((e, i) => ({
      id: TOPICS[i].id,
      label: TOPICS[i].label,
      score: Math.round((e.weight / total) * 1000) / 1000,
      terms: [...e.terms].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([t]) => t),
    }))
    .filter((t) => t.score >= 0.05)
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
}

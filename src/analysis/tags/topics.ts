/**
 * @module
 * IPTC Media Topics from cue evidence: hand-written cue words and phrases (lexicons/topic-cues.ts)
 * are matched with their inflections over the article, headline cues weigh more, repeats count
 * less than linearly, and second-level evidence also counts for its parent. Scores are shares of all
 * evidence, so they sum to at most 1 over the top-level topics.
 */
import { TOPIC_CUES } from '../lexicons/topic-cues'
import { BoundedMemo } from '../cache'
import { lexemes } from '../text/lexeme'
import type { Tokens, Topic } from '../types'
import { headlineEnd } from './headline'
import { TOPIC_TUNING as T } from './topic-tuning'
import { TOPIC_VOCABULARY } from './topic-vocabulary'
import { STOPWORDS } from '../lexicons/stopwords'
import { isCapitalised, tagWord } from './word-info'
import { topBy } from '../top-by'

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

let compiled: {
  nodes: TopicNode[]
  words: Map<string, Cue[]>
  phrases: Map<string, Cue[]>
  phraseWords: Set<string>
} | null = null

/**
 * Builds the cue index on first use: one-word cues by their written form, phrases by their first
 * word. No stemmer and no generated forms, so a cold start costs little; inflections are undone at
 * lookup time instead ({@link baseForms}).
 */
function compile() {
  const index = new Map(TOPIC_VOCABULARY.map(([id], i) => [id, i]))
  const nodes: TopicNode[] = TOPIC_VOCABULARY.map(([id, label, parent]) => ({
    id: `medtop:${id}`,
    label,
    root: parent ? index.get(parent)! : index.get(id)!,
  }))
  const words = new Map<string, Cue[]>()
  const phrases = new Map<string, Cue[]>()
  const phraseWords = new Set<string>()
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
      const colon = item.lastIndexOf(':')
      const weight = colon > 0 ? Number(item.slice(colon + 1)) : 1
      const cased = item[0] === '^'
      const name = item.slice(cased ? 1 : 0, colon > 0 ? colon : item.length)
      const parts = name.toLowerCase().split('_')
      const cue: Cue = { topic, weight, cased, rest: parts.slice(1), key: name.replace(/_/g, ' ') }
      if (parts.length === 1) push(words, parts[0], cue)
      else {
        push(phrases, parts[0], cue)
        for (const p of parts) phraseWords.add(p)
      }
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.rest.length - a.rest.length)
  return { nodes, words, phrases, phraseWords }
}

/**
 * The base forms an inflected word may come from, most literal first: "matches" -> "matche",
 * "match"; "rallied" -> "rally"; "stopped" -> "stop"; "hoping" -> "hop", "hope". A cue is listed
 * in its base form, so "ruled" (listed) never matches "rules" (whose base is "rule").
 */
function baseForms(word: string): string[] {
  const out: string[] = []
  const n = word.length
  if (n < 4) return out
  if (word.endsWith('s') && !word.endsWith('ss')) {
    out.push(word.slice(0, -1))
    if (word.endsWith('es')) out.push(word.slice(0, -2))
    if (word.endsWith('ies')) out.push(word.slice(0, -3) + 'y')
  } else if (word.endsWith('ed')) {
    out.push(word.slice(0, -2), word.slice(0, -1))
    if (word.endsWith('ied')) out.push(word.slice(0, -3) + 'y')
    if (word[n - 3] === word[n - 4]) out.push(word.slice(0, -3))
  } else if (word.endsWith('ing') && n > 5) {
    out.push(word.slice(0, -3), word.slice(0, -3) + 'e')
    if (word[n - 4] === word[n - 5]) out.push(word.slice(0, -4))
  }
  return out
}

const SCORELINE = /^\d{1,3}-\d{1,3}$/
let scoreline: Cue | null = null
function scoreCue(nodes: TopicNode[]): Cue {
  scoreline ??= {
    topic: nodes.findIndex((n) => n.id === 'medtop:15000000'),
    weight: 1,
    cased: false,
    rest: [],
    key: 'scoreline',
  }
  return scoreline
}

/** A lower-case word resolved against the cue index, memoized by word. */
interface CueMatch {
  /** One-word cues for the word: its own entry, else that of its base form. */
  single: Cue[] | undefined
  /** The phrase word it stands for, if any ("rates" -> "rate" in "interest rate"). */
  phraseWord: string | undefined
  /** The phrase cues that open with that phrase word, longest first. */
  phraseCues: Cue[] | undefined
  stop: boolean
  scoreline: boolean
}
const matchMemo = new BoundedMemo<string, CueMatch>('topics.cueMatches', 50_000)
const topicWords = lexemes.cache<TopicWord>('topics.words')

function cueMatch(
  lower: string,
  words: Map<string, Cue[]>,
  phrases: Map<string, Cue[]>,
  phraseWords: Set<string>,
): CueMatch {
  let r = matchMemo.get(lower)
  if (r) return r
  let single = words.get(lower)
  let phraseWord = phraseWords.has(lower) ? lower : undefined
  if (!single || !phraseWord) {
    for (const base of baseForms(lower)) {
      single ??= words.get(base)
      if (!phraseWord && phraseWords.has(base)) phraseWord = base
    }
  }
  r = {
    single,
    phraseWord,
    phraseCues: phraseWord ? phrases.get(phraseWord) : undefined,
    stop: STOPWORDS.has(lower),
    scoreline: SCORELINE.test(lower),
  }
  return matchMemo.set(lower, r)
}

/**
 * A spelling as the topic scan reads it: its {@link CueMatch} and what the scan asks of the token,
 * in one record cached per lexeme, so a token costs one lookup.
 */
export interface TopicWord extends CueMatch {
  /** Lower case, without a possessive `'s` (the form a cue is reported in). */
  bare: string
  capitalised: boolean
  /** Neither a cue word nor a scoreline: the scan steps over it. */
  inert: boolean
}

function topicWord(bare: string, capitalised: boolean, match: CueMatch): TopicWord {
  const { single, phraseWord, phraseCues, stop, scoreline } = match
  return {
    single,
    phraseWord,
    phraseCues,
    stop,
    scoreline,
    bare,
    capitalised,
    inert: !single && !phraseCues && !scoreline,
  }
}

/**
 * The IPTC topics an article is about, best first: level-1 topics by share of evidence, each
 * followed by a level-2 topic when one holds most of its evidence. A topic, either level, whose
 * share is under `minScore` is left out.
 *
 * @example
 * tagTopics(tokenize('The striker scored twice as the team won the cup.'), null)[0].label // 'sport'
 */
export function tagTopics(
  tokens: Tokens,
  title: string | null,
  max = 5,
  minScore: number = T.minShare,
): Topic[] {
  compiled ??= compile()
  const { nodes, words, phrases, phraseWords } = compiled
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

  const scan = (resolved: readonly TopicWord[], times: (i: number) => number) => {
    for (let i = 0; i < resolved.length; i++) {
      const r = resolved[i]
      if (r.inert || (!r.capitalised && r.stop)) continue
      let matched = 0
      // Longest phrase first; a phrase's words may be inflected ("interest rates").
      if (r.phraseCues) {
        for (const cue of r.phraseCues) {
          if (cue.rest.length < matched || (cue.cased && !r.capitalised)) continue
          if (phraseAt(resolved, i + 1, cue.rest)) {
            let form = r.bare
            for (let k = 1; k <= cue.rest.length; k++) form += ' ' + resolved[i + k].bare
            add(cue, times(i), form)
            matched = cue.rest.length
          }
        }
      }
      if (matched > 0) {
        i += matched
        continue
      }
      const single = r.single
      if (!single) {
        // A scoreline ("6-4", "89-53") is the commonest sign of a sports report.
        if (r.scoreline) add(scoreCue(nodes), times(i), r.bare)
        continue
      }
      // Capitalised cues shadow lower-case ones for a capitalised word.
      let cased = false
      if (r.capitalised) for (const cue of single) if (cue.cased) cased = true
      for (const cue of single) if (cue.cased === cased) add(cue, times(i), r.bare)
    }
  }

  const headEnd = title ? 0 : headlineEnd(tokens)
  const resolved = new Array<TopicWord>(tokens.words.length)
  for (let i = 0; i < resolved.length; i++) {
    const lexeme = tokens.words[i].lexeme
    let r = topicWords.get(lexeme)
    if (r === undefined) {
      const tag = tagWord(lexeme)
      r = topicWords.set(
        lexeme,
        topicWord(tag.bare, tag.capitalised, cueMatch(tag.bare, words, phrases, phraseWords)),
      )
    }
    resolved[i] = r
  }
  scan(resolved, (i) => (i < headEnd ? T.headline : 1))
  if (title) {
    const titleWords = title.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []
    const titleResolved = titleWords.map((w) => {
      const lower = w.toLowerCase().replace(/['’]s$/, '')
      return topicWord(lower, isCapitalised(w), cueMatch(lower, words, phrases, phraseWords))
    })
    scan(titleResolved, () => T.headline)
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
    if (result.length >= max || score / total < minScore) break
    const terms = mergeTerms(rootTerms.get(root) ?? [])
    result.push({
      id: nodes[root].id,
      label: nodes[root].label,
      score: round(score / total),
      terms,
    })
    // The strongest child, when it holds most of the parent's evidence.
    let best = -1
    for (const [topic, s] of own)
      if (topic !== root && nodes[topic].root === root && (best < 0 || s > own.get(best)!))
        best = topic
    if (
      best >= 0 &&
      result.length < max &&
      own.get(best)! >= T.childMin &&
      own.get(best)! / score >= T.childShare &&
      own.get(best)! / total >= minScore
    ) {
      const childTerms = mergeTerms(
        [...hits.get(best)!.values()].map(([w, c, f]) => [f, w * c ** T.repeatPower]),
      )
      result.push({
        id: nodes[best].id,
        label: nodes[best].label,
        score: round(own.get(best)! / total),
        terms: childTerms,
      })
    }
  }
  return result
}

/** Whether the words from `at` on stand for the phrase words `rest`, in any inflection. */
function phraseAt(resolved: readonly TopicWord[], at: number, rest: readonly string[]): boolean {
  if (at + rest.length > resolved.length) return false
  for (let k = 0; k < rest.length; k++) if (resolved[at + k].phraseWord !== rest[k]) return false
  return true
}

/** The five strongest distinct trigger terms. */
function mergeTerms(terms: [string, number][]): string[] {
  const byForm = new Map<string, number>()
  for (const [form, s] of terms) byForm.set(form, (byForm.get(form) ?? 0) + s)
  return topBy(byForm, 5, ([, strength]) => strength).map(([f]) => f)
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

/**
 * @module
 * Keyphrases: runs of content words between stop words and punctuation, scored by how often and
 * how early their words occur, with a bonus for title words and multi-word phrases. Word forms are
 * merged by Porter stem.
 */
import { STOPWORDS } from '../lexicons/stopwords'
import { stem } from '../natural'
import type { Keyword, Tokens } from '../types'

const MAX_PHRASE_WORDS = 4
const CONTENT_WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u

interface Candidate {
  key: string
  forms: Map<string, number>
  count: number
  start: number
  stems: string[]
}

/**
 * The top keyphrases of a tokenized article, best first.
 *
 * @example
 * extractKeywords(tokenize(text), 'Title').map((k) => k.term)
 */
export function extractKeywords(tokens: Tokens, title: string | null, max = 10): Keyword[] {
  const { words, text } = tokens
  if (words.length === 0) return []
  const titleStems = new Set((title ?? '').toLowerCase().match(/\p{L}+/gu)?.map(stem) ?? [])
  const stemCounts = new Map<string, number>()
  const firstSeen = new Map<string, number>()
  const candidates = new Map<string, Candidate>()

  let run: number[] = []
  const closeRun = () => {
    for (let i = 0; i < run.length; i++) {
      for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= run.length; n++) {
        const slice = run.slice(i, i + n)
        const stems = slice.map((w) => stem(words[w].lower))
        const key = stems.join(' ')
        const form = text.slice(words[slice[0]].start, words[slice[n - 1]].end)
        let c = candidates.get(key)
        if (!c) candidates.set(key, (c = { key, forms: new Map(), count: 0, start: words[slice[0]].start, stems }))
        c.count++
        c.forms.set(form, (c.forms.get(form) ?? 0) + 1)
      }
    }
    run = []
  }

  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    const isContent = CONTENT_WORD.test(word.text) && word.lower.length > 2 && !STOPWORDS.has(word.lower)
    // A run breaks at stop words, at sentence ends and at punctuation between words.
    const gap = i > 0 ? text.slice(words[i - 1].end, word.start) : ''
    if (!isContent || (i > 0 && (words[i - 1].sentence !== word.sentence || /[^\s'’-]/.test(gap)))) closeRun()
    if (!isContent) continue
    run.push(i)
    const s = stem(word.lower)
    stemCounts.set(s, (stemCounts.get(s) ?? 0) + 1)
    if (!firstSeen.has(s)) firstSeen.set(s, i / words.length)
  }
  closeRun()

  const scored: Keyword[] = []
  for (const c of candidates.values()) {
    const n = c.stems.length
    if (n > 1 && c.count < 2) continue
    let wordScore = 0
    for (const s of c.stems) {
      const frequency = stemCounts.get(s) ?? 0
      const position = 1 - (firstSeen.get(s) ?? 1)
      wordScore += Math.log1p(frequency) * (1 + position) * (titleStems.has(s) ? 1.5 : 1)
    }
    const score = (wordScore / n) * Math.log1p(c.count) * (n > 1 ? 1.2 : 1)
    scored.push({ term: bestForm(c.forms), score, count: c.count, start: c.start })
  }
  scored.sort((a, b) => b.score - a.score)
  return dedupe(scored, max).map((k) => ({ ...k, score: Math.round(k.score * 1000) / 1000 }))
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

/** Drops a term whose words are all inside a better-scored term already kept. */
function dedupe(sorted: Keyword[], max: number): Keyword[] {
  const kept: Keyword[] = []
  for (const k of sorted) {
    const lower = k.term.toLowerCase()
    if (kept.some((x) => x.term.toLowerCase().includes(lower) || lower.includes(x.term.toLowerCase()))) continue
    kept.push(k)
    if (kept.length >= max) break
  }
  return kept
}

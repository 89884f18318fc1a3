import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analysis/index'
import type { StanceCounts } from '../../src/analysis/types'

// Articles the team wrote (fixtures/articles/README.md), each with what a correct analysis must
// keep, drop and count.
interface Expected {
  title?: string
  dateline?: string
  mustContain: string[]
  mustNotContain: string[]
  hardNegatives?: string[]
  stance: Record<string, Partial<StanceCounts>>
  /** Terms the top keyphrases must hold, and terms they must not. */
  keywords?: { include?: string[]; exclude?: string[] }
}

const DIR = 'fixtures/articles'
const articles = readdirSync(DIR)
  .filter((f) => /\.(html|txt)$/.test(f))
  .map((file) => {
    const base = file.replace(/(\.page)?\.(html|txt)$/, '')
    const expected = JSON.parse(
      readFileSync(join(DIR, `${base}.expected.json`), 'utf8'),
    ) as Expected
    const content = readFileSync(join(DIR, file), 'utf8')
    return { file, input: file.endsWith('.html') ? { html: content } : { text: content }, expected }
  })

describe.each(articles)('$file', ({ input, expected }) => {
  const result = analyze(input)

  it('keeps the body and drops the furniture', () => {
    for (const phrase of expected.mustContain) expect(result.clean.text).toContain(phrase)
    for (const phrase of expected.mustNotContain) expect(result.clean.text).not.toContain(phrase)
    if (expected.title) expect(result.clean.title).toBe(expected.title)
    if (expected.dateline) expect(result.clean.dateline).toBe(expected.dateline)
  })

  it('tags the story’s subjects as written', () => {
    const terms = result.keywords.map((k) => k.term)
    for (const term of expected.keywords?.include ?? []) expect(terms).toContain(term)
    for (const term of expected.keywords?.exclude ?? []) expect(terms).not.toContain(term)
    // A tag is one phrase: no line breaks or table tabs inside it.
    for (const term of terms) expect(term).not.toMatch(/[\t\n]/)
  })

  it('counts each actor’s stance as written', () => {
    const LABELS = ['invited', 'accepted', 'declined', 'noResponse'] as const
    for (const [actor, counts] of Object.entries(expected.stance)) {
      const found = result.stance.actors.find((a) => a.actor === actor || a.party === actor)
      expect(found, `actor ${actor}`).toBeDefined()
      for (const label of LABELS) {
        expect(found![label] > 0, `${actor} ${label}`).toBe((counts[label] ?? 0) > 0)
      }
    }
    const expectedActors = new Set(Object.keys(expected.stance))
    const extra = result.stance.actors
      .filter((a) => !expectedActors.has(a.actor) && !expectedActors.has(a.party ?? a.actor))
      .map((a) => a.actor)
    expect(extra, 'actors with events the article does not state').toEqual([])
  })

  it('finds no stance in the hard negatives', () => {
    for (const negative of expected.hardNegatives ?? []) {
      const at = result.clean.text.indexOf(negative)
      expect(at, negative).toBeGreaterThanOrEqual(0)
      const hits = result.stance.events.filter((e) => e.start < at + negative.length && e.end > at)
      expect(
        hits.map((e) => e.cue),
        negative,
      ).toEqual([])
    }
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { chunkRuns } from '../../src/analysis/tags/chunk-phrases'
import { headlineEnd } from '../../src/analysis/tags/headline'
import { extractKeywords } from '../../src/analysis/tags/keywords'
import { tokenize } from '../../src/analysis/text/tokenize'

const spill = readFileSync(new URL('../../fixtures/tags/oil-spill.txt', import.meta.url), 'utf8')

describe('extractKeywords', () => {
  it('returns noun phrases, best first, with counts and first offsets', () => {
    const tokens = tokenize(spill)
    const keywords = extractKeywords(tokens, null, 10)
    const terms = keywords.map((k) => k.term.toLowerCase())
    expect(keywords).toHaveLength(10)
    expect(terms).toContain('crude oil')
    expect(terms).toContain('oil spill')
    expect(terms).toContain('cleanup crews')
    // Most tags are phrases, as in newsroom keyword lists.
    expect(terms.filter((t) => t.includes(' ')).length).toBeGreaterThanOrEqual(6)
    for (let i = 1; i < keywords.length; i++)
      expect(keywords[i].score).toBeLessThanOrEqual(keywords[i - 1].score)
    for (const k of keywords) {
      expect(k.count).toBeGreaterThanOrEqual(1)
      expect(spill.slice(k.start, k.start! + k.term.length).toLowerCase()).toBe(
        k.term.toLowerCase(),
      )
    }
    const crude = keywords.find((k) => k.term === 'crude oil')!
    expect(crude.count).toBe(3)
    expect(crude.start).toBe(spill.indexOf('crude oil'))
  })

  it('never returns reporting verbs, stop words or headline-only fragments', () => {
    const terms = extractKeywords(tokenize(spill), null, 20).map((k) => k.term.toLowerCase())
    for (const t of terms) {
      expect(t).not.toMatch(/\b(?:said|says|would|the|was|could)\b/)
    }
    // "Race Tide" occurs only in the Title Case headline.
    expect(terms.some((t) => t.includes('race'))).toBe(false)
  })

  it('merges aliases of one country and keeps names whole', () => {
    const text = [
      'Washington Weighs Tariff Reply',
      'The United States is weighing new tariffs on steel from Canada, officials in Washington said on Monday. The U.S. trade representative, Dana Whitfield, met steel makers in Pittsburgh.',
      'Whitfield said the United States would decide by June. Canada said any tariffs would be met with tariffs of its own on American farm goods.',
      'Steel makers in Pittsburgh welcomed the tariffs. Canada sells about a fifth of the steel used by U.S. car makers, and the U.S. buys more Canadian steel than any other country.',
    ].join('\n\n')
    const keywords = extractKeywords(tokenize(text), null, 10)
    const us = keywords.filter((k) => /^(?:U\.S\.|United States|America)$/.test(k.term))
    expect(us).toHaveLength(1)
    expect(us[0].count).toBeGreaterThanOrEqual(4)
    expect(keywords.map((k) => k.term)).not.toContain('States')
  })

  it('drops fragments and near-duplicates of a chosen phrase', () => {
    const text = [
      'Storm Turns Toward Coast',
      'The National Hurricane Center said the storm had turned toward the coast on Sunday. Forecasters at the National Hurricane Center expect landfall on Tuesday.',
      'Coastal towns opened shelters. The National Hurricane Center issued a hurricane warning for the coast, and a second hurricane warning for the islands.',
      'Hurricane warnings are rare this early in the season, the center said.',
    ].join('\n\n')
    const terms = extractKeywords(tokenize(text), null, 10).map((k) => k.term.toLowerCase())
    expect(terms).toContain('national hurricane center')
    // Never on their own in the text: fragments of the name, not tags.
    expect(terms).not.toContain('national hurricane')
    expect(terms).not.toContain('hurricane center')
    // "hurricane warning" and "hurricane warnings" are one tag.
    expect(terms.filter((t) => t.startsWith('hurricane warning'))).toHaveLength(1)
  })

  it('folds a lone surname into the full name', () => {
    const text = [
      'Runner Loses World Title',
      'Kenyan runner Ben Otieno lost his world marathon title on Tuesday after a failed doping test.',
      'Otieno denied taking the drug. Officials said Otieno would be banned for two years, and the title would pass to Carl Lindqvist.',
      'Lindqvist said he felt sorry for Otieno. Carl Lindqvist had finished second in the race.',
    ].join('\n\n')
    const keywords = extractKeywords(tokenize(text), null, 10)
    const ben = keywords.find((k) => k.term === 'Ben Otieno')
    expect(ben?.count).toBe(4)
    expect(keywords.map((k) => k.term)).not.toContain('Otieno')
    expect(keywords.find((k) => k.term === 'Carl Lindqvist')?.count).toBe(3)
  })

  it('splits possessives off their names', () => {
    const text =
      "Slovenia's police chief resigned on Friday. Slovenia's government accepted the resignation, and the police union in Slovenia welcomed it."
    const terms = extractKeywords(tokenize(text), null, 10).map((k) => k.term)
    expect(terms.some((t) => t.includes("'s"))).toBe(false)
    expect(terms).toContain('Slovenia')
  })

  it('weights a separately given title', () => {
    const text =
      'The council met on Tuesday. Parking fees and bus lanes were discussed, and the council approved a new library budget. Parking fees will rise in May. The library budget grows by a tenth.'
    const withTitle = extractKeywords(tokenize(text), 'Library budget approved', 3).map(
      (k) => k.term,
    )
    expect(withTitle[0]).toBe('library budget')
  })

  it('reads capitals as no evidence of names in a sentence set in capitals', () => {
    const text =
      'THE PRIME MINISTER ANNOUNCED NEW TAXES ON FUEL TODAY. OPPOSITION LEADERS CALLED THE FUEL TAXES UNFAIR.'
    const terms = extractKeywords(tokenize(text), null, 10).map((k) => k.term.toLowerCase())
    expect(terms).toContain('fuel taxes')
    expect(terms).toContain('prime minister')
    for (const t of terms) expect(t).not.toMatch(/announced|called/)
  })

  it('reads a short first paragraph as the headline, but not a one-line lede', () => {
    expect(
      headlineEnd(tokenize('Storm Hits Gulf Coast\n\nThe storm hit the coast on Monday.')),
    ).toBe(4)
    expect(
      headlineEnd(tokenize('Storm Hits Gulf Coast.\n\nThe storm hit the coast on Monday.')),
    ).toBe(4)
    expect(
      headlineEnd(tokenize('The storm hit the coast on Monday.\n\nIt was the third this year.')),
    ).toBe(0)
    expect(headlineEnd(tokenize('Only one paragraph here'))).toBe(0)
  })

  it('handles empty, stop-word-only and repetitive text', () => {
    expect(extractKeywords(tokenize('word '.repeat(500)), null).map((k) => k.term)).toEqual([
      'word',
    ])
    expect(extractKeywords(tokenize(''), null)).toEqual([])
    expect(extractKeywords(tokenize('It was what it was, and then it was not.'), null)).toEqual([])
    expect(extractKeywords(tokenize(spill), null, 0)).toEqual([])
  })

  it('keeps the person, not the title, when a title runs into a name', () => {
    const text = [
      'Secretary of State Antony Blinken met Assistant Secretary of State for International Narcotics and Law Enforcement Todd Robinson on Tuesday.',
      'Blinken and Robinson discussed the coalition against synthetic drugs, which Antony Blinken will open in Washington.',
      'Todd Robinson said the coalition would target synthetic drugs sold online.',
    ].join(' ')
    const terms = chunkTerms(text)
    expect(terms).toContain('Antony Blinken')
    expect(terms).toContain('Todd Robinson')
    expect(terms).toContain('Law Enforcement')
    expect(terms).not.toContain('State Antony Blinken')
    expect(terms).not.toContain('State')
    expect(terms).not.toContain('Assistant Secretary')
    // A capitalised run without a title stays whole.
    expect(chunkTerms('Tickets for the Boston Red Sox sold out on Sunday.')).toContain(
      'Boston Red Sox',
    )
    // "General" and "State" before a company or a place are part of its name.
    const companies = chunkTerms(
      'Shares of General Motors Company fell while State Street Bank rose.',
    )
    expect(companies).toContain('General Motors Company')
    expect(companies).toContain('State Street Bank')
    expect(chunkTerms('Chief Executive Tim Cook spoke.')).toContain('Tim Cook')
    // Roles in lower case before a name: the person is the subject, not "Kingsmere goalkeeper".
    const match = chunkTerms('Kingsmere goalkeeper Sam Adeyemi saved twice, said analyst Mei Tan.')
    expect(match).toContain('Sam Adeyemi')
    expect(match).toContain('Mei Tan')
    expect(match).not.toContain('Kingsmere goalkeeper Sam Adeyemi')
  })

  it('does not offer a generic noun alone as a subject', () => {
    const text = [
      'The harbour authority has given no indication that it will reopen the ferry terminal.',
      'The issue has divided the town. Ferry operators say the issue is money; the authority says the issue is safety.',
      'Ferry operators want the ferry terminal open by spring, and the issue will go to a vote in March.',
    ].join(' ')
    const terms = extractKeywords(tokenize(text), null).map((k) => k.term.toLowerCase())
    expect(terms.slice(0, 3)).toContain('ferry terminal')
    expect(terms).not.toContain('issue')
    expect(terms).not.toContain('indication')
  })

  it('keeps contractions and table cells out of phrases', () => {
    // "hadn’t" is a verb, whichever apostrophe it is typed with.
    expect(chunkTerms("The branch line hadn’t closed, and the depot hadn't either.")).toEqual([
      'branch line',
      'depot',
    ])
    // A tab parts two table cells: "Kingsmere Athletic" and "Tomasz Wilk" are two phrases.
    expect(chunkTerms('Kingsmere Athletic\tTomasz Wilk\t2')).toEqual([
      'Kingsmere Athletic',
      'Tomasz Wilk',
    ])
  })
})

function chunkTerms(text: string): string[] {
  const tokens = tokenize(text)
  const { bounds } = chunkRuns(tokens, 0)
  const terms: string[] = []
  for (let k = 0; k < bounds.length; k += 2)
    terms.push(
      tokens.words
        .slice(bounds[k], bounds[k + 1])
        .map((w) => w.text)
        .join(' '),
    )
  return terms
}

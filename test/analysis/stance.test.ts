import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectStance, STANCE_RULES_VERSION } from '../../src/analysis/stance/index'
import { tokenize } from '../../src/analysis/text/tokenize'
import type { Stance, StanceLabel } from '../../src/analysis/types'

const LABELS: StanceLabel[] = ['invited', 'accepted', 'declined', 'noResponse']
const stance = (text: string): Stance => detectStance(tokenize(text))
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '')
/** Whether some actor with `label` is `name`, as written or as the party it stands for ("Moscow" is Russia). */
const hasActor = (s: Stance, label: StanceLabel, name: string) =>
  s.actors.some(
    (a) =>
      a[label] > 0 &&
      [a.actor, a.party ?? a.actor].some(
        (written) =>
          ` ${norm(written)} `.includes(` ${norm(name)} `) ||
          ` ${norm(name)} `.includes(` ${norm(written)} `),
      ),
  )

interface Case {
  text: string
  expect: Partial<Record<StanceLabel, (string | null)[]>>
}

const load = (file: string): Case[] =>
  readFileSync(new URL(`../../fixtures/stance/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Case)

describe('stance: the seed shape', () => {
  it('counts China invited and not responding, with Beijing merged into China', () => {
    const s = stance(
      'The United States invited China to join an anti-drug coalition, but received no response from Beijing on the matter, an official said.',
    )
    expect(s.counts).toEqual({ invited: 1, accepted: 0, declined: 0, noResponse: 1 })
    expect(s.actors).toHaveLength(1)
    expect(s.actors[0]).toMatchObject({ actor: 'China', invited: 1, noResponse: 1 })
  })

  it('reads "no indication they will participate" as no response from the invitee', () => {
    const s = stance(
      '"Mexico got our invitation weeks ago, and so far we have no indication that they will take part," the envoy said.',
    )
    expect(s.counts).toEqual({ invited: 1, accepted: 0, declined: 0, noResponse: 1 })
    expect(hasActor(s, 'noResponse', 'Mexico')).toBe(true)
  })

  it('counts each party once per label across an article', () => {
    const text =
      'Canada invited Chile to the summit.\n\nChile has not responded to the invitation, officials said. Santiago did not reply to calls either.'
    const s = stance(text)
    expect(s.counts.invited).toBe(1)
    expect(s.counts.noResponse).toBe(1)
    const chile = s.actors.find((a) => a.actor === 'Chile')
    expect(chile?.evidence.length).toBeGreaterThanOrEqual(2)
  })
})

describe('stance: evidence', () => {
  it('gives offsets into the text, the sentence, the cue and a CAMEO code', () => {
    const text = 'Markets were calm. A spokeswoman for Acme Corp declined to comment.'
    const s = stance(text)
    expect(s.events).toHaveLength(1)
    const e = s.events[0]
    expect(e).toMatchObject({ label: 'declined', actor: 'Acme Corp', cameo: '011' })
    expect(text.slice(e.start, e.end)).toBe(e.cue)
    expect(e.sentence).toBe('A spokeswoman for Acme Corp declined to comment.')
  })

  it('codes a boycotted meeting as CAMEO 125', () => {
    expect(stance('The opposition boycotted the parliamentary session.').events[0].cameo).toBe(
      '125',
    )
  })

  it('has a rules version', () => {
    expect(STANCE_RULES_VERSION).toMatch(/^stance-rules-/)
  })
})

describe('stance: actors', () => {
  it.each([
    ['Moscow declined the invitation.', 'declined', 'Moscow', 'Russia'],
    ['The Kremlin did not respond to the offer.', 'noResponse', 'Kremlin', 'Russia'],
    ['Washington has rejected the proposal for talks.', 'declined', 'Washington', 'United States'],
    ['The U.S. agreed to attend the conference.', 'accepted', 'U.S.', 'United States'],
    ['Downing Street declined to comment.', 'declined', 'Downing Street', 'United Kingdom'],
    ['The British said they would boycott the ceremony.', 'declined', 'British', 'United Kingdom'],
    ['China was invited to the talks.', 'invited', 'China', undefined],
  ] as const)('%s -> %s %s (%s)', (text, label, actor, party) => {
    const s = stance(text)
    expect(s.counts[label]).toBe(1)
    expect(s.actors.map((a) => [a.actor, a.party])).toEqual([[actor, party]])
  })

  it('names a party as the article first does, and counts its metonyms with it', () => {
    const s = stance('The United States invited China to join. Beijing did not respond.')
    expect(s.actors.map((a) => [a.actor, a.party, a.invited, a.noResponse])).toEqual([
      ['China', undefined, 1, 1],
    ])
  })

  it('resolves "the company" and "it" to the last named party', () => {
    const s = stance(
      'Orbital Freight received a bid from a rival on Monday. The company said it would respond later.',
    )
    expect(hasActor(s, 'noResponse', 'Orbital Freight')).toBe(true)
  })

  it('splits coordinated parties but keeps a shared head together', () => {
    expect(stance('Peru and Bolivia declined the offer.').counts.declined).toBe(2)
    expect(stance('Leeds and Bristol dockers accepted the offer.').counts.accepted).toBe(1)
  })
})

describe('stance: negation, tense and hedges', () => {
  it.each([
    'Norway was not invited to the talks.',
    'The board has not yet declined the offer.',
    'If the union rejects the offer, a strike will follow.',
    'Analysts expect the shareholders to accept the bid.',
    'The mayor urged the council to accept the invitation.',
    'Nobody knows whether the rebels will accept the ceasefire terms.',
    'The committee will decide later whether to reject the plan.',
  ])('no event: %s', (text) => {
    expect(stance(text).events).toEqual([])
  })

  it('turns a negated acceptance into a refusal', () => {
    const s = stance('The Greens will not accept the coalition offer.')
    expect(s.counts).toEqual({ invited: 0, accepted: 0, declined: 1, noResponse: 0 })
  })

  it('reads a promise to reply later as no response yet', () => {
    expect(stance('The ministry said it would respond later.').counts.noResponse).toBe(1)
  })
})

describe('stance: senses that are not stance', () => {
  it.each([
    'About 200 invited guests watched the launch.',
    'Paramedics responded to the crash within minutes.',
    'The raid was carried out in response to the attack.',
    'The emergency response was praised.',
    'Declining sales hit the retailer.',
    'Using the fund this way is an accepted practice.',
    'The minister rejected the claim that the project was late.',
    'The port authority invited tenders for the dredging work.',
    'The move could invite retaliation.',
    'Exports declined 3 pct in May.',
    'The board accepted responsibility for the losses.',
    'Talks broke down because agreement could not be reached.',
    'There was no indication of the size of the loss.',
    'The company agreed to buy the plant for 40 mln dlrs.',
  ])('no event: %s', (text) => {
    expect(stance(text).counts).toEqual({ invited: 0, accepted: 0, declined: 0, noResponse: 0 })
  })
})

describe('stance: whole articles (coreference across sentences)', () => {
  const article = (file: string) =>
    stance(readFileSync(new URL(`../../fixtures/stance/${file}`, import.meta.url), 'utf8'))

  it('merges the target of a rejected bid across its names and pronouns', () => {
    const s = article('article-takeover.txt')
    expect(s.counts).toEqual({ invited: 1, accepted: 0, declined: 2, noResponse: 1 })
    expect(hasActor(s, 'declined', 'Harbor Logistics')).toBe(true)
    expect(hasActor(s, 'noResponse', 'Harbor Logistics')).toBe(true)
    expect(hasActor(s, 'declined', 'Peter Moll')).toBe(true)
  })

  it('keeps invitees, acceptances and refusals apart', () => {
    const s = article('article-summit.txt')
    expect(s.counts).toEqual({ invited: 2, accepted: 1, declined: 2, noResponse: 1 })
    expect(hasActor(s, 'noResponse', 'Turkey')).toBe(true)
    expect(hasActor(s, 'accepted', 'Greek Cypriot leader')).toBe(true)
  })

  it('keeps he and she apart and prefers the person just quoted', () => {
    const s = article('article-pronouns.txt')
    expect(s.counts).toEqual({ invited: 2, accepted: 1, declined: 2, noResponse: 1 })
    expect(hasActor(s, 'declined', 'Anne Ruiz')).toBe(true)
    expect(hasActor(s, 'noResponse', 'John Kessler')).toBe(true)
    expect(hasActor(s, 'accepted', 'inspector general')).toBe(true)
  })

  it('resolves she, it and the party to the right antecedents', () => {
    const s = article('article-coreference.txt')
    expect(s.counts).toEqual({ invited: 1, accepted: 0, declined: 2, noResponse: 1 })
    expect(hasActor(s, 'declined', 'Maria Ortega')).toBe(true)
    expect(hasActor(s, 'noResponse', 'Nordbank')).toBe(true)
    expect(hasActor(s, 'declined', 'Democratic Union')).toBe(true)
  })
})

for (const file of [
  'cases.jsonl',
  'cases-2.jsonl',
  'cases-3.jsonl',
  'cases-4.jsonl',
  'cases-5.jsonl',
  'cases-6.jsonl',
  'cases-7.jsonl',
  'cases-8.jsonl',
  'cases-9.jsonl',
  'cases-10.jsonl',
  'cases-11.jsonl',
  'negatives.jsonl',
]) {
  describe(`stance fixtures: ${file}`, () => {
    it.each(load(file).map((c) => [c.text, c] as const))('%s', (_text, c) => {
      const s = stance(c.text)
      for (const label of LABELS) {
        const want = c.expect[label] ?? []
        expect(s.counts[label], label).toBe(want.length)
        for (const name of want)
          if (name) expect(hasActor(s, label, name), `${label} ${name}`).toBe(true)
      }
    })
  })
}

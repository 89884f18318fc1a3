import { describe, expect, it } from 'vitest'
import { tagTopics } from '../../src/analysis/tags/topics'
import { TOPIC_VOCABULARY } from '../../src/analysis/tags/topic-vocabulary'
import { tokenize } from '../../src/analysis/text/tokenize'

const top = (text: string, title: string | null = null) => tagTopics(tokenize(text), title)

const match = `Late Header Sends Rovers Top

Rovers climbed to the top of the league on Saturday after a stoppage-time header from their striker Leon Achebe beat Harbour City 2-1.

City had led through a penalty in the first half, but the home side dominated after the break. The goalkeeper saved twice from Achebe before the equaliser, a low shot from the edge of the area. "The players never stopped believing," the coach said. Rovers play in the cup semi-final next week.`

const rates = `Central Bank Raises Interest Rates Again

The central bank lifted its main lending rate to 5.5 per cent on Thursday, its third rise this year, with inflation still well above target.

Economists had expected the move. Consumer prices rose 4.1 per cent in the year to March, driven by energy and food. The bank said economic growth had slowed but that the labour market remained tight. Shares fell and the currency rose after the decision; bond yields climbed to their highest level since 2008.`

const election = `Opposition Leads as Campaign Enters Final Week

With a week to go before the general election, the opposition party leads the governing coalition by six points, according to an opinion poll published on Sunday.

Voters in twelve marginal constituencies will decide the outcome. The prime minister campaigned in the north, promising lower taxes, while the opposition leader pledged to reform parliament. Turnout is expected to be high; postal votes already outnumber those cast at the last election.`

const quake = `Earthquake Kills Dozens in Mountain Towns

A magnitude 6.8 earthquake struck the mountain region before dawn on Friday, killing at least 42 people and leaving thousands homeless, emergency officials said.

Rescuers dug through collapsed houses in three towns near the epicentre. Aftershocks rattled the area through the morning, and a landslide blocked the only road to the worst-hit valley. The Red Cross set up shelters for survivors.`

describe('tagTopics', () => {
  it('puts sport first for a match report, with the cues that fired', () => {
    const topics = top(match)
    expect(topics[0].id).toBe('medtop:15000000')
    expect(topics[0].label).toBe('sport')
    expect(topics[0].terms).toEqual(expect.arrayContaining(['striker', 'league']))
    expect(topics[0].score).toBeGreaterThan(0.5)
  })

  it('files a rate decision under economy, with its level-2 topic', () => {
    const topics = top(rates)
    expect(topics[0].id).toBe('medtop:04000000')
    expect(topics[1].id).toBe('medtop:20000344')
    expect(topics[1].label).toBe('economy')
    expect(topics.map((t) => t.id)).not.toContain('medtop:11000000')
  })

  it('tells the Labour party from labour relations', () => {
    const party = top(
      'Labour won the by-election on Thursday, and Labour MPs celebrated in the Commons as the Tory candidate came third.',
    )
    expect(party[0].id).toBe('medtop:11000000')
    const work = top(
      'Union members voted to strike over wages and pensions; the employers said labour costs had already risen and jobs were at risk.',
    )
    expect(work[0].id).toBe('medtop:09000000')
  })

  it('reports an election under politics with the election subtopic', () => {
    const topics = top(election)
    expect(topics[0].id).toBe('medtop:11000000')
    expect(topics.map((t) => t.id)).toContain('medtop:20000574')
  })

  it('puts a deadly earthquake under disaster', () => {
    const topics = top(quake)
    expect(topics[0].id).toBe('medtop:03000000')
    expect(topics[0].terms).toContain('earthquake')
  })

  it('weights a separately given headline', () => {
    const body =
      'The minister visited the stadium on Monday to open the new school sports hall, paid for by the council.'
    expect(top(body, 'Olympic champion opens school sports hall')[0].id).toBe('medtop:15000000')
  })

  it('returns only IPTC ids and labels, level-1 scores summing to at most 1', () => {
    const labels = new Map(TOPIC_VOCABULARY.map(([id, label]) => [`medtop:${id}`, label]))
    for (const text of [match, rates, election, quake]) {
      const topics = top(text)
      expect(topics.length).toBeGreaterThan(0)
      expect(topics.length).toBeLessThanOrEqual(5)
      for (const t of topics) expect(labels.get(t.id)).toBe(t.label)
      const level1 = topics.filter((t) => /^medtop:\d\d000000$/.test(t.id))
      expect(level1.reduce((s, t) => s + t.score, 0)).toBeLessThanOrEqual(1.0001)
    }
    expect(TOPIC_VOCABULARY.filter(([, , parent]) => parent === '')).toHaveLength(17)
  })

  it('returns nothing without evidence and respects max', () => {
    expect(top('')).toEqual([])
    expect(top('It was what it was.')).toEqual([])
    expect(tagTopics(tokenize(rates), null, 1)).toHaveLength(1)
  })
})

describe('topics: the score threshold', () => {
  it('returns no topic, of either level, scored under minScore', () => {
    const story = `${election}\n\n${rates}`
    for (const minScore of [0, 0.08, 0.2, 0.5]) {
      const topics = tagTopics(tokenize(story), null, 10, minScore)
      for (const topic of topics) expect(topic.score).toBeGreaterThanOrEqual(minScore)
    }
    const all = tagTopics(tokenize(story), null, 10, 0).length
    const main = tagTopics(tokenize(story), null, 10, 0.2).length
    expect(main).toBeGreaterThan(0)
    expect(main).toBeLessThan(all)
  })
})

import { describe, expect, it } from 'vitest'
import { analyze } from '../src/analysis/index'
import { WARM_UP_SAMPLES, warmUp } from '../src/warm-up'

// The warm-up is only worth its start-up time if its samples reach every analysis: a sample
// edited into something the pipeline mostly skips would leave the first request cold again.
describe('the start-up warm-up', () => {
  it('has a text sample and an HTML sample', () => {
    expect(WARM_UP_SAMPLES.some((s) => s.text)).toBe(true)
    expect(WARM_UP_SAMPLES.some((s) => s.html)).toBe(true)
  })

  it.each(WARM_UP_SAMPLES.map((s, i) => [i, s] as const))(
    'sample %i runs every analysis',
    (_, sample) => {
      const result = analyze(sample)
      expect(result.language).toBe('en')
      expect(result.stats.words).toBeGreaterThan(60)
      expect(result.keywords.length).toBeGreaterThanOrEqual(5)
      expect(result.topics.length).toBeGreaterThan(0)
      expect(result.stance.counts.invited).toBeGreaterThan(0)
      expect(result.stance.counts.noResponse).toBeGreaterThan(0)
    },
  )

  it("strips the HTML sample's menu, sidebar and footer", () => {
    const page = analyze(WARM_UP_SAMPLES.find((s) => s.html)!)
    expect(page.clean.title).toBe('Council backs library plan')
    expect(page.clean.text).not.toMatch(/Most read|All rights reserved|Sport/)
  })

  it('runs the samples the given number of rounds, plus one textstat-compatible analysis', () => {
    expect(warmUp(1)).toBe(WARM_UP_SAMPLES.length + 1)
    expect(warmUp(2)).toBe(2 * WARM_UP_SAMPLES.length + 1)
  })
})

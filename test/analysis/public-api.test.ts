import { describe, expect, it } from 'vitest'
import * as core from '../../src/analysis/index'

describe('the analysis core', () => {
  it('exposes its public functions and nothing else', () => {
    expect(Object.keys(core).sort()).toEqual([
      'RULES_VERSION',
      'analyze',
      'caches',
      'cleanArticle',
      'clearCaches',
      'contentId',
      'detectLanguage',
      'detectStance',
      'extractKeywords',
      'scoreReadability',
      'tagTopics',
      'tokenize',
    ])
  })

  it('runs every analysis over one tokenization and reports the rules version', () => {
    const r = core.analyze({
      text: 'The ministry invited the union to talks on Monday. The union declined to comment.',
    })
    expect(r.version).toBe(core.RULES_VERSION)
    expect(r.stats.words).toBe(14)
    expect(r.stats.sentences).toBe(2)
    expect(r.clean.source).toBe('clean')
  })
})

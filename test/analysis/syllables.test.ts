import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { hyphenationSyllables } from '../../src/analysis/readability/hyphenation'
import { romanceSyllables } from '../../src/analysis/readability/romance-syllables'
import { ruleSyllables } from '../../src/analysis/readability/syllable-rules'
import { countSyllables } from '../../src/analysis/readability/syllables'

const fixture = JSON.parse(
  fs.readFileSync(new URL('../../fixtures/readability/syllables.json', import.meta.url), 'utf8'),
)

describe('countSyllables', () => {
  it.each(Object.entries(fixture.cmu) as [string, number][])(
    '%s has the CMU count %i',
    (word, count) => {
      expect(countSyllables(word)).toBe(count)
    },
  )

  it.each(Object.entries(fixture.notInCmu.words) as [string, number][])(
    'unlisted %s is counted by rule as %i',
    (word, count) => {
      expect(countSyllables(word)).toBe(count)
    },
  )

  it('is case-insensitive and reads curly apostrophes', () => {
    expect(countSyllables('Every')).toBe(3)
    expect(countSyllables('it’ll')).toBe(2)
  })

  it('sums the parts of hyphenated compounds', () => {
    expect(countSyllables('well-known')).toBe(2)
    expect(countSyllables('forty-two')).toBe(3)
    expect(countSyllables('mother-in-law')).toBe(4)
  })

  it('gives 0 to tokens without letters', () => {
    expect(countSyllables('...')).toBe(0)
  })
})

describe('ruleSyllables', () => {
  it('handles silent endings and the sounding ones', () => {
    expect(ruleSyllables('make')).toBe(1)
    expect(ruleSyllables('table')).toBe(2)
    expect(ruleSyllables('baked')).toBe(1)
    expect(ruleSyllables('wanted')).toBe(2)
    expect(ruleSyllables('makes')).toBe(1)
    expect(ruleSyllables('judges')).toBe(2)
  })

  it('splits vowel pairs that are two syllables', () => {
    expect(ruleSyllables('being')).toBe(2)
    expect(ruleSyllables('react')).toBe(2)
    expect(ruleSyllables('diet')).toBe(2)
    expect(ruleSyllables('nation')).toBe(2)
  })
})

describe('hyphenationSyllables', () => {
  it('counts German, French and Dutch words by hyphenation points + 1', () => {
    expect(hyphenationSyllables('sprachwissenschaft', 'de')).toBe(4)
    expect(hyphenationSyllables('abend', 'de')).toBe(2)
    expect(hyphenationSyllables('ziekenhuis', 'nl')).toBe(3)
    expect(hyphenationSyllables('gouvernement', 'fr')).toBe(4)
    // A break needs a vowel on both sides: no syllable without a nucleus.
    expect(hyphenationSyllables('strumpf', 'de')).toBe(1)
    // German vowel nuclei are a floor where the patterns keep a one-vowel first syllable whole.
    expect(hyphenationSyllables('idee', 'de')).toBe(2)
    expect(hyphenationSyllables('museum', 'de')).toBe(3)
    expect(hyphenationSyllables('opposition', 'de')).toBe(5)
    expect(hyphenationSyllables('feuer', 'de')).toBe(2)
  })

  it('gives numbers one syllable, as textstat does', () => {
    expect(hyphenationSyllables('500', 'en')).toBe(1)
  })

  it('hyphenates English like pyphen, two letters kept whole at each end, "_" inside a word', () => {
    // pyphen en_US: re-move_punc-tu-a-tion, well-bal-anced, non-threat-en-ing, tex-t_a
    expect(hyphenationSyllables('remove_punctuation', 'en')).toBe(5)
    expect(hyphenationSyllables('wellbalanced', 'en')).toBe(3)
    expect(hyphenationSyllables('nonthreatening', 'en')).toBe(4)
    expect(hyphenationSyllables('text_a', 'en')).toBe(2)
  })
})

describe('romanceSyllables', () => {
  it.each([
    ['aéreo', 4],
    ['economía', 5],
    ['leer', 2],
    ['país', 2],
    ['gobierno', 3],
    ['camino', 3],
    ['ciudad', 2],
    ['que', 1],
    ['guerra', 2],
    ['pingüino', 3],
    ['hoy', 1],
    ['yo', 1],
    ['constitución', 4],
  ] as const)('Spanish %s has %i', (word, n) => {
    expect(romanceSyllables(word, 'es')).toBe(n)
  })

  it.each([
    ['idea', 3],
    ['università', 5],
    ['cielo', 2],
    ['ciao', 2],
    ['giorno', 2],
    ['figlio', 2],
    ['più', 1],
    ['perché', 2],
    ['aumenterà', 4],
  ] as const)('Italian %s has %i', (word, n) => {
    expect(romanceSyllables(word, 'it')).toBe(n)
  })
})

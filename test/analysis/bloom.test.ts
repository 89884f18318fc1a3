import { describe, expect, it } from 'vitest'
import {
  bloomAdd,
  bloomReader,
  bloomSize,
  decodeBase64,
  encodeBase64,
} from '../../src/analysis/readability/bloom'
import { textstatSyllables } from '../../src/analysis/readability/textstat'

describe('bloom filter', () => {
  const words = Array.from({ length: 2000 }, (_, i) => `word${i.toString(36)}`)
  const { size, hashes } = bloomSize(words.length, 0.01)
  const bits = new Uint8Array(Math.ceil(size / 8))
  for (const w of words) bloomAdd(bits, size, hashes, w)
  const has = bloomReader({ bits: encodeBase64(bits), size, hashes })

  it('never forgets a word it was given', () => {
    expect(words.every(has)).toBe(true)
  })

  it('says yes to other words at about the rate it was sized for', () => {
    let yes = 0
    for (let i = 0; i < 20000; i++) if (has(`other-${i}`)) yes++
    expect(yes / 20000).toBeLessThan(0.03)
  })

  it('round-trips base64 of any length', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 255]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 255)
      expect([...decodeBase64(encodeBase64(bytes))]).toEqual([...bytes])
    }
  })
})

describe('textstat syllables', () => {
  it('takes the CMU count where the dictionary and hyphenation disagree', () => {
    // CMU: M EH1 N IY0, EH1 V ER0 IY0, W IH1 M AH0 N; hyphenation keeps 2 letters at each end.
    expect(textstatSyllables('many', false)).toBe(2)
    expect(textstatSyllables('every', false)).toBe(3)
    expect(textstatSyllables('women', false)).toBe(2)
  })

  it('hyphenates words the dictionary lacks, as pyphen does for textstat', () => {
    // "what’s" loses its curly apostrophe to textstat's punctuation removal: "whats" is not in CMU.
    expect(textstatSyllables('whats', false)).toBe(1)
    expect(textstatSyllables('zuckerberg', false)).toBe(3)
  })
})

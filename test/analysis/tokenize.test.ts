import { describe, expect, it } from 'vitest'
import { tokenize } from '../../src/analysis/text/tokenize'

describe('tokenize', () => {
  it('keeps abbreviations and titles inside a sentence', () => {
    const t = tokenize('Dr. Smith met U.S. officials on Jan. 5. They agreed.')
    expect(t.sentences.map((s) => t.text.slice(s.start, s.end))).toEqual([
      'Dr. Smith met U.S. officials on Jan. 5.',
      'They agreed.',
    ])
  })

  it('ends a sentence after a closing quote', () => {
    const t = tokenize('"We will go," she said. "Now."')
    expect(t.sentences).toHaveLength(2)
  })

  it('splits paragraphs on blank lines and sentences on line breaks', () => {
    const t = tokenize('Headline without period\nFirst line.\n\nSecond paragraph here.')
    expect(t.paragraphs).toHaveLength(2)
    expect(t.sentences).toHaveLength(3)
  })

  it('gives word offsets into the text', () => {
    const t = tokenize('The 1,000 delegates paid $3.5 million.')
    expect(t.words.map((w) => w.text)).toEqual(['The', '1,000', 'delegates', 'paid', '3.5', 'million'])
    for (const w of t.words) expect(t.text.slice(w.start, w.end)).toBe(w.text)
  })
})

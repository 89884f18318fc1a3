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
    expect(t.words.map((w) => w.text)).toEqual([
      'The',
      '1,000',
      'delegates',
      'paid',
      '3.5',
      'million',
    ])
    for (const w of t.words) expect(t.text.slice(w.start, w.end)).toBe(w.text)
  })
})

describe('tokenize: sentence ends', () => {
  const sentences = (text: string) => {
    const t = tokenize(text)
    return t.sentences.map((s) => t.text.slice(s.start, s.end))
  }

  it('does not end a sentence at a decimal, a time or an initial', () => {
    expect(
      sentences('Turnout was 52.4 per cent at 3 p.m. on Friday, J. K. Rowling said.'),
    ).toHaveLength(1)
  })

  it('ends a sentence after an abbreviation when a sentence starter follows', () => {
    expect(sentences('He moved to Washington, D.C. Then he ran for office.')).toEqual([
      'He moved to Washington, D.C.',
      'Then he ran for office.',
    ])
  })

  it('reads "no." as a word unless a number follows', () => {
    expect(sentences('The U.S. Navy said no. Prof. Jane Doe agreed with No. 10.')).toEqual([
      'The U.S. Navy said no.',
      'Prof. Jane Doe agreed with No. 10.',
    ])
  })

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(sentences('“We won,” he said. (It was close.) Then they left.')).toEqual([
      '“We won,” he said.',
      '(It was close.)',
      'Then they left.',
    ])
  })

  it('does not end a sentence before a lower-case word', () => {
    expect(sentences('"Stop!" she shouted. Playing ... games is fun.')).toEqual([
      '"Stop!" she shouted.',
      'Playing ... games is fun.',
    ])
  })

  it('ends headlines and list items at the line break, but joins wrapped lines', () => {
    expect(
      sentences(
        'FLOOD WARNING ISSUED\nRain will fall all week, forecasters\nsaid on Monday.\n- Schools closed\n- Roads flooded',
      ),
    ).toEqual([
      'FLOOD WARNING ISSUED',
      'Rain will fall all week, forecasters\nsaid on Monday.',
      '- Schools closed',
      '- Roads flooded',
    ])
  })

  it('starts a sentence at a camel-cased brand name', () => {
    expect(sentences('She works for Apple Inc. in California. iPhone sales rose.')).toHaveLength(2)
  })
})

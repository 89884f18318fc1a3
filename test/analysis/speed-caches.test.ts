import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectInSentence } from '../../src/analysis/stance/detect'
import { stanceHintBits } from '../../src/analysis/stance/gates'
import { STANCE_RULES } from '../../src/analysis/stance/rules'
import { tokenize } from '../../src/analysis/text/tokenize'

// The speed caches must never change an answer: the stance rule gates (derived from each rule's
// hint) only skip rules that cannot match, a rule's fast twin matches as the rule does, and a
// spelling has one lexeme.

const STANCE_DIR = new URL('../../fixtures/stance/', import.meta.url)
const ARTICLES_DIR = new URL('../../fixtures/articles/', import.meta.url)

/** Every sentence of the stance and article fixtures, with its words in lower case. */
function fixtureSentences(): [string, string[]][] {
  const texts: string[] = []
  for (const file of readdirSync(STANCE_DIR)) {
    const content = readFileSync(new URL(file, STANCE_DIR), 'utf8')
    if (file.endsWith('.jsonl'))
      for (const line of content.trim().split('\n'))
        texts.push((JSON.parse(line) as { text: string }).text)
    else texts.push(content)
  }
  for (const file of readdirSync(ARTICLES_DIR))
    if (file.endsWith('.txt')) texts.push(readFileSync(new URL(file, ARTICLES_DIR), 'utf8'))
  return texts.flatMap((text) => {
    const tokens = tokenize(text)
    return tokens.sentences.map((s): [string, string[]] => [
      text.slice(s.start, s.end),
      tokens.words.slice(s.firstWord, s.endWord).map((w) => w.lower),
    ])
  })
}

describe('speed caches', () => {
  it('stance rule gates skip only rules that cannot match', () => {
    const sentences = fixtureSentences()
    expect(sentences.length).toBeGreaterThan(500)
    let withEvents = 0
    for (const [sentence, lowers] of sentences) {
      let low = 0
      let high = 0
      for (const lower of lowers) {
        const bits = stanceHintBits(lower)
        low |= bits.low
        high |= bits.high
      }
      const ungated = detectInSentence(sentence)
      if (ungated.length > 0) withEvents++
      expect(detectInSentence(sentence, { low, high }), sentence).toEqual(ungated)
    }
    expect(withEvents).toBeGreaterThan(300)
  })

  it("stance rule patterns' fast twins find the same matches", () => {
    let matches = 0
    for (const [sentence] of fixtureSentences()) {
      // The engine keeps to the exact pattern on sentences with these (see StanceRule.scan).
      if (/[\ud800-\udfff\u017f\u212a]/.test(sentence)) continue
      for (const rule of STANCE_RULES) {
        // (Copies: matchAll starts at the lastIndex the engine left on the rule's own objects.)
        const exact = [...sentence.matchAll(new RegExp(rule.pattern))].map((m) => [m.index, m[0]])
        expect(
          [...sentence.matchAll(new RegExp(rule.scan))].map((m) => [m.index, m[0]]),
          `${rule.id}: ${sentence}`,
        ).toEqual(exact)
        matches += exact.length
      }
    }
    expect(matches).toBeGreaterThan(300)
  })

  it('gives every token of one spelling the same lexeme, and different spellings different ones', () => {
    const tokens = tokenize('Straße straße STRASSE Straße. Café café Café 東京 東京')
    const bySpelling = new Map<string, unknown>()
    for (const word of tokens.words) {
      expect(word.lexeme.text).toBe(word.text)
      expect(word.lexeme.lower).toBe(word.text.toLowerCase())
      const seen = bySpelling.get(word.text)
      if (seen) expect(word.lexeme).toBe(seen)
      else bySpelling.set(word.text, word.lexeme)
    }
    expect(new Set(bySpelling.values()).size).toBe(bySpelling.size)
  })
})

import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analysis/index'

// Inputs shaped to break tokenizers and regexes: none may throw, and each must give a result of
// the documented shape.
const ADVERSARIAL: [string, { text?: string; html?: string }][] = [
  ['one very long word', { text: 'a'.repeat(200_000) }],
  ['punctuation only', { text: '.!?…'.repeat(20_000) }],
  ['many short lines', { text: 'Menu\n'.repeat(30_000) }],
  ['capitalised words without end', { text: 'The United States Department Of '.repeat(8_000) }],
  ['repeated stance cues', { text: 'invited invited to to join '.repeat(10_000) }],
  [
    'deeply nested html',
    { html: '<div>'.repeat(20_000) + 'Deep text here.' + '</div>'.repeat(20_000) },
  ],
  ['unclosed tags', { html: '<p><b><i><a href="x">text '.repeat(5_000) }],
  ['script only', { html: '<script>' + 'var x = 1;'.repeat(10_000) + '</script>' }],
  [
    'right-to-left text',
    { text: 'دعت الحكومة المعارضة إلى محادثات حول الميزانية. ولم ترد المعارضة بعد.' },
  ],
  ['Chinese text', { text: '美国邀请中国加入国际联盟。北京尚未回应。' }],
  ['emoji and symbols', { text: '🚀🔥 '.repeat(5_000) + 'Launch day.' }],
  ['numbers and dates', { text: '2024-05-01 12:30 1,000,000 3.14 $5.5bn '.repeat(3_000) }],
  [
    'prototype keys as words',
    {
      text: 'constructor __proto__ toString hasOwnProperty valueOf. The constructor said __proto__ is fine.',
    },
  ],
]

describe('analyze on adversarial input', () => {
  it.each(ADVERSARIAL)('%s gives a well-formed result', (_name, input) => {
    const r = analyze(input)
    expect(typeof r.clean.text).toBe('string')
    expect(r.stats.words).toBeGreaterThanOrEqual(0)
    expect(Array.isArray(r.keywords)).toBe(true)
    expect(Array.isArray(r.topics)).toBe(true)
    expect(r.stance.counts).toBeDefined()
    expect(() => JSON.stringify(r)).not.toThrow()
    for (const e of r.stance.events) {
      expect(e.start).toBeGreaterThanOrEqual(0)
      expect(e.end).toBeLessThanOrEqual(r.clean.text.length)
    }
  })
})

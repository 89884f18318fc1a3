import { describe, expect, it } from 'vitest'
import type { AnalysisResult } from '../../src/analysis/index'
import { postJson, postRaw, send, type Problem, type Reply } from '../helpers/worker'

function expectProblem(reply: Reply, status: number) {
  const r = reply as Reply<Problem>
  expect(r.status).toBe(status)
  expect(r.type).toMatch(/^application\/problem\+json/)
  expect(r.json).toMatchObject({ status })
  expect(typeof r.json.type).toBe('string')
  expect(typeof r.json.title).toBe('string')
  expect(typeof r.json.detail).toBe('string')
}

describe('bad input gets a clear 4xx problem', () => {
  it('422 for empty or whitespace text', async () => {
    expectProblem(await postJson('/v1/analyze', { text: ' \n\t ' }), 422)
    expectProblem(await postRaw('/v1/analyze', '', 'text/plain'), 422)
  })

  it('400 for malformed JSON', async () => {
    const r = await postRaw('/v1/analyze', '{"text": "abc', 'application/json')
    expectProblem(r, 400)
  })

  it('422 for both or neither of text and html, and for wrong field types', async () => {
    expectProblem(await postJson('/v1/analyze', { text: 'a b c.', html: '<p>a</p>' }), 422)
    expectProblem(await postJson('/v1/analyze', { title: 'only a title' }), 422)
    expectProblem(await postJson('/v1/analyze', { text: 42 }), 422)
    expectProblem(await postJson('/v1/analyze', ['text']), 422)
    expectProblem(await postJson('/v1/analyze', { text: 'ok', options: { maxKeywords: -1 } }), 422)
  })

  it('415 for an unsupported content type', async () => {
    expectProblem(await postRaw('/v1/analyze', 'x', 'image/png'), 415)
    expectProblem(await postRaw('/v1/clean', 'a,b', 'text/csv'), 415)
  })

  it('413 for a body over the limit', async () => {
    expectProblem(await postRaw('/v1/analyze', 'word '.repeat(500_000), 'text/plain'), 413)
  })

  it('422 for invalid UTF-8 and for binary', async () => {
    expectProblem(
      await postRaw(
        '/v1/analyze',
        new Uint8Array([0xff, 0xfe, 0x00, 0x81, 0xc3, 0x28]),
        'text/plain',
      ),
      422,
    )
    expectProblem(
      await postRaw('/v1/analyze', 'PK\u0003\u0004\u0000\u0000binary\u0000', 'text/plain'),
      422,
    ) // UTF-16 read as UTF-8: every other character a NUL.
    expectProblem(
      await postRaw(
        '/v1/analyze',
        'The council met on Monday.'.split('').join('\u0000'),
        'text/plain',
      ),
      422,
    )
  })

  it('cleans a page with a few NUL and control characters instead of refusing it', async () => {
    const story = '<p>The council met on Monday to agree the budget for roads and schools.</p>'
    const page = `<html><body><article>${story.repeat(3)}<div class="ad">\u0000\u0001ad</div>${story.repeat(3)}<script>var a = "\u0000\u0000"</script></article></body></html>`
    const reply = await postRaw<{ clean: { text: string } }>('/v1/clean', page, 'text/html')
    expect(reply.status).toBe(200)
    expect(reply.json.clean.text.split('\n\n')).toHaveLength(6)
    expect(reply.json.clean.text).not.toContain('\u0000')
  })

  it('404 for an unknown route and never a 500 for random bytes', async () => {
    expectProblem(await send('/v2/nothing'), 404)
    for (let i = 0; i < 30; i++) {
      const bytes = Uint8Array.from(
        { length: 1 + ((i * 53) % 700) },
        (_, k) => (k * 7919 + i * 104_729) % 256,
      )
      const r = await postRaw(
        '/v1/analyze',
        bytes,
        ['text/plain', 'application/json', 'text/html'][i % 3],
      )
      expect(r.status).toBeLessThan(500)
    }
  })
})

describe('well-defined results for odd but valid input', () => {
  it('analyzes non-English text and says which language it is', async () => {
    const r = await postJson<AnalysisResult>('/v1/analyze', {
      text: 'Die Regierung hat die Opposition zu Gesprächen über den Haushalt eingeladen. Die Partei hat noch nicht geantwortet.',
    })
    expect(r.status).toBe(200)
    expect(r.json.language).toBe('de')
  })

  it('accepts compat=textstat on the query string and rejects unknown modes', async () => {
    const ok = await postJson('/v1/readability?compat=textstat', {
      text: 'The cat sat on the mat. It was happy.',
    })
    expect(ok.status).toBe(200)
    expectProblem(await postJson('/v1/readability?compat=nope', { text: 'The cat sat.' }), 422)
  })
})

import { describe, expect, it } from 'vitest'
import type { AnalysisResult } from '../../src/analysis/index'
import { postJson, postRaw, send } from '../helpers/worker'

// Written for copydesk: a short scraped page with the shape of a news site dump.
const SCRAPED = `date 2024-05-02 Open Menu

Ministers Invite Norway To Arctic Fisheries Talks

Kari Nilsen Published May 02, 2024 | 08:15 AM

OSLO (Wire Service - 2nd May, 2024) The European Union invited Norway to join talks on Arctic fishing quotas next month, but has received no response from Oslo so far, a commission spokeswoman said on Thursday.

"We have invited Norway, and we are waiting for an answer," the spokeswoman told reporters in Brussels, adding that quota negotiations usually take several rounds.

Fisheries ministers from five coastal states are expected to attend the first round of talks in Tromso.

Related Topics

Fisheries Arctic Norway

Recent Stories

Storm Closes Ports Along The Western ..

Storm Closes Ports Along The Western Coast

12 minutes ago
`

describe('POST /v1/analyze', () => {
  it('answers the whole contract for scraped text', async () => {
    const r = await postRaw<AnalysisResult>('/v1/analyze', SCRAPED, 'text/plain; charset=utf-8')
    expect(r.status).toBe(200)
    expect(r.type).toMatch(/application\/json/)
    for (const key of [
      'id',
      'version',
      'language',
      'clean',
      'stats',
      'readability',
      'keywords',
      'topics',
      'stance',
    ]) {
      expect(r.json).toHaveProperty(key)
    }
    expect(r.json.language).toBe('en')
    expect(r.json.clean.text).toContain('invited Norway to join talks')
    expect(r.json.clean.text).not.toMatch(/Open Menu|Recent Stories|minutes ago|Related Topics/)
    expect(r.json.clean.title).toBe('Ministers Invite Norway To Arctic Fisheries Talks')
    const norway = r.json.stance.actors.find((a: { actor: string }) => a.actor === 'Norway')
    expect(norway?.invited).toBeGreaterThanOrEqual(1)
    expect(norway?.noResponse).toBeGreaterThanOrEqual(1)
    for (const event of r.json.stance.events) {
      expect(r.json.clean.text.slice(event.start, event.end).length).toBeGreaterThan(0)
      expect(event.sentence.length).toBeGreaterThan(0)
    }
    expect(r.json.topics[0].id).toMatch(/^medtop:\d{8}$/)
  })

  it('takes HTML in a JSON body with a title and an id', async () => {
    const r = await postJson<AnalysisResult>('/v1/analyze', {
      html: '<html><body><nav><a href="/">Home</a></nav><article><h1>Port strike ends</h1><p>Dock workers in Rotterdam voted on Tuesday to end a week-long strike after the port authority agreed to raise wages by four percent over two years.</p><p>The union said members would return to work on Wednesday morning.</p></article></body></html>',
      id: 'story-42',
    })
    expect(r.status).toBe(200)
    expect(r.json.id).toBe('story-42')
    expect(r.json.clean.title).toBe('Port strike ends')
    expect(r.json.clean.text).toContain('Dock workers in Rotterdam')
    expect(r.json.clean.text).not.toContain('Home')
  })

  it('gives the same id for the same clean text', async () => {
    const a = await postJson<AnalysisResult>('/v1/analyze', {
      text: 'The council approved the budget on Monday.',
    })
    const b = await postJson<AnalysisResult>('/v1/analyze', {
      text: 'The council approved the budget on Monday.',
    })
    expect(a.json.id).toMatch(/^[0-9a-f]{16}$/)
    expect(a.json.id).toBe(b.json.id)
  })
})

describe('the per-analysis routes', () => {
  const body = { text: SCRAPED }
  it.each([
    ['/v1/clean', 'clean'],
    ['/v1/readability', 'readability'],
    ['/v1/keywords', 'keywords'],
    ['/v1/topics', 'topics'],
    ['/v1/stance', 'stance'],
  ])('%s answers with %s', async (path, key) => {
    const r = await postJson<AnalysisResult>(path, body)
    expect(r.status).toBe(200)
    expect(r.json).toHaveProperty(key)
  })

  it('/v1/readability returns stats with it', async () => {
    const r = await postJson<AnalysisResult>('/v1/readability', body)
    expect(r.json.stats.words).toBeGreaterThan(40)
    expect(Number.isFinite(r.json.readability.fleschReadingEase)).toBe(true)
  })

  it('/v1/keywords ranks the story above page words', async () => {
    const r = await postJson<AnalysisResult>('/v1/keywords', body)
    const terms = r.json.keywords.map((k: { term: string }) => k.term.toLowerCase())
    expect(terms.length).toBeGreaterThanOrEqual(3)
    expect(terms.some((t: string) => /norway|talks|fish|quota|arctic/.test(t))).toBe(true)
    expect(terms).not.toContain('minutes')
    expect(terms).not.toContain('ago')
  })
})

describe('GET /health', () => {
  it('reports ok and the rules version', async () => {
    const r = await send<{ status: string; version: string }>('/health')
    expect(r.status).toBe(200)
    expect(r.json.status).toBe('ok')
    expect(r.json.version).toMatch(/\S/)
  })
})

import { describe, expect, it, vi } from 'vitest'
import { send, type Problem } from '../helpers/worker'
import { ARTICLE } from '../helpers/signed-deliveries'
import type { JobStatus } from '../../src/routes/jobs'

const ndjson = (lines: unknown[]) =>
  lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n')

const article = (n: number) => ({
  id: `archive-${n}`,
  title: `${ARTICLE.title} (${n})`,
  url: `https://news.example.test/archive/${n}`,
  html:
    ARTICLE.paragraphs.map((p) => `<p>${p}</p>`).join('') +
    `<p>The authority said on Wednesday that timetable talks number ${n} would open in the council chamber.</p>`,
})

const postNdjson = <T>(path: string, body: string) =>
  send<T>(path, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body })

async function finished(id: string): Promise<JobStatus> {
  let last: JobStatus | null = null
  await vi.waitUntil(
    async () => {
      last = (await send<JobStatus>(`/v1/jobs/${id}`)).json
      return last.finished
    },
    { timeout: 30_000, interval: 300 },
  )
  return last as unknown as JobStatus
}

describe('POST /v1/jobs: bulk backfill through the queue', () => {
  it('analyzes every line, counts a bad line as failed with its reason, and takes more items', async () => {
    const lines = [
      ...Array.from({ length: 24 }, (_, n) => article(n)),
      '{"id": "broken"',
      { id: 'no-body', title: 'x' },
    ]
    const created = await postNdjson<{
      id: string
      total: number
      queued: number
      rejected: number
    }>('/v1/jobs?source=archive', ndjson(lines))
    expect(created.status).toBe(202)
    expect(created.json).toMatchObject({ total: 26, queued: 24, rejected: 2 })
    const more = await postNdjson<{ total: number }>(
      `/v1/jobs/${created.json.id}/items`,
      ndjson([article(24), article(25)]),
    )
    expect(more.status).toBe(202)
    expect(more.json.total).toBe(28)

    const status = await finished(created.json.id)
    expect(status).toMatchObject({ total: 28, done: 26, failed: 2, pending: 0 })
    expect(status.failures.map((f) => f.error)).toEqual([
      'Line 25 is not valid JSON.',
      'Line 26 has neither "html" nor "text".',
    ])
    const stored = await send<{
      status: string
      title: string
      analysis: { clean: { text: string } }
    }>('/v1/results/archive/archive-25')
    expect(stored.json.status).toBe('stored')
    expect(stored.json.title).toBe(`${ARTICLE.title} (25)`)
    expect(stored.json.analysis.clean.text).toContain('timetable talks number 25 would open')
  })

  it('refuses what it cannot take with a clear problem', async () => {
    const wrongType = await send<Problem>('/v1/jobs', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'a,b',
    })
    expect(wrongType.status).toBe(415)
    const empty = await postNdjson<Problem>('/v1/jobs', '\n\n')
    expect(empty.status).toBe(422)
    const badSource = await postNdjson<Problem>(
      '/v1/jobs?source=Not%20A%20Source',
      ndjson([article(1)]),
    )
    expect(badSource.status).toBe(422)
    const fetchUnsupported = await send<Problem>('/v1/jobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ source: 'ghost', ids: ['1'] }),
    })
    expect(fetchUnsupported.status).toBe(422)
    expect(fetchUnsupported.json.detail).toMatch(/cannot fetch documents/)
    expect((await send<Problem>('/v1/jobs/job_nope')).status).toBe(404)
  })
})

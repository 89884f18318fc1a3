import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { backfill, exportResults } from '../../src/cli/remote'

/** A copydesk stand-in: jobs that finish on the second poll, a feed of three results, one 503. */
function fakeCopydesk() {
  const requests: { method: string; path: string; lines: number; auth: string | null }[] = []
  let total = 0
  let polls = 0
  let failedOnce = false
  const fetcher = (async (input: URL | RequestInfo, init?: RequestInit) => {
    const url = new URL(String(input))
    const body = typeof init?.body === 'string' ? init.body : ''
    const headers = new Headers(init?.headers)
    requests.push({
      method: init?.method ?? 'GET',
      path: url.pathname + url.search,
      lines: body ? body.split('\n').length : 0,
      auth: headers.get('authorization'),
    })
    if (url.pathname === '/v1/jobs' || url.pathname.endsWith('/items')) {
      if (!failedOnce && url.pathname.endsWith('/items')) {
        failedOnce = true
        return new Response('busy', { status: 503 })
      }
      total += body.split('\n').length
      return Response.json({ id: 'job_test', total }, { status: 202 })
    }
    if (url.pathname === '/v1/jobs/job_test') {
      polls++
      const finished = polls >= 2
      return Response.json({
        id: 'job_test',
        total,
        done: finished ? total - 1 : 0,
        failed: finished ? 1 : 0,
        pending: finished ? 0 : total,
        finished,
        failures: finished
          ? [{ docId: 'a-7', error: 'Line 7 has neither "html" nor "text".' }]
          : [],
      })
    }
    if (url.pathname === '/v1/results') {
      const cursor = url.searchParams.get('cursor')
      return Response.json(
        cursor
          ? { items: [{ id: 'c' }], nextCursor: 'c3', hasMore: false }
          : { items: [{ id: 'a' }, { id: 'b' }], nextCursor: 'c2', hasMore: true },
      )
    }
    return new Response('{"detail":"no such route"}', { status: 404 })
  }) as typeof fetch
  return { fetcher, requests }
}

const sink = () => {
  let text = ''
  return {
    stream: { write: (chunk: string) => ((text += chunk), true) } as NodeJS.WritableStream,
    read: () => text,
  }
}

describe('copydesk backfill and results', () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-remote-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const file = join(dir, 'archive.ndjson')
  writeFileSync(
    file,
    Array.from({ length: 12 }, (_, n) => JSON.stringify({ id: `a-${n}`, text: 'x' })).join('\n') +
      '\n\n',
  )

  it('sends the archive in batches to one job, retries a 503, follows the job and reports failures', async () => {
    const { fetcher, requests } = fakeCopydesk()
    const out = sink()
    const err = sink()
    const code = await backfill({
      url: 'http://copydesk.test',
      key: 'k-123',
      file,
      source: 'archive',
      batch: 5,
      wait: true,
      progress: false,
      fetch: fetcher,
      out: out.stream,
      err: err.stream,
      pollMs: 1,
    })
    expect(code).toBe(1)
    const posts = requests.filter((r) => r.method === 'POST')
    expect(posts.map((r) => [r.path, r.lines])).toEqual([
      ['/v1/jobs?source=archive', 5],
      ['/v1/jobs/job_test/items', 5],
      ['/v1/jobs/job_test/items', 5],
      ['/v1/jobs/job_test/items', 2],
    ])
    expect(requests.every((r) => r.auth === 'Bearer k-123')).toBe(true)
    expect(JSON.parse(out.read())).toMatchObject({
      job: 'job_test',
      total: 12,
      done: 11,
      failed: 1,
    })
    expect(err.read()).toContain('a-7: Line 7 has neither')
  }, 20_000)

  it('exports every result as NDJSON and says which cursor to resume from', async () => {
    const { fetcher } = fakeCopydesk()
    const out = sink()
    const err = sink()
    const code = await exportResults({
      url: 'http://copydesk.test/',
      fetch: fetcher,
      out: out.stream,
      err: err.stream,
      progress: false,
    })
    expect(code).toBe(0)
    expect(
      out
        .read()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual(['a', 'b', 'c'])
    expect(err.read()).toContain('--cursor c3')
  })
})

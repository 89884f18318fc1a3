/**
 * @module
 * The CLI commands that talk to a running copydesk (`npm start`, or a deployment):
 * `backfill` sends an NDJSON archive as a job, a few hundred articles per request, and follows
 * it to the end; `results` exports stored results as NDJSON, page by page through the change
 * feed, resumable from its last cursor.
 */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { drawProgress } from './progress'
import type { JobStatus } from '../routes/jobs'

export interface RemoteOptions {
  url: string
  /** `Authorization: Bearer` for deployments with API keys. */
  key?: string
  fetch?: typeof fetch
  err: NodeJS.WritableStream
  out: NodeJS.WritableStream
  progress: boolean
  /** Milliseconds between job polls (tests shorten it). */
  pollMs?: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A request with retries on network errors, 429 and 5xx (backoff 1, 2, 4, 8, 16 s). */
async function call(
  options: RemoteOptions,
  path: string,
  init: RequestInit = {},
): Promise<unknown> {
  const fetcher = options.fetch ?? fetch
  const headers = new Headers(init.headers)
  if (options.key) headers.set('authorization', `Bearer ${options.key}`)
  const target = new URL(path, options.url.endsWith('/') ? options.url : `${options.url}/`)
  let lastError = ''
  for (let attempt = 0; attempt < 6; attempt++) {
    if (attempt > 0) await sleep(1000 * 2 ** (attempt - 1))
    let response: Response
    try {
      response = await fetcher(target, { ...init, headers })
    } catch (error) {
      lastError = `${target.origin} did not answer: ${(error as Error).message}`
      continue
    }
    const text = await response.text()
    if (response.status === 429 || response.status >= 500) {
      lastError = `${target.pathname} answered ${response.status}`
      continue
    }
    let body: unknown = null
    try {
      body = JSON.parse(text)
    } catch {
      // reported below
    }
    if (!response.ok) {
      const detail = (body as { detail?: string } | null)?.detail ?? text.slice(0, 200)
      throw new Error(`${target.pathname} answered ${response.status}: ${detail}`)
    }
    return body
  }
  throw new Error(lastError)
}

async function countLines(path: string): Promise<number> {
  let lines = 0
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity }))
    if (line.trim()) lines++
  return lines
}

export interface BackfillOptions extends RemoteOptions {
  file: string
  source?: string
  /** Articles per request (the API takes at most 1,000). */
  batch: number
  /** Return once everything is sent, without following the job. */
  wait: boolean
}

/**
 * Sends an NDJSON file as one job and follows it until every article is stored or failed.
 * Returns the process exit code: 0 all stored, 1 some failed.
 */
export async function backfill(options: BackfillOptions): Promise<number> {
  const started = performance.now()
  const total = await countLines(options.file)
  if (total === 0) throw new Error(`${options.file} has no articles`)
  let jobId: string | null = null
  let sent = 0
  let chunk: string[] = []
  const send = async () => {
    const body = chunk.join('\n')
    chunk = []
    const path = jobId
      ? `v1/jobs/${jobId}/items`
      : `v1/jobs${options.source ? `?source=${encodeURIComponent(options.source)}` : ''}`
    const answer = (await call(options, path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body,
    })) as { id: string; added?: number; total?: number }
    jobId = answer.id
    sent += body.split('\n').length
    if (options.progress) drawProgress(options.err, sent, total, `sent to job ${jobId}`)
  }
  const lines = createInterface({ input: createReadStream(options.file), crlfDelay: Infinity })
  for await (const line of lines) {
    if (!line.trim()) continue
    chunk.push(line)
    if (chunk.length >= options.batch) await send()
  }
  if (chunk.length) await send()
  if (options.progress) options.err.write('\n')
  const sentSeconds = (performance.now() - started) / 1000
  if (!options.wait) {
    options.out.write(JSON.stringify({ job: jobId, sent, seconds: round(sentSeconds) }) + '\n')
    return 0
  }
  let status: JobStatus
  for (;;) {
    status = (await call(options, `v1/jobs/${jobId}`)) as JobStatus
    if (options.progress)
      drawProgress(
        options.err,
        status.done + status.failed,
        status.total,
        `stored ${status.done}, failed ${status.failed}`,
      )
    if (status.finished) break
    await sleep(options.pollMs ?? 1000)
  }
  if (options.progress) options.err.write('\n')
  const seconds = (performance.now() - started) / 1000
  for (const failure of status.failures)
    options.err.write(`copydesk: ${failure.docId}: ${failure.error ?? 'failed'}\n`)
  options.out.write(
    JSON.stringify({
      job: jobId,
      total: status.total,
      done: status.done,
      failed: status.failed,
      seconds: round(seconds),
      articlesPerSecond: round(status.total / seconds),
    }) + '\n',
  )
  return status.failed === 0 ? 0 : 1
}

const round = (value: number) => Math.round(value * 100) / 100

export interface ExportOptions extends RemoteOptions {
  source?: string
  since?: string
  cursor?: string
}

/** Writes every stored result (with its analysis) as NDJSON; returns the exit code. */
export async function exportResults(options: ExportOptions): Promise<number> {
  let cursor = options.cursor ?? ''
  let written = 0
  for (;;) {
    const query = new URLSearchParams({ include: 'analysis', limit: '200' })
    if (options.source) query.set('source', options.source)
    if (options.since) query.set('since', options.since)
    if (cursor) query.set('cursor', cursor)
    const page = (await call(options, `v1/results?${query}`)) as {
      items: unknown[]
      nextCursor: string
      hasMore: boolean
    }
    for (const item of page.items) options.out.write(JSON.stringify(item) + '\n')
    written += page.items.length
    cursor = page.nextCursor
    if (options.progress) options.err.write(`\rexported ${written}`)
    if (!page.hasMore) break
  }
  if (options.progress) options.err.write('\n')
  // The cursor to resume from for the next export of changes only.
  options.err.write(`copydesk: ${written} results; next time: --cursor ${cursor}\n`)
  return 0
}

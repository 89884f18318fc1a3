/**
 * @module
 * Bulk backfill. `POST /v1/jobs` takes NDJSON, one article per line (`{"id", "title", "url",
 * "html" | "text", "language", "updatedAt"}`), or JSON `{ "source", "ids": [...] }` to fetch
 * documents from a configured CMS, and fans the items out through the deliveries queue;
 * `POST /v1/jobs/:id/items` adds more to a job; `GET /v1/jobs/:id` counts them by status, with the
 * failures' reasons. Archives larger than one request go in several (the CLI sends 500 a time).
 */
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../app-env'
import { positiveInteger } from '../config'
import { Problem } from '../errors'
import { mayRead } from '../middleware/owner'
import type { QueueMessage } from '../queue/messages'
import { D1ResultStore } from '../store/d1'
import type { JobSummary, NewDelivery } from '../store/result-store'
import type { Change } from '../webhooks/adapter'
import { httpUrl, idOf, isRecord, languageTag, stringOf } from '../webhooks/fields'
import { adapterFor } from '../webhooks/registry'
import { decodeUtf8 } from './body-encoding'
import { readBodyLimited } from './read-article'
import { newDeliveryId } from './webhooks'

/** What `GET /v1/jobs/:id` answers (also read by the CLI's backfill). */
export interface JobStatus {
  id: string
  source: string
  createdAt: string
  total: number
  /** Items stored, unchanged, superseded or deleted. */
  done: number
  failed: number
  /** Items still queued. */
  pending: number
  finished: boolean
  byStatus: JobSummary['counts']
  failures: JobSummary['failures']
}

/** Items per request: bounded so one request stays well inside D1's and the queue's per-call limits. */
export const MAX_JOB_ITEMS = 1000
const DEFAULT_MAX_JOB_BYTES = 32 * 1024 * 1024
const SOURCE = /^[a-z0-9][a-z0-9_-]{0,39}$/

interface JobItem {
  change?: Change
  /** Why the line cannot become a delivery; it is recorded as failed. */
  error?: string
  line: number
}

function articleLine(text: string, line: number): JobItem {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { line, error: `Line ${line} is not valid JSON.` }
  }
  if (!isRecord(value)) return { line, error: `Line ${line} is not a JSON object.` }
  const docId = idOf(value.id)
  if (!docId) return { line, error: `Line ${line} has no "id".` }
  const html = stringOf(value.html)
  const plain = stringOf(value.text)
  if (!html && !plain) return { line, error: `Line ${line} has neither "html" nor "text".` }
  return {
    line,
    change: {
      action: 'upsert',
      docId,
      article: {
        title: stringOf(value.title),
        url: httpUrl(value.url),
        updatedAt: stringOf(value.updatedAt),
        language: languageTag(value.language),
        ...(html ? { html } : { text: plain }),
      },
    },
  }
}

async function readItems(c: Context<AppEnv>): Promise<{ source: string; items: JobItem[] }> {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase()
  const limit = positiveInteger(
    (c.env as unknown as Record<string, unknown>).MAX_JOB_BYTES,
    DEFAULT_MAX_JOB_BYTES,
  )
  const body = decodeUtf8(await readBodyLimited(c.req.raw, limit))
  if (type === 'application/json') {
    let value: unknown
    try {
      value = JSON.parse(body)
    } catch (error) {
      throw new Problem('malformed-json', `The body is not valid JSON: ${(error as Error).message}`)
    }
    if (!isRecord(value) || !Array.isArray(value.ids))
      throw new Problem(
        'invalid-request',
        'A JSON job is { "source": "<cms>", "ids": ["<document id>", ...] }.',
      )
    const source = stringOf(value.source) ?? ''
    if (!adapterFor(source)?.fetchDocument)
      throw new Problem(
        'invalid-request',
        `"${source}" cannot fetch documents by id; send the articles as NDJSON instead.`,
      )
    const reference = isRecord(value.reference)
      ? (Object.fromEntries(
          Object.entries(value.reference).filter(([, v]) => typeof v === 'string'),
        ) as Record<string, string>)
      : {}
    const items = value.ids.map((id, index): JobItem => {
      const docId = idOf(id)
      return docId
        ? { line: index + 1, change: { action: 'fetch', docId, reference } }
        : { line: index + 1, error: `ids[${index}] is not a document id.` }
    })
    return { source, items }
  }
  if (
    type !== 'application/x-ndjson' &&
    type !== 'application/jsonl' &&
    type !== 'application/ndjson'
  )
    throw new Problem(
      'unsupported-media-type',
      'Send articles as application/x-ndjson (one JSON article per line), or application/json { source, ids }.',
    )
  const source = c.req.query('source') ?? 'api'
  if (!SOURCE.test(source))
    throw new Problem(
      'invalid-request',
      'source must be lower-case letters, digits, - or _ (at most 40).',
    )
  const items: JobItem[] = []
  body.split('\n').forEach((text, index) => {
    if (text.trim()) items.push(articleLine(text, index + 1))
  })
  return { source, items }
}

function checkCount(items: JobItem[]): void {
  if (items.length === 0) throw new Problem('invalid-request', 'The job has no items.')
  if (items.length > MAX_JOB_ITEMS)
    throw new Problem(
      'invalid-request',
      `At most ${MAX_JOB_ITEMS} items per request; add the rest with POST /v1/jobs/<id>/items.`,
    )
}

async function addItems(
  c: Context<AppEnv>,
  jobId: string,
  source: string,
  items: JobItem[],
  firstLine: number,
) {
  const store = new D1ResultStore(c.env.DB)
  const receivedAt = new Date().toISOString()
  const deliveries: NewDelivery[] = items.map((item, index) => ({
    id: newDeliveryId(),
    source,
    dedupeKey: `job:${jobId}:${firstLine + index}`,
    docId: item.change?.docId ?? `line-${firstLine + index}`,
    action: item.change?.action ?? 'upsert',
    jobId,
    owner: c.get('caller').name,
    payload: JSON.stringify(item.change ?? null),
    receivedAt,
  }))
  const recorded = await store.addDeliveries(deliveries)
  const messages: QueueMessage[] = []
  for (const [index, { delivery }] of recorded.entries()) {
    const error = items[index]?.error
    if (error) await store.markFailed(delivery.id, 0, error, receivedAt)
    else if (delivery.status === 'queued') messages.push({ kind: 'delivery', id: delivery.id })
  }
  for (let start = 0; start < messages.length; start += 100)
    await c.env.DELIVERIES.sendBatch(messages.slice(start, start + 100).map((body) => ({ body })))
  return { queued: messages.length, rejected: items.filter((item) => item.error).length }
}

/** The job, if there is one and the caller may see it; another key's job is "not found". */
async function readableJob(c: Context<AppEnv>, id: string, failureLimit?: number) {
  const job = await new D1ResultStore(c.env.DB).getJob(id, failureLimit)
  if (!job || !mayRead(c.get('caller'), job.owner))
    throw new Problem('not-found', `No job "${id}".`)
  return job
}

export const jobRoutes = new Hono<AppEnv>()
  .post('/', async (c) => {
    const { source, items } = await readItems(c)
    checkCount(items)
    const jobId = newDeliveryId('job')
    const store = new D1ResultStore(c.env.DB)
    await store.createJob({
      id: jobId,
      source,
      total: items.length,
      createdAt: new Date().toISOString(),
      owner: c.get('caller').name,
    })
    const added = await addItems(c, jobId, source, items, 1)
    return c.json(
      { id: jobId, source, total: items.length, ...added, status: `/v1/jobs/${jobId}` },
      202,
    )
  })
  .post('/:id/items', async (c) => {
    const jobId = c.req.param('id')
    const store = new D1ResultStore(c.env.DB)
    const job = await readableJob(c, jobId, 0)
    const { source, items } = await readItems(c)
    checkCount(items)
    if (source !== job.source && c.req.query('source') !== undefined)
      throw new Problem('invalid-request', `Job ${jobId} is for source "${job.source}".`)
    await store.growJob(jobId, items.length)
    const added = await addItems(c, jobId, job.source, items, job.total + 1)
    return c.json(
      { id: jobId, added: items.length, total: job.total + items.length, ...added },
      202,
    )
  })
  .get('/:id', async (c) => {
    const job = await readableJob(c, c.req.param('id'))
    const { queued, failed, ...done } = job.counts
    const doneCount = Object.values(done).reduce((sum, n) => sum + n, 0)
    const status: JobStatus = {
      id: job.id,
      source: job.source,
      createdAt: job.createdAt,
      total: job.total,
      done: doneCount,
      failed,
      pending: queued,
      finished: queued === 0 && doneCount + failed >= job.total,
      byStatus: job.counts,
      failures: job.failures,
    }
    return c.json(status)
  })

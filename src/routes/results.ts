/**
 * @module
 * `GET /v1/results/:source/:id`: a document's latest result by the CMS's own id, with its history;
 * `GET /v1/results`: every change in order, a page at a time, for keeping another system in sync.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { Problem } from '../errors'
import { mayRead } from '../middleware/owner'
import { D1ResultStore } from '../store/d1'
import type { Delivery, DocumentState } from '../store/result-store'

const MAX_PAGE = 200
const DEFAULT_PAGE = 50

/** The sync cursor: an opaque token for "after change number n". */
export const encodeCursor = (seq: number): string => btoa(`seq:${seq}`).replace(/=+$/, '')

export function decodeCursor(cursor: string): number {
  let decoded = ''
  try {
    decoded = atob(cursor)
  } catch {
    // falls through to the problem below
  }
  const match = /^seq:(\d{1,15})$/.exec(decoded)
  if (!match) throw new Problem('invalid-request', 'cursor is not one this API gave out.')
  return Number(match[1])
}

const historyEntry = (delivery: Delivery) => ({
  deliveryId: delivery.id,
  action: delivery.action,
  status: delivery.status,
  attempts: delivery.attempts,
  contentHash: delivery.contentHash,
  error: delivery.error,
  receivedAt: delivery.receivedAt,
  finishedAt: delivery.finishedAt,
  callback: delivery.callbackStatus,
  job: delivery.jobId,
  // The API key (its name) whose job asked for it; null for a webhook delivery.
  key: delivery.owner,
})

const documentSummary = (document: DocumentState) => ({
  source: document.source,
  id: document.docId,
  status: document.status,
  title: document.title,
  url: document.url,
  language: document.language,
  contentHash: document.contentHash,
  updatedAt: document.cmsUpdatedAt,
  changedAt: document.changedAt,
  result: `/v1/results/${encodeURIComponent(document.source)}/${encodeURIComponent(document.docId)}`,
})

export const resultRoutes = new Hono<AppEnv>()
  .get('/:source/:id', async (c) => {
    const source = c.req.param('source')
    const id = c.req.param('id')
    const caller = c.get('caller')
    const stored = await new D1ResultStore(c.env.DB).getDocument(source, id)
    // Another key's document is "not found", so that its existence is not told either.
    const visible =
      stored &&
      (stored.document
        ? mayRead(caller, stored.document.owner)
        : stored.history.some((delivery) => mayRead(caller, delivery.owner)))
    if (!stored || !visible)
      throw new Problem('not-found', `No deliveries for document "${id}" from ${source}.`)
    const history = stored.history
      .filter((delivery) => mayRead(caller, delivery.owner))
      .map(historyEntry)
    // Nothing analyzed, removed or failed yet: the deliveries are still on their way.
    if (!stored.document)
      throw new Problem('not-found', `Document "${id}" from ${source} is not analyzed yet.`, {
        pending: true,
        history,
      })
    return c.json({ ...documentSummary(stored.document), analysis: stored.analysis, history })
  })
  .get('/', async (c) => {
    const query = c.req.query()
    const limit = query.limit === undefined ? DEFAULT_PAGE : Number(query.limit)
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE)
      throw new Problem('invalid-request', `limit must be an integer from 1 to ${MAX_PAGE}.`)
    let since: string | undefined
    if (query.since !== undefined) {
      const time = Date.parse(query.since)
      if (Number.isNaN(time))
        throw new Problem('invalid-request', 'since must be an ISO 8601 time.')
      since = new Date(time).toISOString()
    }
    const afterSeq = query.cursor ? decodeCursor(query.cursor) : 0
    if (query.order !== undefined && query.order !== 'newest' && query.order !== 'oldest')
      throw new Problem('invalid-request', 'order must be "oldest" (the default) or "newest".')
    const newestFirst = query.order === 'newest'
    const includeAnalysis = query.include === 'analysis'
    const caller = c.get('caller')
    const changes = await new D1ResultStore(c.env.DB).listChanges({
      source: query.source || undefined,
      owner: caller.admin ? undefined : caller.name,
      since,
      afterSeq,
      newestFirst,
      limit: limit + 1,
      includeAnalysis,
    })
    const page = changes.slice(0, limit)
    const lastSeq = page.length ? page[page.length - 1].seq : afterSeq
    return c.json({
      items: page.map((change) => ({
        ...documentSummary(change),
        ...(includeAnalysis ? { analysis: change.analysis ?? null } : {}),
      })),
      // Always given: with no more changes it is where to poll from next time.
      nextCursor: encodeCursor(lastSeq),
      hasMore: changes.length > limit,
    })
  })

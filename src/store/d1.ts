/**
 * @module
 * {@link ResultStore} on Cloudflare D1 (schema in `migrations/`). Writes that belong together go
 * in one `batch()`, which D1 runs as one transaction.
 */
import type {
  ChangesQuery,
  Delivery,
  DeliveryStatus,
  DocumentState,
  JobSummary,
  NewDelivery,
  ResultStore,
  ResultToStore,
  StoredDocument,
} from './result-store'

/** D1 allows 100 bound parameters per statement; a delivery row binds 9. */
const ROWS_PER_INSERT = 11

interface DeliveryRow {
  id: string
  source: string
  dedupe_key: string
  doc_id: string
  action: Delivery['action']
  job_id: string | null
  payload: string | null
  status: DeliveryStatus
  attempts: number
  content_hash: string | null
  error: string | null
  received_at: string
  finished_at: string | null
  callback_status: Delivery['callbackStatus']
  acknowledged_at: string | null
  owner?: string | null
}

interface DocumentRow {
  source: string
  doc_id: string
  status: DocumentState['status']
  content_hash: string | null
  title: string | null
  url: string | null
  language: string | null
  cms_updated_at: string | null
  changed_at: string
  seq: number
  owner: string | null
  analysis?: string | null
}

const toDelivery = (row: DeliveryRow): Delivery => ({
  id: row.id,
  source: row.source,
  dedupeKey: row.dedupe_key,
  docId: row.doc_id,
  action: row.action,
  jobId: row.job_id,
  payload: row.payload,
  status: row.status,
  attempts: row.attempts,
  contentHash: row.content_hash,
  error: row.error,
  receivedAt: row.received_at,
  finishedAt: row.finished_at,
  callbackStatus: row.callback_status,
  acknowledgedAt: row.acknowledged_at,
  owner: row.owner ?? null,
})

const toDocument = (row: DocumentRow): DocumentState => ({
  source: row.source,
  docId: row.doc_id,
  status: row.status,
  contentHash: row.content_hash,
  title: row.title,
  url: row.url,
  language: row.language,
  cmsUpdatedAt: row.cms_updated_at,
  changedAt: row.changed_at,
  seq: row.seq,
  owner: row.owner,
})

const parseJson = (text: string | null | undefined): unknown => (text ? JSON.parse(text) : null)

/** The next change number: one more than any so far (D1 runs writes one at a time). */
const NEXT_SEQ = '(SELECT COALESCE(MAX(seq), 0) + 1 FROM documents)'

/** A delivery's owner: its job's API key name (bind the job id; no job, no owner). */
const JOB_OWNER = '(SELECT owner FROM jobs WHERE id = ?)'

/** Deliveries with their owner, read through their job. */
const DELIVERIES_WITH_OWNER =
  'SELECT deliveries.*, jobs.owner AS owner FROM deliveries LEFT JOIN jobs ON jobs.id = deliveries.job_id'

export class D1ResultStore implements ResultStore {
  constructor(private readonly db: D1Database) {}

  async addDeliveries(deliveries: readonly NewDelivery[]) {
    if (deliveries.length === 0) return []
    const statements: D1PreparedStatement[] = []
    for (let start = 0; start < deliveries.length; start += ROWS_PER_INSERT) {
      const rows = deliveries.slice(start, start + ROWS_PER_INSERT)
      statements.push(
        this.db
          .prepare(
            `INSERT INTO deliveries (id, source, dedupe_key, doc_id, action, job_id, payload, status, received_at)
             VALUES ${rows.map(() => "(?, ?, ?, ?, ?, ?, ?, 'queued', ?)").join(', ')}
             ON CONFLICT (source, dedupe_key, doc_id) DO NOTHING RETURNING id`,
          )
          .bind(
            ...rows.flatMap((d) => [
              d.id,
              d.source,
              d.dedupeKey,
              d.docId,
              d.action,
              d.jobId ?? null,
              d.payload,
              d.receivedAt,
            ]),
          ),
      )
    }
    const inserted = new Set<string>()
    for (const result of await this.db.batch<{ id: string }>(statements))
      for (const row of result.results) inserted.add(row.id)
    const out: { delivery: Delivery; created: boolean }[] = []
    for (const d of deliveries) {
      if (inserted.has(d.id)) {
        out.push({
          created: true,
          delivery: {
            ...d,
            jobId: d.jobId ?? null,
            owner: d.owner ?? null,
            status: 'queued',
            attempts: 0,
            contentHash: null,
            error: null,
            finishedAt: null,
            callbackStatus: null,
            acknowledgedAt: null,
          },
        })
        continue
      }
      const existing = await this.db
        .prepare(
          `${DELIVERIES_WITH_OWNER}
           WHERE deliveries.source = ? AND deliveries.dedupe_key = ? AND deliveries.doc_id = ?`,
        )
        .bind(d.source, d.dedupeKey, d.docId)
        .first<DeliveryRow>()
      if (existing) out.push({ created: false, delivery: toDelivery(existing) })
    }
    return out
  }

  async getDelivery(id: string) {
    const row = await this.db
      .prepare(`${DELIVERIES_WITH_OWNER} WHERE deliveries.id = ?`)
      .bind(id)
      .first<DeliveryRow>()
    return row ? toDelivery(row) : null
  }

  async markAcknowledged(ids: readonly string[], at: string) {
    if (ids.length === 0) return
    await this.db.batch(
      ids.map((id) =>
        this.db.prepare('UPDATE deliveries SET acknowledged_at = ? WHERE id = ?').bind(at, id),
      ),
    )
  }

  async noteAttempt(id: string, attempts: number, error: string) {
    await this.db
      .prepare("UPDATE deliveries SET attempts = ?, error = ? WHERE id = ? AND status = 'queued'")
      .bind(attempts, error, id)
      .run()
  }

  async storeResult(delivery: Delivery, result: ResultToStore, now: string) {
    const current = await this.db
      .prepare(
        'SELECT status, content_hash, cms_updated_at FROM documents WHERE source = ? AND doc_id = ?',
      )
      .bind(delivery.source, delivery.docId)
      .first<Pick<DocumentRow, 'status' | 'content_hash' | 'cms_updated_at'>>()
    let outcome: 'stored' | 'unchanged' | 'superseded' = 'stored'
    if (
      current?.cms_updated_at &&
      result.cmsUpdatedAt &&
      result.cmsUpdatedAt < current.cms_updated_at
    )
      outcome = 'superseded'
    else if (current?.status === 'stored' && current.content_hash === result.contentHash)
      outcome = 'unchanged'
    const finish = this.db
      .prepare(
        `UPDATE deliveries SET status = ?, content_hash = ?, payload = NULL, error = NULL, finished_at = ?,
           attempts = attempts + 1 WHERE id = ?`,
      )
      .bind(outcome, result.contentHash, now, delivery.id)
    if (outcome !== 'stored') {
      await finish.run()
      return outcome
    }
    await this.db.batch([
      this.db
        .prepare(
          `INSERT INTO results (source, doc_id, content_hash, analysis, created_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT DO NOTHING`,
        )
        .bind(delivery.source, delivery.docId, result.contentHash, result.analysis, now),
      this.db
        .prepare(
          `INSERT INTO documents (source, doc_id, status, content_hash, title, url, language, cms_updated_at, changed_at, seq, owner)
           VALUES (?, ?, 'stored', ?, ?, ?, ?, ?, ?, ${NEXT_SEQ}, ${JOB_OWNER})
           ON CONFLICT (source, doc_id) DO UPDATE SET status = 'stored', content_hash = excluded.content_hash,
             title = excluded.title, url = excluded.url, language = excluded.language,
             cms_updated_at = COALESCE(excluded.cms_updated_at, documents.cms_updated_at),
             changed_at = excluded.changed_at, seq = excluded.seq, owner = excluded.owner`,
        )
        .bind(
          delivery.source,
          delivery.docId,
          result.contentHash,
          result.title,
          result.url,
          result.language,
          result.cmsUpdatedAt,
          now,
          delivery.jobId,
        ),
      finish,
    ])
    return outcome
  }

  async removeDocument(delivery: Delivery, now: string) {
    await this.db.batch([
      this.db
        .prepare('DELETE FROM results WHERE source = ? AND doc_id = ?')
        .bind(delivery.source, delivery.docId),
      this.db
        .prepare(
          `UPDATE documents SET status = 'deleted', content_hash = NULL, changed_at = ?, seq = ${NEXT_SEQ}
           WHERE source = ? AND doc_id = ? AND status != 'deleted'`,
        )
        .bind(now, delivery.source, delivery.docId),
      this.db
        .prepare(
          `UPDATE deliveries SET status = 'deleted', payload = NULL, error = NULL, finished_at = ?,
             attempts = attempts + 1 WHERE id = ?`,
        )
        .bind(now, delivery.id),
    ])
  }

  async markFailed(id: string, attempts: number, error: string, now: string) {
    const delivery = await this.getDelivery(id)
    if (!delivery || delivery.status !== 'queued') return
    await this.db.batch([
      this.db
        .prepare(
          "UPDATE deliveries SET status = 'failed', attempts = ?, error = ?, finished_at = ? WHERE id = ?",
        )
        .bind(Math.max(attempts, delivery.attempts), error, now, id),
      // A document seen only through failures still shows up, as failed, in the change feed.
      this.db
        .prepare(
          `INSERT INTO documents (source, doc_id, status, changed_at, seq, owner)
           VALUES (?, ?, 'failed', ?, ${NEXT_SEQ}, ${JOB_OWNER})
           ON CONFLICT (source, doc_id) DO NOTHING`,
        )
        .bind(delivery.source, delivery.docId, now, delivery.jobId),
    ])
  }

  async setCallbackStatus(id: string, status: 'queued' | 'sent' | 'failed') {
    await this.db
      .prepare('UPDATE deliveries SET callback_status = ? WHERE id = ?')
      .bind(status, id)
      .run()
  }

  async getDocument(
    source: string,
    docId: string,
    historyLimit = 50,
  ): Promise<StoredDocument | null> {
    const [documents, history] = await this.db.batch([
      this.db
        .prepare(
          `SELECT documents.*, results.analysis FROM documents LEFT JOIN results
             ON results.source = documents.source AND results.doc_id = documents.doc_id
            AND results.content_hash = documents.content_hash
           WHERE documents.source = ? AND documents.doc_id = ?`,
        )
        .bind(source, docId),
      this.db
        .prepare(
          `${DELIVERIES_WITH_OWNER} WHERE deliveries.source = ? AND deliveries.doc_id = ?
           ORDER BY deliveries.received_at DESC, deliveries.rowid DESC LIMIT ?`,
        )
        .bind(source, docId, historyLimit),
    ])
    const documentRow = documents.results[0] as DocumentRow | undefined
    const deliveries = (history.results as DeliveryRow[]).map(toDelivery)
    if (!documentRow && deliveries.length === 0) return null
    return {
      document: documentRow ? toDocument(documentRow) : null,
      analysis: parseJson(documentRow?.analysis),
      history: deliveries,
    }
  }

  async getAnalysis(source: string, docId: string, contentHash: string) {
    const row = await this.db
      .prepare('SELECT analysis FROM results WHERE source = ? AND doc_id = ? AND content_hash = ?')
      .bind(source, docId, contentHash)
      .first<{ analysis: string }>()
    return row?.analysis ?? null
  }

  async listChanges({
    source,
    since,
    afterSeq = 0,
    newestFirst = false,
    owner,
    limit,
    includeAnalysis,
  }: ChangesQuery) {
    const where = [newestFirst && afterSeq > 0 ? 'documents.seq < ?' : 'documents.seq > ?']
    const binds: unknown[] = [newestFirst && afterSeq > 0 ? afterSeq : newestFirst ? 0 : afterSeq]
    if (owner !== undefined) {
      where.push('documents.owner = ?')
      binds.push(owner)
    }
    if (source) {
      where.push('documents.source = ?')
      binds.push(source)
    }
    if (since) {
      where.push('documents.changed_at >= ?')
      binds.push(since)
    }
    const join = includeAnalysis
      ? `LEFT JOIN results ON results.source = documents.source AND results.doc_id = documents.doc_id
           AND results.content_hash = documents.content_hash`
      : ''
    const { results } = await this.db
      .prepare(
        `SELECT documents.*${includeAnalysis ? ', results.analysis' : ''} FROM documents ${join}
         WHERE ${where.join(' AND ')} ORDER BY documents.seq ${newestFirst ? 'DESC' : ''} LIMIT ?`,
      )
      .bind(...binds, limit)
      .all<DocumentRow>()
    return results.map((row) => ({
      ...toDocument(row),
      ...(includeAnalysis ? { analysis: parseJson(row.analysis) } : {}),
    }))
  }

  async createJob(job: {
    id: string
    source: string
    total: number
    createdAt: string
    owner: string | null
  }) {
    await this.db
      .prepare('INSERT INTO jobs (id, source, total, created_at, owner) VALUES (?, ?, ?, ?, ?)')
      .bind(job.id, job.source, job.total, job.createdAt, job.owner)
      .run()
  }

  async growJob(id: string, count: number) {
    await this.db.prepare('UPDATE jobs SET total = total + ? WHERE id = ?').bind(count, id).run()
  }

  async getJob(id: string, failureLimit = 100): Promise<JobSummary | null> {
    const [jobs, counts, failures] = await this.db.batch([
      this.db.prepare('SELECT * FROM jobs WHERE id = ?').bind(id),
      this.db
        .prepare('SELECT status, COUNT(*) AS n FROM deliveries WHERE job_id = ? GROUP BY status')
        .bind(id),
      this.db
        .prepare(
          "SELECT id, doc_id, error FROM deliveries WHERE job_id = ? AND status = 'failed' ORDER BY rowid LIMIT ?",
        )
        .bind(id, failureLimit),
    ])
    const job = jobs.results[0] as
      | { id: string; source: string; total: number; created_at: string; owner: string | null }
      | undefined
    if (!job) return null
    const tally: Record<DeliveryStatus, number> = {
      queued: 0,
      stored: 0,
      unchanged: 0,
      superseded: 0,
      deleted: 0,
      failed: 0,
    }
    for (const row of counts.results as { status: DeliveryStatus; n: number }[])
      tally[row.status] = row.n
    return {
      id: job.id,
      source: job.source,
      total: job.total,
      createdAt: job.created_at,
      owner: job.owner,
      counts: tally,
      failures: (failures.results as { id: string; doc_id: string; error: string | null }[]).map(
        (row) => ({
          deliveryId: row.id,
          docId: row.doc_id,
          error: row.error,
        }),
      ),
    }
  }
}

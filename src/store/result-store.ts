/**
 * @module
 * Where deliveries, results and jobs are kept: the interface the routes and the queue consumer
 * use. {@link D1ResultStore} implements it on Cloudflare D1.
 */

/** What became of a delivery. `queued` until the consumer is done with it. */
export type DeliveryStatus =
  | 'queued'
  | 'stored' // a new result was stored
  | 'unchanged' // the same content was already stored
  | 'superseded' // older than the stored revision
  | 'deleted' // the stored result was removed (unpublish, delete)
  | 'failed' // retries exhausted or a permanent error

export type DeliveryAction = 'upsert' | 'fetch' | 'delete'

export interface NewDelivery {
  id: string
  source: string
  /** The CMS's delivery id, or a hash of the request: the same key and document twice is one delivery. */
  dedupeKey: string
  docId: string
  action: DeliveryAction
  jobId?: string
  /** The job's API key name, as {@link Delivery.owner}; stored through the job, not per row. */
  owner?: string | null
  /** JSON of the change: the article, or what to fetch. */
  payload: string
  receivedAt: string
}

export interface Delivery extends Omit<NewDelivery, 'jobId' | 'payload'> {
  jobId: string | null
  payload: string | null
  status: DeliveryStatus
  attempts: number
  contentHash: string | null
  error: string | null
  finishedAt: string | null
  callbackStatus: 'queued' | 'sent' | 'failed' | null
  /** When the sender was told the delivery was accepted; a copy after that is a replay. */
  acknowledgedAt: string | null
  /** The API key name whose job asked for it; `null` for webhook deliveries. */
  owner: string | null
}

/** A document's latest state. */
export interface DocumentState {
  source: string
  docId: string
  status: 'stored' | 'deleted' | 'failed'
  contentHash: string | null
  title: string | null
  url: string | null
  language: string | null
  cmsUpdatedAt: string | null
  changedAt: string
  seq: number
  /** The API key name whose job last wrote it; `null` for webhook documents. */
  owner: string | null
}

export interface StoredDocument {
  document: DocumentState | null
  /** The latest analysis, parsed; `null` once deleted or before the first success. */
  analysis: unknown | null
  /** Newest first. */
  history: Delivery[]
}

export interface ResultToStore {
  contentHash: string
  /** The analysis as JSON text. */
  analysis: string
  title: string | null
  url: string | null
  language: string | null
  cmsUpdatedAt: string | null
}

export interface ChangesQuery {
  source?: string
  /** ISO time: only documents changed at or after it. */
  since?: string
  /** Only changes after this sequence number (the cursor); before it when `newestFirst`. */
  afterSeq?: number
  /** Newest change first (for people browsing), instead of the sync order. */
  newestFirst?: boolean
  /** Only documents of this API key name (callers that are not admins). */
  owner?: string
  limit: number
  includeAnalysis: boolean
}

export interface JobSummary {
  id: string
  source: string
  total: number
  createdAt: string
  owner: string | null
  counts: Record<DeliveryStatus, number>
  failures: { docId: string; deliveryId: string; error: string | null }[]
}

export interface ResultStore {
  /** Records deliveries; one already recorded (same source, key and document) comes back with `created: false`. */
  addDeliveries(
    deliveries: readonly NewDelivery[],
  ): Promise<{ delivery: Delivery; created: boolean }[]>
  getDelivery(id: string): Promise<Delivery | null>
  /** Notes that the sender was answered 202 for these deliveries. */
  markAcknowledged(ids: readonly string[], at: string): Promise<void>
  /** Notes a failed attempt that will be retried. */
  noteAttempt(id: string, attempts: number, error: string): Promise<void>
  /** Stores a result for the delivery's document unless that content or a newer revision is stored. */
  storeResult(
    delivery: Delivery,
    result: ResultToStore,
    now: string,
  ): Promise<'stored' | 'unchanged' | 'superseded'>
  /** Removes the document's stored result (the history stays). */
  removeDocument(delivery: Delivery, now: string): Promise<void>
  markFailed(id: string, attempts: number, error: string, now: string): Promise<void>
  setCallbackStatus(id: string, status: 'queued' | 'sent' | 'failed'): Promise<void>
  getDocument(source: string, docId: string, historyLimit?: number): Promise<StoredDocument | null>
  /** The analysis stored for one content of a document (for callbacks). */
  getAnalysis(source: string, docId: string, contentHash: string): Promise<string | null>
  listChanges(query: ChangesQuery): Promise<(DocumentState & { analysis?: unknown })[]>
  createJob(job: {
    id: string
    source: string
    total: number
    createdAt: string
    owner: string | null
  }): Promise<void>
  /** Counts `count` more items into a job's total. */
  growJob(id: string, count: number): Promise<void>
  getJob(id: string, failureLimit?: number): Promise<JobSummary | null>
}

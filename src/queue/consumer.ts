/**
 * @module
 * The queue consumer: turns a recorded delivery into a stored result (or a removal), retries what
 * can succeed later, and records as failed what cannot or what the dead-letter queue hands back.
 * Everything it touches comes in through {@link ConsumerDeps}, so tests can swap any of it.
 */
import { analyze } from '../analysis/index'
import type { ArticleDraft, Change, CmsConnection, WebhookAdapter } from '../webhooks/adapter'
import { CmsRefusedError } from '../webhooks/cms-api'
import { sha256Hex } from '../webhooks/crypto'
import type { Delivery, ResultStore } from '../store/result-store'
import { sendCallback, type CallbackTarget } from './callbacks'
import { isQueueMessage, type QueueMessage } from './messages'
import { PermanentError, retryDelaySeconds, type RetryPolicy } from './retry'

export interface ConsumerDeps {
  store: ResultStore
  adapterFor(source: string): WebhookAdapter | undefined
  /** The CMS API of a source (`CMS_URL_<S>`, `CMS_TOKEN_<S>`), or `null` when not configured. */
  cms(source: string): CmsConnection | null
  /** Where a source's results are posted (`CALLBACK_URL_<S>`, `CALLBACK_SECRET_<S>`), if anywhere. */
  callbackTarget(source: string): CallbackTarget | null
  enqueue(messages: QueueMessage[]): Promise<void>
  fetch: typeof fetch
  now(): Date
  retry: RetryPolicy
}

/** The parts of a queue message the consumer uses (a Cloudflare `Message`, or a test's). */
export interface ConsumedMessage {
  readonly body: unknown
  readonly attempts: number
  ack(): void
  retry(options?: { delaySeconds?: number }): void
}

/** SHA-256 (hex) of what the analysis reads: title, body and language. */
export function contentHash(article: ArticleDraft): Promise<string> {
  return sha256Hex(
    JSON.stringify([
      article.title ?? '',
      article.html ?? '',
      article.text ?? '',
      article.language ?? '',
    ]),
  )
}

/** An ISO 8601 time in one canonical form (so times compare as strings), or `null`. */
export function isoTime(value: string | undefined): string | null {
  if (!value) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

async function articleOf(
  delivery: Delivery,
  change: Change,
  deps: ConsumerDeps,
): Promise<ArticleDraft | null> {
  if (change.action === 'upsert') return change.article
  if (change.action === 'delete') return null
  const adapter = deps.adapterFor(delivery.source)
  if (!adapter?.fetchDocument)
    throw new PermanentError(`Source "${delivery.source}" cannot fetch documents by id.`)
  const cms = deps.cms(delivery.source)
  if (!cms)
    throw new PermanentError(
      `CMS_URL_${delivery.source.toUpperCase()} is not configured, so document ${delivery.docId} cannot be fetched.`,
    )
  try {
    return await adapter.fetchDocument(change, cms)
  } catch (error) {
    if (error instanceof CmsRefusedError) throw new PermanentError(error.message)
    throw error
  }
}

/**
 * Does what one delivery asks for, once: a delivery that is no longer `queued` (a duplicate
 * message) is left as it is. Returns the delivery's final status.
 */
export async function processDelivery(id: string, deps: ConsumerDeps): Promise<string> {
  const delivery = await deps.store.getDelivery(id)
  if (!delivery) return 'missing'
  if (delivery.status !== 'queued') return delivery.status
  let change: Change
  try {
    change = JSON.parse(delivery.payload ?? '') as Change
  } catch {
    throw new PermanentError('The recorded delivery cannot be read.')
  }
  const now = deps.now().toISOString()
  const article = await articleOf(delivery, change, deps)
  if (!article) {
    await deps.store.removeDocument(delivery, now)
    await queueCallback(delivery, deps)
    return 'deleted'
  }
  if (!(article.html ?? article.text ?? '').trim())
    throw new PermanentError(`Document ${delivery.docId} has no body text to analyze.`)
  const analysis = analyze({
    ...(article.html !== undefined ? { html: article.html } : { text: article.text ?? '' }),
    title: article.title,
    url: article.url,
    id: delivery.docId,
  })
  const outcome = await deps.store.storeResult(
    delivery,
    {
      contentHash: await contentHash(article),
      analysis: JSON.stringify(analysis),
      title: article.title ?? analysis.clean.title ?? null,
      url: article.url ?? null,
      language: article.language ?? analysis.language,
      cmsUpdatedAt: isoTime(article.updatedAt),
    },
    now,
  )
  if (outcome === 'stored') await queueCallback(delivery, deps)
  return outcome
}

async function queueCallback(delivery: Delivery, deps: ConsumerDeps): Promise<void> {
  if (!deps.callbackTarget(delivery.source)) return
  await deps.store.setCallbackStatus(delivery.id, 'queued')
  await deps.enqueue([{ kind: 'callback', id: delivery.id }])
}

async function processCallback(id: string, deps: ConsumerDeps): Promise<void> {
  const delivery = await deps.store.getDelivery(id)
  if (!delivery || delivery.callbackStatus !== 'queued') return
  const target = deps.callbackTarget(delivery.source)
  if (!target)
    throw new PermanentError(
      `CALLBACK_URL_${delivery.source.toUpperCase()} is no longer configured.`,
    )
  const analysis =
    delivery.status === 'stored' && delivery.contentHash
      ? await deps.store.getAnalysis(delivery.source, delivery.docId, delivery.contentHash)
      : null
  await sendCallback(target, delivery, analysis, deps.fetch, deps.now())
  await deps.store.setCallbackStatus(id, 'sent')
}

/** The message's body when it is one of ours; anything else is acked (logged) and skipped. */
function copydeskMessage(message: ConsumedMessage, queue: string): QueueMessage | null {
  if (isQueueMessage(message.body)) return message.body
  console.error(JSON.stringify({ queue, dropped: 'not a copydesk message' }))
  message.ack()
  return null
}

const describe = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, 500)

/**
 * Handles one batch from the deliveries queue: each message is acked when done, retried with
 * backoff when another attempt may succeed, and recorded as failed at once when none can.
 */
export async function consumeDeliveries(
  messages: readonly ConsumedMessage[],
  deps: ConsumerDeps,
): Promise<void> {
  for (const message of messages) {
    const body = copydeskMessage(message, 'deliveries')
    if (!body) continue
    try {
      if (body.kind === 'delivery') await processDelivery(body.id, deps)
      else await processCallback(body.id, deps)
      message.ack()
    } catch (error) {
      const reason = describe(error)
      try {
        if (error instanceof PermanentError) {
          if (body.kind === 'delivery')
            await deps.store.markFailed(body.id, message.attempts, reason, deps.now().toISOString())
          else await deps.store.setCallbackStatus(body.id, 'failed')
          message.ack()
          continue
        }
        if (body.kind === 'delivery')
          await deps.store.noteAttempt(body.id, message.attempts, reason)
      } catch (storeError) {
        // The store is down too: the retry below keeps the message; the dead-letter queue records it later.
        console.error(
          JSON.stringify({ queue: 'deliveries', id: body.id, storeError: describe(storeError) }),
        )
      }
      console.error(
        JSON.stringify({
          queue: 'deliveries',
          id: body.id,
          attempt: message.attempts,
          error: reason,
        }),
      )
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts, deps.retry) })
    }
  }
}

/**
 * Handles the dead-letter queue: every message there exhausted its retries, so its delivery (or
 * callback) is recorded as failed, with the last error noted. A store failure retries the
 * message here, so even then nothing is dropped.
 */
export async function consumeDeadLetters(
  messages: readonly ConsumedMessage[],
  deps: ConsumerDeps,
): Promise<void> {
  for (const message of messages) {
    const body = copydeskMessage(message, 'dead-letters')
    if (!body) continue
    try {
      if (body.kind === 'delivery') {
        const delivery = await deps.store.getDelivery(body.id)
        const reason = `Gave up after ${delivery?.attempts ?? 'all'} attempts: ${delivery?.error ?? 'unknown error'}`
        await deps.store.markFailed(
          body.id,
          delivery?.attempts ?? 0,
          reason,
          deps.now().toISOString(),
        )
      } else await deps.store.setCallbackStatus(body.id, 'failed')
      message.ack()
    } catch (error) {
      console.error(JSON.stringify({ queue: 'dead-letters', id: body.id, error: describe(error) }))
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts, deps.retry) })
    }
  }
}

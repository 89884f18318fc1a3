/**
 * @module
 * Callbacks: each new result (or removal) of a source with `CALLBACK_URL_<S>` is POSTed there,
 * signed with Standard Webhooks under `CALLBACK_SECRET_<S>` (a `whsec_` secret), so the receiver
 * can verify it with any Standard Webhooks library. Only the configured URL is ever called.
 */
import { Webhook } from 'standardwebhooks'
import type { Delivery } from '../store/result-store'
import { PermanentError } from './retry'

export interface CallbackTarget {
  url: URL
  /** `whsec_` + base64. */
  secret: string
}

const TIMEOUT_MS = 10_000

/** The callback body: `{ type, timestamp, data }`, as Standard Webhooks suggests. */
export function callbackBody(delivery: Delivery, analysis: string | null, now: Date): string {
  const data = {
    source: delivery.source,
    id: delivery.docId,
    deliveryId: delivery.id,
    status: delivery.status,
    contentHash: delivery.contentHash,
    result: `/v1/results/${encodeURIComponent(delivery.source)}/${encodeURIComponent(delivery.docId)}`,
  }
  // The analysis is spliced in as stored, not parsed and serialised again.
  const json = JSON.stringify({
    type: delivery.status === 'deleted' ? 'result.deleted' : 'result.stored',
    timestamp: now.toISOString(),
    data,
  })
  return analysis ? `${json.slice(0, -2)},"analysis":${analysis}}}` : json
}

/** POSTs one callback; throws (to be retried) unless the receiver answers 2xx. */
export async function sendCallback(
  target: CallbackTarget,
  delivery: Delivery,
  analysis: string | null,
  fetcher: typeof fetch,
  now: Date,
): Promise<void> {
  const body = callbackBody(delivery, analysis, now)
  let signature: string
  try {
    signature = new Webhook(target.secret).sign(delivery.id, now, body)
  } catch {
    throw new PermanentError(
      `CALLBACK_SECRET_${delivery.source.toUpperCase()} is not a Standard Webhooks secret (whsec_<base64>).`,
    )
  }
  const response = await fetcher(target.url.href, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': delivery.id,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': signature,
    },
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
  await response.body?.cancel()
  if (response.ok) return
  const message = `The callback URL answered ${response.status}.`
  // 408 and 429 say "later"; other 4xx say the receiver will not take it.
  if (
    response.status >= 400 &&
    response.status < 500 &&
    response.status !== 408 &&
    response.status !== 429
  )
    throw new PermanentError(message)
  throw new Error(message)
}

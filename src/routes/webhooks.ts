/**
 * @module
 * `POST /v1/webhooks/:source`: verify the raw bytes as that CMS signs them, record each document
 * change in D1, queue it, and answer 202 with the delivery ids, well inside the CMS's timeout
 * (Ghost waits 2 s). The analysis happens in the queue consumer.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { webhookSecrets } from '../config'
import { Problem, problemResponse } from '../errors'
import type { QueueMessage } from '../queue/messages'
import { D1ResultStore } from '../store/d1'
import type { NewDelivery } from '../store/result-store'
import { sha256Hex } from '../webhooks/crypto'
import { adapterFor, webhookSources } from '../webhooks/registry'
import type { ReceivedRequest } from '../webhooks/scheme'
import { maxBodyBytes } from './analysis'
import { decodeUtf8 } from './body-encoding'
import { readBodyLimited } from './read-article'

/** A new delivery id: `dlv_` and 20 random base-32 characters. */
export function newDeliveryId(prefix = 'dlv'): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567'
  const bytes = crypto.getRandomValues(new Uint8Array(20))
  return `${prefix}_${Array.from(bytes, (byte) => alphabet[byte & 31]).join('')}`
}

export const webhookRoutes = new Hono<AppEnv>().post('/:source', async (c) => {
  const source = c.req.param('source')
  const adapter = adapterFor(source)
  if (!adapter)
    throw new Problem(
      'not-found',
      `Unknown webhook source "${source}". Known sources: ${webhookSources().join(', ')}.`,
    )
  const secrets = webhookSecrets(c.env, source)
  // Fail closed: without a configured secret nobody can be told from the CMS.
  if (secrets.length === 0)
    return problemResponse(
      new Problem(
        'unauthorized',
        `Webhooks from ${adapter.label} are not enabled: WEBHOOK_SECRET_${source.toUpperCase()} is not configured.`,
      ),
      { 'www-authenticate': `Signature realm="copydesk", source="${source}"` },
    )
  const request: ReceivedRequest = {
    method: c.req.method,
    url: new URL(c.req.url),
    headers: c.req.raw.headers,
    body: decodeUtf8(await readBodyLimited(c.req.raw, maxBodyBytes(c.env))),
  }
  if (adapter.isPing?.(request)) return c.json({ status: 'ok', ping: true }, 200)
  const verdict = await adapter.scheme.verify(request, secrets, Date.now())
  if (!verdict.ok)
    return problemResponse(new Problem('unauthorized', verdict.reason), {
      'www-authenticate': `Signature realm="copydesk", source="${source}"`,
    })

  const parsed = adapter.parse(request)
  // Prismic retries anything but exactly 200; the others take any 2xx.
  const accepted = source === 'prismic' ? 200 : 202
  if (parsed.changes.length === 0)
    return c.json(
      { status: 'ignored', event: parsed.event, reason: parsed.ignored ?? 'Nothing to do.' },
      200,
    )

  // The sender's delivery id when it has one. Otherwise the same bytes twice are one delivery
  // (same content, stored once), except for thin payloads: their bodies repeat from one edit to
  // the next (Directus sends `{ status: "published" }` each time), and a fetch reads the latest.
  const senderId = adapter.deliveryId?.(request)?.trim()
  const bodyKey = senderId || `sha256:${await sha256Hex(request.body)}`
  const receivedAt = new Date().toISOString()
  const deliveries: NewDelivery[] = parsed.changes.map((change) => ({
    id: newDeliveryId(),
    source,
    dedupeKey: change.action === 'fetch' && !senderId ? newDeliveryId('received') : bodyKey,
    docId: change.docId,
    action: change.action,
    payload: JSON.stringify(change),
    receivedAt,
  }))
  const store = new D1ResultStore(c.env.DB)
  let recorded
  try {
    recorded = await store.addDeliveries(deliveries)
  } catch (error) {
    console.error(
      JSON.stringify({ requestId: c.get('requestId'), webhook: source, store: String(error) }),
    )
    throw new Problem('service-unavailable', 'The delivery could not be recorded; please retry.')
  }
  // A copy of a delivery the sender was already told we accepted is a replay: without a
  // timestamp in the signature it cannot be told from a captured request sent again.
  const replays = recorded.filter(({ created, delivery }) => !created && delivery.acknowledgedAt)
  if (replays.length === recorded.length) {
    const first = replays[0].delivery
    return problemResponse(
      new Problem(
        'unauthorized',
        `This delivery was already accepted at ${first.acknowledgedAt} as ${first.id}; a replay is not accepted again.`,
        { deliveryId: first.id },
      ),
      { 'www-authenticate': `Signature realm="copydesk", source="${source}"` },
    )
  }
  // Queue every delivery still waiting, including one whose first queueing failed.
  const waiting = recorded
    .filter(({ delivery }) => delivery.status === 'queued' && !delivery.acknowledgedAt)
    .map(({ delivery }) => delivery.id)
  try {
    if (waiting.length)
      await c.env.DELIVERIES.sendBatch(
        waiting.map((id): { body: QueueMessage } => ({ body: { kind: 'delivery', id } })),
      )
    await store.markAcknowledged(waiting, new Date().toISOString())
  } catch (error) {
    console.error(
      JSON.stringify({ requestId: c.get('requestId'), webhook: source, queue: String(error) }),
    )
    // Recorded but perhaps not queued: a 503 makes the CMS retry, and the retry queues it again.
    throw new Problem(
      'service-unavailable',
      'The delivery was recorded but could not be queued; please retry.',
    )
  }
  return c.json(
    {
      status: 'accepted',
      event: parsed.event,
      deliveryId: recorded[0]?.delivery.id,
      deliveries: recorded.map(({ delivery, created }) => ({
        id: delivery.id,
        document: delivery.docId,
        action: delivery.action,
        status: delivery.status,
        duplicate: !created,
        result: `/v1/results/${encodeURIComponent(source)}/${encodeURIComponent(delivery.docId)}`,
      })),
    },
    accepted,
  )
})

/**
 * @module
 * The Worker's `queue()` handler: builds the consumer's dependencies from the environment and
 * sends each batch to the deliveries consumer or, from the dead-letter queue, to its recorder.
 */
import { positiveInteger, sourceSetting, sourceUrl } from '../config'
import { D1ResultStore } from '../store/d1'
import { adapterFor } from '../webhooks/registry'
import { consumeDeadLetters, consumeDeliveries, type ConsumerDeps } from './consumer'
import { DEAD_LETTER_QUEUE, type QueueMessage } from './messages'
import { DEFAULT_RETRY_POLICY } from './retry'
import { allowedOrigins, guardedFetch } from './egress'

/** The consumer's dependencies from Worker bindings and settings. */
export function consumerDeps(env: Env): ConsumerDeps {
  const settings = env as unknown as Record<string, unknown>
  const fetchOut = guardedFetch(allowedOrigins(env), (input, init) => fetch(input, init))
  return {
    store: new D1ResultStore(env.DB),
    adapterFor,
    cms(source) {
      const baseUrl = sourceUrl(env, 'CMS_URL', source)
      return baseUrl
        ? {
            baseUrl,
            token: sourceSetting(env, 'CMS_TOKEN', source) ?? null,
            fetch: fetchOut,
          }
        : null
    },
    callbackTarget(source) {
      const url = sourceUrl(env, 'CALLBACK_URL', source)
      const secret = sourceSetting(env, 'CALLBACK_SECRET', source)
      return url && secret ? { url, secret } : null
    },
    async enqueue(messages) {
      for (let start = 0; start < messages.length; start += 100)
        await env.DELIVERIES.sendBatch(messages.slice(start, start + 100).map((body) => ({ body })))
    },
    fetch: fetchOut,
    now: () => new Date(),
    retry: {
      baseDelaySeconds: positiveInteger(
        settings.RETRY_BASE_SECONDS,
        DEFAULT_RETRY_POLICY.baseDelaySeconds,
      ),
      maxDelaySeconds: DEFAULT_RETRY_POLICY.maxDelaySeconds,
    },
  }
}

export async function handleQueue(batch: MessageBatch<QueueMessage>, env: Env): Promise<void> {
  const deps = consumerDeps(env)
  if (batch.queue === DEAD_LETTER_QUEUE) await consumeDeadLetters(batch.messages, deps)
  else await consumeDeliveries(batch.messages, deps)
}

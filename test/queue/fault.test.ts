/**
 * The fault test: 200 deliveries, the consumer failing at random on 30% of attempts (before
 * reading, before storing, or after storing, when the ack is lost), retried as the queue retries
 * them, the exhausted ones handed to the dead-letter consumer. Every delivery must end stored once
 * or recorded as failed: none lost, none doubled.
 */
import { env } from 'cloudflare:test'
import { describe, expect, it, vi } from 'vitest'
import {
  consumeDeadLetters,
  consumeDeliveries,
  type ConsumedMessage,
  type ConsumerDeps,
} from '../../src/queue/consumer'
import type { QueueMessage } from '../../src/queue/messages'
import { D1ResultStore } from '../../src/store/d1'
import type { NewDelivery, ResultStore } from '../../src/store/result-store'
import { adapterFor } from '../../src/webhooks/registry'
import { ARTICLE } from '../helpers/signed-deliveries'

/** As in wrangler.toml: five retries after the first attempt. */
const MAX_RETRIES = 5
const BATCH_SIZE = 10
const FAILURE_RATE = 0.3

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class InjectedFault extends Error {}

/** A store that fails at random points of an attempt; `alwaysFailing` ids never get through. */
function faultyStore(
  store: ResultStore,
  next: () => number,
  alwaysFailing: Set<string>,
): ResultStore {
  const roll = (id: string) => alwaysFailing.has(id) || next() < FAILURE_RATE / 3
  return Object.assign(Object.create(store) as ResultStore, {
    async getDelivery(id: string) {
      if (roll(id)) throw new InjectedFault('D1 unavailable before reading')
      return store.getDelivery(id)
    },
    async storeResult(...args: Parameters<ResultStore['storeResult']>) {
      if (roll(args[0].id)) throw new InjectedFault('D1 unavailable before writing')
      const outcome = await store.storeResult(...args)
      if (next() < FAILURE_RATE / 3) throw new InjectedFault('ack lost after writing')
      return outcome
    },
  })
}

interface Queued {
  body: QueueMessage
  attempts: number
}

describe('fault test: 200 deliveries, 30% of attempts failing', () => {
  it(
    'stores every delivery exactly once or records it as failed',
    { timeout: 120_000 },
    async () => {
      // Each injected fault logs a line; the counts below are what matters.
      vi.spyOn(console, 'error').mockImplementation(() => {})
      const store = new D1ResultStore(env.DB)
      const receivedAt = new Date().toISOString()
      const deliveries: NewDelivery[] = Array.from({ length: 200 }, (_, n) => ({
        id: `dlv_fault${String(n).padStart(4, '0')}`,
        source: 'standard',
        dedupeKey: `fault-${n}`,
        docId: `fault-doc-${n}`,
        action: 'upsert',
        receivedAt,
        payload: JSON.stringify({
          action: 'upsert',
          docId: `fault-doc-${n}`,
          article: {
            title: `${ARTICLE.title} (${n})`,
            text: [...ARTICLE.paragraphs, `Item ${n}.`].join('\n\n'),
          },
        }),
      }))
      await store.addDeliveries(deliveries)
      // Three deliveries whose store never answers: they must reach the dead-letter queue.
      const alwaysFailing = new Set(deliveries.slice(0, 3).map((d) => d.id))

      const next = random(20261203)
      const deps = (faulty: boolean): ConsumerDeps => ({
        store: faulty ? faultyStore(store, next, alwaysFailing) : store,
        adapterFor,
        cms: () => null,
        callbackTarget: () => null,
        enqueue: async () => {},
        fetch: () => Promise.reject(new Error('no network in this test')),
        now: () => new Date(),
        retry: { baseDelaySeconds: 1, maxDelaySeconds: 1 },
      })

      let queue: Queued[] = deliveries.map((d) => ({
        body: { kind: 'delivery', id: d.id },
        attempts: 1,
      }))
      const deadLetters: Queued[] = []
      let attemptsMade = 0
      let injected = 0
      while (queue.length) {
        const batch = queue.slice(0, BATCH_SIZE)
        queue = queue.slice(BATCH_SIZE)
        const outcomes = new Map<Queued, 'ack' | 'retry'>()
        const messages: ConsumedMessage[] = batch.map((item) => ({
          body: item.body,
          attempts: item.attempts,
          ack: () => outcomes.set(item, 'ack'),
          retry: () => {
            outcomes.set(item, 'retry')
            injected++
          },
        }))
        attemptsMade += batch.length
        await consumeDeliveries(messages, deps(true))
        for (const item of batch) {
          const outcome = outcomes.get(item)
          expect(outcome, `message ${item.body.id} neither acked nor retried`).toBeDefined()
          if (outcome === 'ack') continue
          if (item.attempts > MAX_RETRIES) deadLetters.push(item)
          else queue.push({ body: item.body, attempts: item.attempts + 1 })
        }
      }
      await consumeDeadLetters(
        deadLetters.map((item) => ({
          body: item.body,
          attempts: item.attempts,
          ack: () => {},
          retry: () => {},
        })),
        deps(false),
      )

      const { results: statuses } = await env.DB.prepare(
        "SELECT status, COUNT(*) AS n FROM deliveries WHERE id LIKE 'dlv_fault%' GROUP BY status",
      ).all<{ status: string; n: number }>()
      const byStatus = Object.fromEntries(statuses.map((row) => [row.status, row.n]))
      const { results: perDocument } = await env.DB.prepare(
        "SELECT doc_id, COUNT(*) AS n FROM results WHERE doc_id LIKE 'fault-doc-%' GROUP BY doc_id",
      ).all<{ doc_id: string; n: number }>()
      const failed = await env.DB.prepare(
        "SELECT id, error FROM deliveries WHERE id LIKE 'dlv_fault%' AND status = 'failed' ORDER BY id",
      ).all<{ id: string; error: string }>()

      console.log(
        JSON.stringify({
          attemptsMade,
          retried: injected,
          deadLetters: deadLetters.length,
          byStatus,
        }),
      )
      expect(injected / attemptsMade).toBeGreaterThan(0.15) // faults really happened
      expect(byStatus.queued ?? 0).toBe(0) // none lost
      expect((byStatus.stored ?? 0) + (byStatus.failed ?? 0)).toBe(200)
      expect(perDocument.every((row) => row.n === 1)).toBe(true) // none doubled
      expect(perDocument.length).toBe(byStatus.stored)
      // The always-failing three (and any unlucky other) are recorded from the dead-letter queue.
      expect(failed.results.map((row) => row.id)).toEqual(
        expect.arrayContaining([...alwaysFailing]),
      )
      expect(failed.results.length).toBe(deadLetters.length)
      for (const row of failed.results) expect(row.error).toMatch(/^Gave up after \d+ attempts: /)
    },
  )
})

import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { fetchWith } from '../helpers/app'
import { deliveryFrom, type Delivery } from '../helpers/signed-deliveries'
import { settledResult } from '../helpers/worker'

/** D1 that fails its first `failures` batches, as a database briefly unreachable does. */
function flakyDatabase(failures: number): D1Database {
  let left = failures
  return new Proxy(env.DB, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver)
      if (property === 'batch')
        return (statements: D1PreparedStatement[]) => {
          if (left-- > 0) return Promise.reject(new Error('D1_ERROR: network connection lost'))
          return target.batch(statements)
        }
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

/** A queue producer that fails its first `failures` sends. */
function flakyQueue(failures: number): Queue {
  let left = failures
  return {
    send: (body: unknown) =>
      left-- > 0 ? Promise.reject(new Error('queue unavailable')) : env.DELIVERIES.send(body),
    sendBatch: (messages: Iterable<MessageSendRequest>) =>
      left-- > 0
        ? Promise.reject(new Error('queue unavailable'))
        : env.DELIVERIES.sendBatch(messages),
  } as Queue
}

const post = (settings: Record<string, unknown>, delivery: Delivery) =>
  fetchWith(settings, delivery.path, {
    method: 'POST',
    headers: delivery.headers,
    body: delivery.body,
  })

describe('a delivery that meets a failing store or queue is never lost', () => {
  it('503 while D1 fails, then the sender’s retry is stored once', async () => {
    const id = `fault-d1-${Date.now()}`
    const delivery = deliveryFrom('ghost', { id })
    const failing = await post({ DB: flakyDatabase(1) }, delivery)
    expect(failing.status).toBe(503)
    expect(failing.headers.get('content-type')).toMatch(/problem\+json/)
    await failing.text()
    const retried = await post({}, delivery)
    expect(retried.status).toBe(202)
    await retried.text()
    const result = await settledResult<{ status: string; history: { status: string }[] }>(
      'ghost',
      id,
    )
    expect(result.status).toBe('stored')
    expect(result.history.map((entry) => entry.status)).toEqual(['stored'])
  })

  it('503 when recorded but not queued; the retry queues the recorded delivery, stored once', async () => {
    const id = `fault-queue-${Date.now()}`
    const delivery = deliveryFrom('ghost', { id })
    const failing = await post({ DELIVERIES: flakyQueue(1) }, delivery)
    expect(failing.status).toBe(503)
    await failing.text()
    const retried = await post({}, delivery)
    expect(retried.status).toBe(202)
    const body = (await retried.json()) as { deliveries: { duplicate: boolean }[] }
    // The same delivery the first attempt recorded, not a second one.
    expect(body.deliveries[0].duplicate).toBe(true)
    const result = await settledResult<{ status: string; history: { status: string }[] }>(
      'ghost',
      id,
    )
    expect(result.history.map((entry) => entry.status)).toEqual(['stored'])
  })
})

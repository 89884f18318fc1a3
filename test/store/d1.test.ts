import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { D1ResultStore } from '../../src/store/d1'
import type { NewDelivery, ResultToStore } from '../../src/store/result-store'

const store = new D1ResultStore(env.DB)
let serial = 0

async function delivery(docId: string, overrides: Partial<NewDelivery> = {}) {
  serial++
  const [recorded] = await store.addDeliveries([
    {
      id: `dlv_store${serial}`,
      source: 'standard',
      dedupeKey: `key-${serial}`,
      docId,
      action: 'upsert',
      payload: '{}',
      receivedAt: new Date(Date.UTC(2026, 10, 1, 0, serial)).toISOString(),
      ...overrides,
    },
  ])
  return recorded.delivery
}

const result = (contentHash: string, cmsUpdatedAt: string | null): ResultToStore => ({
  contentHash,
  analysis: JSON.stringify({ marker: contentHash }),
  title: `Title ${contentHash}`,
  url: null,
  language: 'en',
  cmsUpdatedAt,
})

/** A new delivery of `docId` with content `contentHash`, stored: what the store answers. */
const storeRevision = async (docId: string, contentHash: string, cmsUpdatedAt: string) =>
  store.storeResult(
    await delivery(docId),
    result(contentHash, cmsUpdatedAt),
    new Date().toISOString(),
  )

describe('D1ResultStore', () => {
  it('keeps the newest revision: an older one arriving late is superseded', async () => {
    expect(await storeRevision('doc-a', 'h2', '2026-11-02T00:00:00.000Z')).toBe('stored')
    expect(await storeRevision('doc-a', 'h1', '2026-11-01T00:00:00.000Z')).toBe('superseded')
    expect(await storeRevision('doc-a', 'h2', '2026-11-02T00:00:00.000Z')).toBe('unchanged')
    const stored = await store.getDocument('standard', 'doc-a')
    expect(stored?.analysis).toEqual({ marker: 'h2' })
    expect(stored?.history.map((d) => d.status)).toEqual(['unchanged', 'superseded', 'stored'])
  })

  it('records the same key and document once', async () => {
    const first = await store.addDeliveries([
      {
        id: 'dlv_once1',
        source: 'ghost',
        dedupeKey: 'same',
        docId: 'doc-b',
        action: 'upsert',
        payload: '{}',
        receivedAt: new Date().toISOString(),
      },
    ])
    const second = await store.addDeliveries([
      {
        id: 'dlv_once2',
        source: 'ghost',
        dedupeKey: 'same',
        docId: 'doc-b',
        action: 'upsert',
        payload: '{}',
        receivedAt: new Date().toISOString(),
      },
    ])
    expect(first[0].created).toBe(true)
    expect(second[0]).toMatchObject({ created: false, delivery: { id: 'dlv_once1' } })
  })

  it('inserts many deliveries in statements of at most 100 bound parameters', async () => {
    const many: NewDelivery[] = Array.from({ length: 250 }, (_, n) => ({
      id: `dlv_many${n}`,
      source: 'archive',
      dedupeKey: `job:many:${n}`,
      docId: `many-${n}`,
      action: 'upsert',
      jobId: 'job_many',
      payload: '{}',
      receivedAt: new Date().toISOString(),
    }))
    const recorded = await store.addDeliveries(many)
    expect(recorded.filter((r) => r.created)).toHaveLength(250)
  })

  it('lists changes after a cursor and since a time, in order', async () => {
    const now = '2026-11-20T10:00:00.000Z'
    for (const id of ['feed-1', 'feed-2', 'feed-3'])
      await store.storeResult(await delivery(id, { source: 'feed' }), result(id, null), now)
    const all = await store.listChanges({ source: 'feed', limit: 10, includeAnalysis: true })
    expect(all.map((c) => c.docId)).toEqual(['feed-1', 'feed-2', 'feed-3'])
    expect(all[0].analysis).toEqual({ marker: 'feed-1' })
    const after = await store.listChanges({
      source: 'feed',
      afterSeq: all[0].seq,
      limit: 10,
      includeAnalysis: false,
    })
    expect(after.map((c) => c.docId)).toEqual(['feed-2', 'feed-3'])
    expect(
      await store.listChanges({
        source: 'feed',
        since: '2026-11-21T00:00:00.000Z',
        limit: 10,
        includeAnalysis: false,
      }),
    ).toEqual([])
  })
})

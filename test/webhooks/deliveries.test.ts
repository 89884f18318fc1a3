import { afterEach, describe, expect, it, vi } from 'vitest'
import { send, settledResult, type Problem } from '../helpers/worker'
import { deliveryFrom, type Delivery, type TestSource } from '../helpers/signed-deliveries'

interface Accepted {
  status: string
  deliveryId: string
  deliveries: { id: string; document: string; duplicate: boolean; result: string }[]
}

interface StoredResult {
  source: string
  id: string
  status: string
  title: string | null
  contentHash: string | null
  analysis: {
    clean: { text: string }
    readability: object
    stance: { counts: Record<string, number> }
  } | null
  history: { deliveryId: string; status: string; action: string; error: string | null }[]
}

const post = (delivery: Delivery) =>
  send<Accepted>(delivery.path, { method: 'POST', headers: delivery.headers, body: delivery.body })

/** Waits until the document's latest delivery is no longer queued, and returns the result. */
afterEach(() => vi.restoreAllMocks())

describe('POST /v1/webhooks/:source to a stored result', () => {
  const cases: [TestSource, string][] = [
    ['ghost', '6750aa11bb22cc33dd44ee01'],
    ['wordpress', '4101'],
    ['wpcom', '4102'],
    ['contentful', '7TransitTalks01'],
    ['sanity', 'article-transit-01'],
    ['strapi', 'v5transittalks0000000101'],
    ['payload', 'p-transit-0101'],
    ['standard', 'std-transit-0101'],
  ]
  for (const [source, id] of cases) {
    it(`${source}: 202, then the analysis under the CMS's own id`, async () => {
      const reply = await post(deliveryFrom(source, { id }))
      expect(reply.status).toBe(202)
      expect(reply.json.deliveryId).toMatch(/^dlv_[a-z2-7]{20}$/)
      expect(reply.json.deliveries[0]).toMatchObject({ document: id, duplicate: false })
      const result = await settledResult<StoredResult>(source, id)
      expect(result.status).toBe('stored')
      expect(result.title).toBe('Transit Authority Invites Drivers Union to Timetable Talks')
      expect(result.analysis?.clean.text).toContain('invited the drivers union to join talks')
      expect(result.analysis?.clean.text).not.toMatch(/<p>|wp:paragraph/)
      expect(result.analysis?.stance.counts.invited).toBeGreaterThanOrEqual(1)
      expect(result.history[0]).toMatchObject({ status: 'stored', action: 'upsert' })
    })
  }

  it('refuses a replay, and stores one result for the same content republished', async () => {
    const id = '6750aa11bb22cc33dd44ee02'
    const first = deliveryFrom('ghost', { id })
    expect((await post(first)).status).toBe(202)
    // The very same request again is a replay of an accepted delivery: refused, nothing queued.
    const again = await post(first)
    expect(again.status).toBe(401)
    expect((again.json as unknown as Problem).detail).toMatch(/already accepted at .* as dlv_/)
    await settledResult<StoredResult>('ghost', id)
    // Republished later with the same text: a new delivery, the same content.
    const republished = deliveryFrom('ghost', { id, now: Date.now() + 1000 })
    expect((await post(republished)).json.deliveries[0].duplicate).toBe(false)
    const result = await settledResult<StoredResult>('ghost', id)
    expect(result.history.map((entry) => entry.status)).toEqual(['unchanged', 'stored'])
    // An edit is a new result.
    const edited = deliveryFrom('ghost', {
      id,
      now: Date.now() + 2000,
      paragraphs: ['The transit authority and the drivers union agreed to meet again next week.'],
    })
    await post(edited)
    const after = await settledResult<StoredResult>('ghost', id)
    expect(after.history[0].status).toBe('stored')
    expect(after.contentHash).not.toBe(result.contentHash)
  })

  it('removes the stored result on unpublish and says so in the history', async () => {
    const id = '6750aa11bb22cc33dd44ee03'
    await post(deliveryFrom('ghost', { id }))
    expect((await settledResult<StoredResult>('ghost', id)).status).toBe('stored')
    await post(deliveryFrom('ghost', { id, event: 'post.unpublished', now: Date.now() + 1000 }))
    const result = await settledResult<StoredResult>('ghost', id)
    expect(result.status).toBe('deleted')
    expect(result.analysis).toBeNull()
    expect(result.history.map((entry) => entry.status)).toEqual(['deleted', 'stored'])
  })

  it('refuses an unknown source (404), a source with no secret and a bad signature (401)', async () => {
    const unknown = await send<Problem>('/v1/webhooks/joomla', { method: 'POST', body: '{}' })
    expect(unknown.status).toBe(404)
    expect(unknown.type).toContain('application/problem+json')
    const delivery = deliveryFrom('ghost')
    const forged = await post({
      ...delivery,
      headers: {
        ...delivery.headers,
        'x-ghost-signature': delivery.headers['x-ghost-signature'].replace(
          /[0-9a-f]{6},/,
          '000000,',
        ),
      },
    })
    expect(forged.status).toBe(401)
    expect((forged.json as unknown as Problem).detail).toMatch(/does not match/)
  })

  it('answers a draft save with 200 "ignored" and stores nothing', async () => {
    const reply = await post(deliveryFrom('strapi', { id: 'v5draft', event: 'draft-discard' }))
    expect(reply.status).toBe(200)
    expect(reply.json.status).toBe('ignored')
    expect((await send('/v1/results/strapi/v5draft')).status).toBe(404)
  })

  it('answers a malformed body with 400 problem+json after verifying it', async () => {
    const delivery = deliveryFrom('standard', { id: 'std-malformed' })
    const broken = { ...delivery, body: '{"type":' }
    const reply = await post({ ...broken, headers: { ...delivery.headers } })
    // The signature covers the original body, so a changed body is refused first.
    expect(reply.status).toBe(401)
  })

  it('pages through changes with a cursor', async () => {
    const seen = new Set<string>()
    let cursor = ''
    for (let page = 0; page < 50; page++) {
      const reply = await send<{
        items: { source: string; id: string }[]
        nextCursor: string
        hasMore: boolean
      }>(`/v1/results?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      expect(reply.status).toBe(200)
      for (const item of reply.json.items) {
        const key = `${item.source}/${item.id}`
        expect(seen.has(key)).toBe(false)
        seen.add(key)
      }
      cursor = reply.json.nextCursor
      if (!reply.json.hasMore) break
    }
    expect(seen.size).toBeGreaterThan(3)
    const bad = await send<Problem>('/v1/results?cursor=nonsense')
    expect(bad.status).toBe(422)
  })
})

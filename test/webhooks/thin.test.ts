/**
 * Thin payloads (Storyblok, Prismic, WooCommerce, Directus) are completed from the CMS API; a fake
 * CMS answers here by standing in for `fetch`. Only the configured CMS_URL_<S> hosts may be called.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { send, settledResult } from '../helpers/worker'
import { Webhook } from 'standardwebhooks'
import {
  ARTICLE,
  CALLBACK_SECRET,
  deliveryFrom,
  type Delivery,
  type TestSource,
} from '../helpers/signed-deliveries'

interface StoredResult {
  status: string
  title: string | null
  url: string | null
  analysis: { clean: { text: string } } | null
  history: { status: string; attempts: number; error: string | null; callback: string | null }[]
}

const requested: URL[] = []
/** Callbacks received by the newsroom's endpoint: headers and raw body. */
const callbacks: { headers: Record<string, string>; body: string }[] = []
const html = ARTICLE.paragraphs.map((p) => `<p>${p}</p>`).join('')
/** Ids the fake CMS says are gone (404), and ids that fail once (503) before answering. */
const gone = new Set<string>()
const flaky = new Set<string>()

function fakeCms(url: URL, headers: Headers): Response {
  const json = (value: unknown, status = 200) => Response.json(value, { status })
  const id = decodeURIComponent(url.pathname.split('/').pop() ?? '')
  const queried = /at\(document\.id,"([^"]+)"\)/.exec(url.searchParams.get('q') ?? '')?.[1] ?? id
  if (gone.has(queried))
    return url.hostname.startsWith('prismic') ? json({ results: [] }) : json({}, 404)
  if (flaky.has(queried)) {
    flaky.delete(queried)
    return json({ message: 'try later' }, 503)
  }
  switch (url.hostname) {
    case 'storyblok.cms.test':
      expect(url.searchParams.get('token')).toBe('token-storyblok')
      return json({
        story: {
          name: ARTICLE.title,
          published_at: '2026-11-30T08:00:00.000Z',
          lang: 'default',
          content: {
            component: 'article',
            title: ARTICLE.title,
            body: {
              type: 'doc',
              content: ARTICLE.paragraphs.map((text) => ({
                type: 'paragraph',
                content: [{ type: 'text', text }],
              })),
            },
          },
        },
      })
    case 'prismic.cms.test':
      expect(url.searchParams.get('ref')).toBe('ZtestRef0001')
      return json({
        results: [
          {
            id: queried,
            lang: 'en-gb',
            last_publication_date: '2026-11-30T08:00:00+0000',
            data: {
              title: [{ type: 'heading1', text: ARTICLE.title, spans: [] }],
              body: ARTICLE.paragraphs.map((text) => ({ type: 'paragraph', text, spans: [] })),
            },
          },
        ],
      })
    case 'woocommerce.cms.test':
      expect(headers.get('authorization')).toBe('Bearer token-woocommerce')
      return json({
        id: Number(id),
        status: 'publish',
        link: `https://news.example.test/?p=${id}`,
        title: { rendered: ARTICLE.title },
        content: { rendered: html },
        modified_gmt: '2026-11-30T08:00:00',
      })
    case 'directus.cms.test':
      expect(headers.get('authorization')).toBe('Bearer token-directus')
      return json({ data: { id, status: 'published', title: ARTICLE.title, content: html } })
  }
  return json({ error: 'unexpected host' }, 500)
}

beforeEach(() => {
  const realFetch = globalThis.fetch
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    if (url.hostname === 'hooks.newsroom.test') {
      callbacks.push({ headers: Object.fromEntries(request.headers), body: await request.text() })
      return new Response(null, { status: 204 })
    }
    if (!url.hostname.endsWith('.cms.test')) return realFetch(input, init)
    requested.push(url)
    return fakeCms(url, request.headers)
  })
})
afterEach(() => vi.restoreAllMocks())

const post = (delivery: Delivery) =>
  send<{ status: string }>(delivery.path, {
    method: 'POST',
    headers: delivery.headers,
    body: delivery.body,
  })

describe('thin payloads are completed from the CMS API', () => {
  const cases: [TestSource, string, number][] = [
    ['storyblok', '900101', 202],
    ['prismic', 'ZprismicTransit01', 200],
    ['woocommerce', '3201', 202],
    ['directus', '1c0ffee0-0000-4000-8000-000000000101', 202],
  ]
  for (const [source, id, status] of cases) {
    it(`${source}: fetched, analyzed and stored`, async () => {
      const reply = await post(deliveryFrom(source, { id }))
      expect(reply.status).toBe(status)
      const result = await settledResult<StoredResult>(source, id)
      expect(result.status).toBe('stored')
      expect(result.title).toBe(ARTICLE.title)
      expect(result.analysis?.clean.text).toContain('The union declined the invitation')
      expect(requested.some((url) => url.hostname === `${source}.cms.test`)).toBe(true)
    })
  }

  it('never fetches a URL taken from the payload', () => {
    // The Prismic payload names https://evil.example.test/api as its apiUrl.
    expect(requested.every((url) => url.hostname.endsWith('.cms.test'))).toBe(true)
  })

  it('retries when the CMS is briefly down', async () => {
    flaky.add('900102')
    await post(deliveryFrom('storyblok', { id: '900102' }))
    const result = await settledResult<StoredResult>('storyblok', '900102')
    expect(result.status).toBe('stored')
    expect(result.history[0].attempts).toBe(2)
  })

  it('removes the result of a document the CMS no longer has', async () => {
    await post(deliveryFrom('directus', { id: 'gone-0001' }))
    expect((await settledResult<StoredResult>('directus', 'gone-0001')).status).toBe('stored')
    gone.add('gone-0001')
    await post(deliveryFrom('directus', { id: 'gone-0001', now: Date.now() + 1 }))
    const result = await settledResult<StoredResult>('directus', 'gone-0001')
    expect(result.status).toBe('deleted')
  })

  it('posts each new Directus result to its callback URL, signed with Standard Webhooks', async () => {
    const id = '1c0ffee0-0000-4000-8000-000000000101'
    let callback: (typeof callbacks)[number] | undefined
    await vi.waitUntil(() => (callback = callbacks.find((c) => c.body.includes(id))), {
      timeout: 20_000,
      interval: 200,
    })
    if (!callback) throw new Error('no callback')
    const verified = new Webhook(CALLBACK_SECRET).verify(callback.body, callback.headers) as {
      type: string
      data: {
        source: string
        id: string
        status: string
        result: string
        analysis: { clean: { text: string } }
      }
    }
    expect(verified.type).toBe('result.stored')
    expect(verified.data).toMatchObject({ source: 'directus', id, status: 'stored' })
    expect(verified.data.result).toBe(`/v1/results/directus/${id}`)
    expect(verified.data.analysis.clean.text).toContain('The union declined the invitation')
    const stored = await settledResult<StoredResult>('directus', id)
    expect(stored.history[0]).toMatchObject({ callback: 'sent' })
  })

  it('answers the WooCommerce ping with 200', async () => {
    const reply = await send<{ ping: boolean }>('/v1/webhooks/woocommerce', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'webhook_id=31',
    })
    expect(reply.status).toBe(200)
    expect(reply.json.ping).toBe(true)
  })
})

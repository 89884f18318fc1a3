import { afterEach, describe, expect, it, vi } from 'vitest'
import { allowedOrigins, EgressRefusedError, guardedFetch } from '../../src/queue/egress'
import { articleRequest, fetchWith } from '../helpers/app'
import { postJson, send, type Problem } from '../helpers/worker'

afterEach(() => vi.restoreAllMocks())

describe('every response', () => {
  it('serves /openapi.json as JSON, the page and /docs as HTML, with the same headers', async () => {
    const document = await send<{ openapi: string }>('/openapi.json')
    expect(document.status).toBe(200)
    expect(document.json.openapi).toBe('3.1.0')
    for (const path of ['/', '/docs/']) {
      const reply = await fetchWith({}, path)
      expect(reply.status).toBe(200)
      expect(reply.headers.get('content-type')).toMatch(/text\/html/)
      expect(reply.headers.get('content-security-policy')).toContain("script-src 'self'")
      expect(reply.headers.get('x-request-id')).toBeTruthy()
      await reply.text()
    }
    expect((await send('/favicon-that-is-not-there.ico')).status).toBe(404)
  })

  it('405 with Allow for a wrong method on a route; 404 for no route', async () => {
    const wrong = await send('/v1/analyze')
    expect(wrong.status).toBe(405)
    expect(wrong.type).toMatch(/problem\+json/)
    const allow = await fetchWith({}, '/v1/analyze', { method: 'PUT' })
    expect(allow.status).toBe(405)
    expect(allow.headers.get('allow')).toBe('OPTIONS, POST')
    await allow.text()
    const health = await fetchWith({}, '/health', { method: 'POST' })
    expect(health.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    await health.text()
    expect((await send('/v1/nothing-here')).status).toBe(404)
  })

  it('carries X-Request-Id (the caller’s when well formed) and the secure headers, errors included', async () => {
    const mine = await fetchWith({}, '/v1/nothing', { headers: { 'x-request-id': 'desk-42_a=b' } })
    expect(mine.status).toBe(404)
    expect(mine.headers.get('x-request-id')).toBe('desk-42_a=b')
    const bad = await fetchWith({}, '/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'has spaces<script>' },
      body: '{',
    })
    expect(bad.status).toBe(400)
    const generated = bad.headers.get('x-request-id') ?? ''
    expect(generated).toMatch(/^[0-9a-f-]{36}$/)
    for (const reply of [mine, bad]) {
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff')
      expect(reply.headers.get('content-security-policy')).toContain("default-src 'self'")
      expect(reply.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      await reply.text()
    }
  })

  it('CORS: preflight from an allowed origin gets 204 and its headers; others get none', async () => {
    const preflight = (origin: string) =>
      fetchWith({ CORS_ORIGINS: 'https://cms.newsroom.example' }, '/v1/analyze', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      })
    const allowed = await preflight('https://cms.newsroom.example')
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://cms.newsroom.example')
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/Authorization/)
    const own = await preflight('https://copydesk.test')
    expect(own.headers.get('access-control-allow-origin')).toBe('https://copydesk.test')
    const other = await preflight('https://elsewhere.example')
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('logs one JSON line per request with no article text and no key', async () => {
    const lines: string[] = []
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)))
    const secretText = 'The harbour master invited the ferry crews to talks on Thursday.'
    const request = articleRequest('logged-key-1234', secretText)
    const reply = await fetchWith(
      { REQUEST_LOGS: 'on', API_KEYS: 'desk=logged-key-1234', ALLOW_NO_KEYS: 'false' },
      '/v1/stance?title=Secret%20headline',
      {
        ...request,
        headers: { ...request.headers, 'content-length': String(request.body.length) },
      },
    )
    expect(reply.status).toBe(200)
    await reply.text()
    const line = JSON.parse(lines.find((entry) => entry.includes('requestId')) ?? '{}')
    expect(line).toMatchObject({
      method: 'POST',
      path: '/v1/stance',
      route: '/v1/stance',
      status: 200,
      key: 'desk',
    })
    expect(typeof line.durationMs).toBe('number')
    expect(line.requestBytes).toBeGreaterThan(0)
    expect(line.responseBytes).toBeGreaterThan(0)
    const all = lines.join('\n')
    expect(all).not.toContain('harbour')
    expect(all).not.toContain('Secret')
    expect(all).not.toContain('logged-key-1234')
  })
})

describe('limits', () => {
  const limiter = (allowUpTo: number) => {
    const counts = new Map<string, number>()
    return {
      async limit({ key }: { key: string }) {
        counts.set(key, (counts.get(key) ?? 0) + 1)
        return { success: (counts.get(key) ?? 0) <= allowUpTo }
      },
      counts,
    }
  }

  it('429 with Retry-After once a key or an address is over its limit', async () => {
    const perKey = limiter(2)
    const perIp = limiter(100)
    const settings = {
      RATE_LIMITS: 'on',
      KEY_RATE_LIMIT: perKey,
      IP_RATE_LIMIT: perIp,
      API_KEYS: 'desk=limited-key-1',
      ALLOW_NO_KEYS: 'false',
    }
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) {
      const reply = await fetchWith(settings, '/v1/readability', articleRequest('limited-key-1'))
      statuses.push(reply.status)
      if (reply.status === 429) {
        expect(reply.headers.get('retry-after')).toBe('60')
        expect(reply.headers.get('content-type')).toMatch(/problem\+json/)
      }
      await reply.text()
    }
    expect(statuses).toEqual([200, 200, 429])
    expect([...perKey.counts.keys()]).toEqual(['key:desk'])
    // The address is charged before the key is checked, so guessing keys is limited too.
    const guesses = limiter(1)
    const first = await fetchWith({ ...settings, IP_RATE_LIMIT: guesses }, '/v1/clean', {
      ...articleRequest('guess-1'),
      headers: { ...articleRequest('guess-1').headers, 'cf-connecting-ip': '203.0.113.9' },
    })
    expect(first.status).toBe(401)
    const second = await fetchWith({ ...settings, IP_RATE_LIMIT: guesses }, '/v1/clean', {
      ...articleRequest('guess-2'),
      headers: { ...articleRequest('guess-2').headers, 'cf-connecting-ip': '203.0.113.9' },
    })
    expect(second.status).toBe(429)
    expect([...guesses.counts.keys()]).toEqual(['ip:203.0.113.9'])
  })

  it('413 for an article over MAX_ARTICLE_CHARS; 422 for HTML with no text', async () => {
    const long = await fetchWith(
      { MAX_ARTICLE_CHARS: '1000' },
      '/v1/analyze',
      articleRequest(undefined, 'Word and word. '.repeat(100)),
    )
    expect(long.status).toBe(413)
    expect(((await long.json()) as { limit: number }).limit).toBe(1000)
    for (const html of [
      '<html><head><title>x</title></head><body><script>var a=1</script></body></html>',
      '<div><span></span><br></div>',
    ]) {
      for (const route of ['/v1/analyze', '/v1/clean']) {
        const reply = await postJson<Problem>(route, { html })
        expect(reply.status).toBe(422)
        expect(reply.json.detail).toMatch(/No article text/)
      }
    }
  })

  it('422 for options out of range or not whole', async () => {
    for (const options of [
      { wordsPerMinute: 5e-324 },
      { wordsPerMinute: 10_000 },
      { maxKeywords: 0.5 },
      { maxKeywords: 0 },
      { maxTopics: 101 },
      { hardestSentences: 2.5 },
      { maxKeywords: '5' },
    ]) {
      const reply = await postJson<Problem>('/v1/analyze', { text: 'A short text.', options })
      expect(reply.status, JSON.stringify(options)).toBe(422)
      expect(reply.json.detail).toMatch(/^options\./)
    }
    expect(
      (
        await postJson('/v1/analyze', {
          text: 'A short text.',
          options: { wordsPerMinute: 180, maxKeywords: 3 },
        })
      ).status,
    ).toBe(200)
  })
})

describe('inputs that were slow or crashed (each a kind, fixed at its root)', () => {
  it('a JSON-LD array of 300,000 elements', async () => {
    const html = `<script type="application/ld+json">[${'1,'.repeat(300_000)}{}]</script><p>The council met on Monday to agree the budget.</p>`
    expect((await postJson('/v1/analyze', { html })).status).toBe(200)
  })

  it('a run of 200,000 full stops that ends in a letter (found by the long fuzz run)', async () => {
    const started = Date.now()
    expect((await postJson('/v1/analyze', { text: `${'.'.repeat(200_000)}x` })).status).toBe(200)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('40,000 line breaks, 100,000 nested elements and a 64 KB token in the headline', async () => {
    for (const html of [
      `<p>${'word<br>'.repeat(40_000)}</p>`,
      `${'<div>'.repeat(100_000)}The council met on Monday.`,
      `<script type="application/ld+json">{"headline":"${'x'.repeat(65_536)}"}</script><p>The council met.</p>`,
    ]) {
      const started = Date.now()
      const reply = await postJson('/v1/analyze', { html })
      expect(reply.status).toBe(200)
      // Generous: a regression to quadratic time takes tens of seconds.
      expect(Date.now() - started).toBeLessThan(5_000)
    }
  })
})

describe('egress', () => {
  it('fetches only the origins of CMS_URL_* and CALLBACK_URL_*', async () => {
    const origins = allowedOrigins({
      CMS_URL_STORYBLOK: 'https://api.storyblok.com/v2/',
      CALLBACK_URL_GHOST: 'https://newsroom.example/hooks',
      WEBHOOK_SECRET_GHOST: 'https://not-a-destination.example',
      CMS_URL_BROKEN: 'not a url',
    })
    expect([...origins].sort()).toEqual(['https://api.storyblok.com', 'https://newsroom.example'])
    const calls: string[] = []
    const fetchOut = guardedFetch(origins, async (input) => {
      calls.push(String(input))
      return new Response('ok')
    })
    await fetchOut('https://api.storyblok.com/v2/cdn/stories/1')
    await expect(fetchOut('https://evil.example/x')).rejects.toBeInstanceOf(EgressRefusedError)
    await expect(fetchOut('https://api.storyblok.com.evil.example/')).rejects.toBeInstanceOf(
      EgressRefusedError,
    )
    await expect(fetchOut('not a url')).rejects.toBeInstanceOf(EgressRefusedError)
    expect(calls).toEqual(['https://api.storyblok.com/v2/cdn/stories/1'])
  })
})

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Miniflare } from 'miniflare'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_WORKER_GZIP_BYTES, measureWorkerBundle } from '../scripts/worker-bundle'

// The worker must stay small: importing `natural` whole, or shipping a research corpus by
// mistake, would blow past the ceiling at once.

describe('the worker bundle', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'copydesk-bundle-'))
  afterAll(() => rmSync(outdir, { recursive: true, force: true }))

  it(`builds with wrangler and stays under ${MAX_WORKER_GZIP_BYTES / 1024} KB gzipped`, async () => {
    const size = await measureWorkerBundle(outdir)
    console.log(
      `worker bundle: ${(size.gzipBytes / 1024).toFixed(1)} KB gzipped, ${(size.rawBytes / 1024).toFixed(1)} KB raw; ` +
        `analysis core ${(size.coreGzipBytes / 1024).toFixed(1)} KB gzipped`,
    )
    expect(size.gzipBytes).toBeGreaterThan(10 * 1024)
    expect(size.gzipBytes).toBeLessThan(MAX_WORKER_GZIP_BYTES)
  })

  it('does not contain natural modules beyond the ones we import', () => {
    const code = readdirSync(outdir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(outdir, f), 'utf8'))
      .join('\n')
    expect(code).not.toMatch(/mongoose|node_modules\/pg\/|redis-parser/)
  })

  it('runs as built in Miniflare: refuses /v1 with no keys, honours a key and a body limit', async () => {
    const mf = new Miniflare({
      modules: true,
      scriptPath: join(outdir, 'index.js'),
      modulesRoot: outdir,
      compatibilityDate: '2026-04-20',
      compatibilityFlags: ['nodejs_compat'],
      bindings: { MAX_BODY_BYTES: '2000', API_KEYS: 'bundle-test=k3y-for-the-bundle' },
    })
    const bare = new Miniflare({
      modules: true,
      scriptPath: join(outdir, 'index.js'),
      modulesRoot: outdir,
      compatibilityDate: '2026-04-20',
      compatibilityFlags: ['nodejs_compat'],
    })
    try {
      const request = (body: string, key = 'k3y-for-the-bundle') => ({
        method: 'POST',
        headers: { 'content-type': 'text/plain', authorization: `Bearer ${key}` },
        body,
      })
      const post = (body: string) => mf.dispatchFetch('http://localhost/v1/clean', request(body))
      // Deployed with no keys, the API refuses: it fails closed.
      const refused = await bare.dispatchFetch('http://localhost/v1/clean', request('Some text.'))
      expect(refused.status).toBe(401)
      expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/)
      await refused.text()
      const small = await post('The harbour reopened on Monday after the storm passed.')
      expect(small.status).toBe(200)
      expect(((await small.json()) as { clean: { text: string } }).clean.text).toContain(
        'harbour reopened',
      )
      const large = await post('word '.repeat(1000))
      expect(large.status).toBe(413)
      expect(large.headers.get('content-type')).toMatch(/problem\+json/)
      await large.text()
    } finally {
      await mf.dispose()
      await bare.dispose()
    }
  })
})

import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { Miniflare } from 'miniflare'
import { afterAll, describe, expect, it } from 'vitest'

// The worker must stay small: importing `natural` whole, or shipping a research corpus by
// mistake, would blow past this at once.
const MAX_GZIP_BYTES = 600 * 1024

describe('the worker bundle', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'copydesk-bundle-'))
  afterAll(() => rmSync(outdir, { recursive: true, force: true }))

  it(`builds with wrangler and stays under ${MAX_GZIP_BYTES / 1024} KB gzipped`, () => {
    execFileSync(join('node_modules', '.bin', 'wrangler'), ['deploy', '--dry-run', '--outdir', outdir], {
      stdio: 'pipe',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
    })
    const scripts = readdirSync(outdir).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'))
    expect(scripts.length).toBeGreaterThan(0)
    const bytes = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(join(outdir, f)), { level: 9 }).length, 0)
    console.log(`worker bundle: ${(bytes / 1024).toFixed(1)} KB gzipped`)
    expect(bytes).toBeLessThan(MAX_GZIP_BYTES)
  })

  it('does not contain natural modules beyond the ones we import', () => {
    const code = readdirSync(outdir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(outdir, f), 'utf8'))
      .join('\n')
    expect(code).not.toMatch(/mongoose|node_modules\/pg\/|redis-parser/)
  })

  it('runs as built in Miniflare, honouring a configured body limit', async () => {
    const mf = new Miniflare({
      modules: true,
      scriptPath: join(outdir, 'index.js'),
      modulesRoot: outdir,
      compatibilityDate: '2026-04-20',
      compatibilityFlags: ['nodejs_compat'],
      bindings: { MAX_BODY_BYTES: '2000' },
    })
    try {
      const post = (body: string) =>
        mf.dispatchFetch('http://localhost/v1/clean', { method: 'POST', headers: { 'content-type': 'text/plain' }, body })
      const small = await post('The harbour reopened on Monday after the storm passed.')
      expect(small.status).toBe(200)
      expect(((await small.json()) as { clean: { text: string } }).clean.text).toContain('harbour reopened')
      const large = await post('word '.repeat(1000))
      expect(large.status).toBe(413)
      expect(large.headers.get('content-type')).toMatch(/problem\+json/)
      await large.text()
    } finally {
      await mf.dispose()
    }
  })
})

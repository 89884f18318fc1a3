/**
 * @module
 * The worker bundle as wrangler builds it (`wrangler deploy --dry-run --outdir`), its gzip size,
 * and the analysis core's share of it. Used by the bundle test (which CI runs), by the bench
 * summary, and on its own: `npx tsx scripts/worker-bundle.ts` prints a JSON line and exits 1
 * above {@link MAX_WORKER_GZIP_BYTES}.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

/** Ceiling for the whole worker, gzipped. Cloudflare's free plan allows 3 MB; 1 MB keeps start-up short. */
export const MAX_WORKER_GZIP_BYTES = 1024 * 1024

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const gzipBytes = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length

/** Runs `wrangler deploy --dry-run` into `outdir` (a child that exits by itself) and returns the script files. */
export function buildWorker(outdir: string): string[] {
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'wrangler'),
    ['deploy', '--dry-run', '--outdir', outdir],
    {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
    },
  )
  return readdirSync(outdir).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'))
}

/** Sizes in bytes: the worker raw and gzipped, and `src/analysis` bundled alone the same way. */
export interface WorkerBundleSize {
  rawBytes: number
  gzipBytes: number
  coreGzipBytes: number
  /** coreGzipBytes / gzipBytes */
  coreShare: number
}

/** Builds the worker into `outdir` and the core beside it, and measures both. */
export async function measureWorkerBundle(outdir: string): Promise<WorkerBundleSize> {
  const scripts = buildWorker(outdir)
  let rawBytes = 0
  let gzipped = 0
  for (const file of scripts) {
    const bytes = readFileSync(join(outdir, file))
    rawBytes += bytes.length
    gzipped += gzipBytes(bytes)
  }
  // Wrangler bundles with esbuild, unminified, for ES2024; the core alone is built the same way.
  const core = await build({
    entryPoints: [join(ROOT, 'src', 'analysis', 'index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2024',
    write: false,
    logLevel: 'warning',
  })
  const coreGzipBytes = gzipBytes(core.outputFiles[0].contents)
  return { rawBytes, gzipBytes: gzipped, coreGzipBytes, coreShare: coreGzipBytes / gzipped }
}

/** {@link measureWorkerBundle} in a temporary folder that is removed afterwards. */
export async function measureWorkerBundleOnce(): Promise<WorkerBundleSize> {
  const outdir = mkdtempSync(join(tmpdir(), 'copydesk-bundle-'))
  try {
    return await measureWorkerBundle(outdir)
  } finally {
    rmSync(outdir, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const size = await measureWorkerBundleOnce()
  console.log(JSON.stringify({ ...size, maxGzipBytes: MAX_WORKER_GZIP_BYTES }))
  if (size.gzipBytes > MAX_WORKER_GZIP_BYTES) {
    console.error(
      `worker bundle ${(size.gzipBytes / 1024).toFixed(1)} KB gzip is over ${MAX_WORKER_GZIP_BYTES / 1024} KB`,
    )
    process.exit(1)
  }
}

/**
 * @module
 * The analysis core as the Worker ships it. tsx compiles for the running Node version, and
 * esbuild then rewrites every regular expression literal with `\p{…}` into `new RegExp(…)`,
 * built again at each call; wrangler bundles for ES2024 and keeps the literals. So the bench
 * bundles `src/analysis` the way wrangler does and times that, not tsx's variant.
 */
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import type * as CoreModule from './core-entry'

type Core = typeof CoreModule

/** Same syntax target as wrangler 4's bundler. */
const WORKER_TARGET = 'es2024'
const ENTRY = new URL('./core-entry.ts', import.meta.url)
const OUTFILE = new URL('../node_modules/.cache/copydesk-bench/core.mjs', import.meta.url)

/** Bundles the core and the warm-up (`bench/core-entry.ts`) for {@link WORKER_TARGET} and imports it. */
export async function loadShippedCore(): Promise<Core> {
  await build({
    entryPoints: [fileURLToPath(ENTRY)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: WORKER_TARGET,
    outfile: fileURLToPath(OUTFILE),
    logLevel: 'warning',
  })
  return (await import(OUTFILE.href)) as Core
}

/**
 * Runs `cleanArticle` over an extraction split and writes `OUT_DIR/<id>.txt` for the scorer.
 *
 * Modes: `html` feeds `<id>.html`, `page` feeds `<id>.page.txt`, `gt` feeds the ground truth
 * `<id>.txt` back as text (it should come out nearly untouched). With `URL` set, each input is
 * POSTed to `URL/v1/clean` instead of calling the core, to confirm figures through the service.
 *
 * @example
 * npx tsx scripts/eval-extraction.ts --split ../shared/data/extraction/dev --mode html --out /tmp/x-html
 * npx tsx scripts/eval-extraction.ts --mode html --reps 3 --baseline   # also times Readability+linkedom
 * node ../shared/eval/extraction-score.mjs --expected ../shared/data/extraction/dev --got /tmp/x-html | tail -1
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanArticle } from '../src/analysis/clean/index'

const args = process.argv.slice(2)
const flag = (name: string, fallback?: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const split = flag('split', '../shared/data/extraction/dev')!
const mode = flag('mode', 'html') as 'html' | 'page' | 'gt'
const out = flag('out', `/tmp/clean-${mode}`)!
const only = flag('only')
const reps = Number(flag('reps', '1'))
const url = flag('url') ?? process.env.URL
// Time @mozilla/readability on linkedom over the same pages, same process, same reps.
const baseline = args.includes('--baseline') && mode === 'html'
const { Readability } = baseline ? await import('@mozilla/readability') : { Readability: null }
const { parseHTML } = baseline ? await import('linkedom') : { parseHTML: null }
const baseTimes: number[] = []

const ids = readdirSync(split)
  .filter((f) => f.endsWith('.txt') && !f.endsWith('.page.txt'))
  .map((f) => f.slice(0, -4))
  .filter((id) => !only || id.startsWith(only))
  .sort()
mkdirSync(out, { recursive: true })

const times: number[] = []
for (const id of ids) {
  const file = mode === 'html' ? `${id}.html` : mode === 'page' ? `${id}.page.txt` : `${id}.txt`
  const body = readFileSync(join(split, file), 'utf8')
  const input = mode === 'html' ? { html: body } : { text: body }
  let text = ''
  if (url) {
    const response = await fetch(`${url}/v1/clean`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    })
    const json = (await response.json()) as { clean?: { text: string }; text?: string }
    text = json.clean?.text ?? json.text ?? ''
  } else {
    // Best of `reps` runs, so a busy shared machine inflates the figure less.
    let best = Infinity
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now()
      text = cleanArticle(input).text
      best = Math.min(best, performance.now() - t0)
    }
    times.push(best)
    if (Readability && parseHTML) {
      let bestBase = Infinity
      for (let r = 0; r < reps; r++) {
        const t0 = performance.now()
        const { document } = parseHTML(body)
        void new Readability(document as never).parse()?.textContent
        bestBase = Math.min(bestBase, performance.now() - t0)
      }
      baseTimes.push(bestBase)
    }
  }
  writeFileSync(join(out, `${id}.txt`), text)
}
const quantile = (list: number[], q: number) => {
  const sorted = [...list].sort((a, b) => a - b)
  return Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(2))
}
if (times.length) {
  const summary: Record<string, unknown> = {
    mode,
    docs: ids.length,
    median_ms: quantile(times, 0.5),
    p95_ms: quantile(times, 0.95),
    max_ms: quantile(times, 1),
  }
  if (baseTimes.length) {
    summary.readability_linkedom_median_ms = quantile(baseTimes, 0.5)
    summary.speedup_median = Number((quantile(baseTimes, 0.5) / quantile(times, 0.5)).toFixed(1))
  }
  console.log(JSON.stringify(summary))
}

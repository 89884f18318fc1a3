/**
 * The long fuzz run: random hostile requests (test/fuzz/requests.ts) at every route of a running
 * server, then every shape it draws from at the largest size under the body limit. Prints what
 * broke and, as its last line, a JSON summary.
 *
 *   npm start   # in another terminal
 *   npx tsx scripts/fuzz.ts --url http://127.0.0.1:8787 --runs 10000 [--max-size 1900000]
 *     [--max-article-chars 500000] [--key K]
 */
import fc from 'fast-check'
import {
  bodyBytes,
  fuzzRequest,
  HTML_SHAPES,
  htmlShape,
  TEXT_UNITS,
  violations,
  type FuzzRequest,
} from '../test/fuzz/requests'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback
}
const base = option('url', 'http://127.0.0.1:8787').replace(/\/$/, '')
const runs = Number(option('runs', '10000'))
const maxSize = Number(option('max-size', '1900000'))
// The server's MAX_ARTICLE_CHARS (500,000 by default).
const maxArticleChars = Number(option('max-article-chars', '500000'))
const key = option('key', '')
const seed = Number(option('seed', String(Date.now() % 2 ** 31)))
// Over HTTP the fixed cost of a request (connection, logging, wrangler's proxy) is a few ms;
// the budget is 1 s per MB above this floor.
const FLOOR_MS = 250
const TIMEOUT_MS = 30_000

/** What is kept of a request once sent (its body would not fit 10,000 times in memory). */
interface Sent {
  kind: string
  method: string
  path: string
  bytes: number
}

interface Outcome {
  request: Sent
  status: number
  elapsedMs: number
  problems: string[]
}

async function send(request: FuzzRequest): Promise<Outcome> {
  const sent: Sent = {
    kind: request.kind,
    method: request.method,
    path: request.path,
    bytes: bodyBytes(request.body),
  }
  const started = performance.now()
  try {
    const response = await fetch(base + request.path, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    const text = await response.text()
    const elapsedMs = performance.now() - started
    const reply = {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      text,
      elapsedMs,
    }
    const problems = violations(request, reply, FLOOR_MS)
    if (!response.headers.get('x-request-id')) problems.push('no X-Request-Id')
    return { request: sent, status: response.status, elapsedMs, problems }
  } catch (error) {
    return {
      request: sent,
      status: 0,
      elapsedMs: performance.now() - started,
      problems: [`no answer: ${String(error)}`],
    }
  }
}

/**
 * Every shape the fuzzer draws from (the text units repeated, the HTML shapes, and JSON nested
 * all the way), each as large as fits under `size` bytes.
 */
function largest(size: number): FuzzRequest[] {
  const fit = (make: (length: number) => string) => {
    const first = make(size)
    const bytes = bodyBytes(first)
    return bytes <= size ? first : make(Math.floor((size * size) / bytes) - 64)
  }
  const bodies: [string, string, string][] = [
    // Text as long as the article limit allows (past it the answer is a quick 413).
    ...TEXT_UNITS.map((unit, index): [string, string, string] => [
      `text${index}`,
      'application/json',
      fit((length) =>
        JSON.stringify({
          text: unit.repeat(
            Math.max(1, Math.floor(Math.min(length, maxArticleChars) / unit.length) - 16),
          ),
        }),
      ),
    ]),
    ...HTML_SHAPES.map((shape): [string, string, string] => [
      shape,
      'text/html',
      fit((length) => htmlShape(shape, length - 64, 'The council met on Monday.')),
    ]),
    ['deepJson', 'application/json', '['.repeat(size - 1) + ']'],
  ]
  return bodies.map(([kind, type, body]) => ({
    kind: `largest:${kind}`,
    method: 'POST',
    path: '/v1/analyze',
    headers: { 'content-type': type, ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body,
  }))
}

const outcomes: Outcome[] = []
const started = Date.now()
const requests = fuzzRequest({ maxSize, authorization: key ? `Bearer ${key}` : undefined })
// A hundred at a time, each hundred from its own seed, so memory holds one batch of bodies.
const BATCH = 100
for (let done = 0; done < runs; done += BATCH) {
  const batch = fc.sample(requests, { numRuns: Math.min(BATCH, runs - done), seed: seed + done })
  for (const request of batch) outcomes.push(await send(request))
  if ((done + BATCH) % 1000 === 0)
    console.error(`${done + BATCH}/${runs} (${Math.round((Date.now() - started) / 1000)} s)`)
}
for (const request of largest(maxSize)) outcomes.push(await send(request))

const failed = outcomes.filter((outcome) => outcome.problems.length)
for (const outcome of failed.slice(0, 30))
  console.log(
    'FAIL',
    outcome.request.kind,
    outcome.request.method,
    outcome.request.path,
    `${outcome.request.bytes} B`,
    outcome.problems.join('; '),
  )
const byStatus: Record<string, number> = {}
for (const outcome of outcomes) byStatus[outcome.status] = (byStatus[outcome.status] ?? 0) + 1
const perMb = outcomes
  .filter((outcome) => outcome.request.bytes >= 100_000)
  .map((outcome) => ({
    kind: outcome.request.kind,
    bytes: outcome.request.bytes,
    msPerMb: outcome.elapsedMs / (outcome.request.bytes / 1_048_576),
  }))
  .sort((a, b) => b.msPerMb - a.msPerMb)
const times = outcomes.map((outcome) => outcome.elapsedMs).sort((a, b) => a - b)
console.log(
  JSON.stringify({
    url: base,
    seed,
    requests: outcomes.length,
    failed: failed.length,
    fiveHundreds: outcomes.filter((outcome) => outcome.status >= 500).length,
    unanswered: outcomes.filter((outcome) => outcome.status === 0).length,
    byStatus,
    p50Ms: Math.round(times[Math.floor(times.length / 2)]),
    p99Ms: Math.round(times[Math.floor(times.length * 0.99)]),
    maxMs: Math.round(times[times.length - 1]),
    largeInputs: perMb.length,
    worstMsPerMb: perMb
      .slice(0, 5)
      .map((entry) => ({ ...entry, msPerMb: Math.round(entry.msPerMb) })),
    seconds: Math.round((Date.now() - started) / 1000),
  }),
)
process.exit(failed.length ? 1 : 0)

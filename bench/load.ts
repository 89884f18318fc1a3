/**
 * Load test: starts `npm start` on its own port (its own process group, ended by id), then runs
 * autocannon for 30 s per scenario: `GET /health`, `POST /v1/analyze` with a 1,000-word article
 * (fixtures/articles/vaccine-trial.txt, 998 words) and signed webhook deliveries (Standard
 * Webhooks, a new delivery id each). Reports requests/s, p50 and p99 per scenario, the ratio of
 * each to /health, errors, and the server's memory before and after each scenario: the RSS of
 * the workerd running copydesk, and apart from it that of wrangler dev's proxy.
 * `--no-logs` runs without the per-request log lines.
 *
 *   npx tsx bench/load.ts [--seconds 30] [--connections 10] [--port 8795]
 *
 * The server runs with RATE_LIMITS=off: this measures what the machine can serve, not the
 * configured per-key and per-IP limits (which would answer 429 long before).
 */
import autocannon from 'autocannon'
import { execFileSync } from 'node:child_process'
import { createHmac, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { startLocalServer } from '../scripts/local-server'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback
}
const seconds = Number(option('seconds', '30'))
const connections = Number(option('connections', '10'))
const port = Number(option('port', '8795'))
const base = `http://127.0.0.1:${port}`
const KEY = 'load-test-key-0001'
// A test secret of this script's own, in the Standard Webhooks form (whsec_ + base64).
const SECRET = `whsec_${Buffer.from('copydesk-load-test-secret-000001').toString('base64')}`

const article = readFileSync(
  new URL('../fixtures/articles/vaccine-trial.txt', import.meta.url),
  'utf8',
)

const server = await startLocalServer(
  'npm',
  [
    'start',
    '--',
    '--port',
    String(port),
    '--var',
    `API_KEYS:load=${KEY}`,
    '--var',
    `WEBHOOK_SECRET_STANDARD:${SECRET}`,
    '--var',
    'RATE_LIMITS:off',
    ...(args.includes('--no-logs') ? ['--var', 'REQUEST_LOGS:off'] : []),
  ],
  port,
  { showErrors: true },
)
const stopServer = server.stop

/**
 * Resident memory (MB) of the server's two workerd processes, found in its process group: the
 * one running copydesk, and wrangler dev's proxy in front of it (the one on the public port).
 */
function serverMemoryMb(): { workerMb: number; devProxyMb: number } {
  const table = execFileSync('ps', ['-o', 'rss=,args=', '-g', String(server.pid)], {
    encoding: 'utf8',
  })
  const memory = { workerMb: 0, devProxyMb: 0 }
  for (const line of table.trim().split('\n')) {
    const [rss, ...command] = line.trim().split(/\s+/)
    const args = command.join(' ')
    if (!args.includes('workerd serve')) continue
    const megabytes = Math.round(Number(rss) / 1024)
    if (args.includes(`127.0.0.1:${port}`)) memory.devProxyMb += megabytes
    else memory.workerMb += megabytes
  }
  return memory
}

function signedDelivery() {
  const id = `msg_${randomUUID()}`
  const docId = `load-${randomUUID()}`
  const body = JSON.stringify({
    type: 'article.published',
    data: { id: docId, title: 'Vaccine trial', text: article },
  })
  const timestamp = String(Math.floor(Date.now() / 1000))
  const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64')
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': timestamp,
      'webhook-signature': `v1,${signature}`,
    },
  }
}

interface Scenario {
  name: string
  options: autocannon.Options
}

const scenarios: Scenario[] = [
  { name: 'health', options: { url: `${base}/health` } },
  {
    name: 'analyze 1,000 words',
    options: {
      url: `${base}/v1/analyze`,
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${KEY}` },
      body: article,
    },
  },
  {
    name: 'webhook deliveries',
    options: {
      url: `${base}/v1/webhooks/standard`,
      method: 'POST',
      requests: [
        { setupRequest: (request) => ({ ...request, method: 'POST', ...signedDelivery() }) },
      ],
    },
  },
]

// Warm the isolate so the first scenario does not pay for compilation.
for (let i = 0; i < 20; i++)
  await fetch(`${base}/v1/analyze`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', authorization: `Bearer ${KEY}` },
    body: article,
  }).then((response) => response.text())
const memoryBeforeMb = serverMemoryMb()
const results: Record<string, unknown>[] = []
for (const scenario of scenarios) {
  const result = await autocannon({ ...scenario.options, connections, duration: seconds })
  const statuses = result.statusCodeStats as unknown as Record<string, { count: number }>
  results.push({
    scenario: scenario.name,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    memoryAfter: serverMemoryMb(),
    statuses: Object.fromEntries(
      Object.entries(statuses).map(([code, stat]) => [code, stat.count]),
    ),
  })
  console.error(
    `${scenario.name}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms`,
  )
}
const memoryAfterMb = serverMemoryMb()
const health = results[0].requestsPerSecond as number
for (const result of results)
  result.ratioToHealth = Math.round(((result.requestsPerSecond as number) / health) * 1000) / 1000
stopServer()
console.log(
  JSON.stringify({
    seconds,
    connections,
    cores: 2,
    memoryBeforeMb,
    memoryAfterMb,
    scenarios: results,
  }),
)
process.exit(0)

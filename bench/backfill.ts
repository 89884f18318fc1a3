/**
 * @module
 * The backfill benchmark (not a test): N articles (default 10,000, made from the repo's own
 * fixtures, each with a distinct closing paragraph so every one is a new result) sent through
 * `copydesk backfill` to a fresh `wrangler dev` with its own D1 and queue. Reports articles per
 * second, queue-to-stored latency (p50, p95, from each delivery's received and finished times)
 * and the D1 rows and bytes per article. The server runs in its own process group and is ended
 * by that group's id.
 *
 *   npx tsx bench/backfill.ts [--articles 10000] [--port 8797]
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { backfill } from '../src/cli/remote'
import { startLocalServer } from '../scripts/local-server'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    port: { type: 'string', default: '8797' },
  },
})
const count = Number(values.articles)
const port = Number(values.port)
const root = new URL('..', import.meta.url).pathname
const wrangler = join(root, 'node_modules', '.bin', 'wrangler')
const work = mkdtempSync(join(tmpdir(), 'copydesk-backfill-'))
const state = join(work, 'state')

// Articles: the fixtures' HTML and text, cycled, each made distinct by a closing paragraph.
const folder = join(root, 'fixtures', 'articles')
const sources = readdirSync(folder)
  .filter((name) => /\.(html|txt)$/.test(name))
  .map((name) => ({
    name,
    body: readFileSync(join(folder, name), 'utf8'),
    html: name.endsWith('.html'),
  }))
const file = join(work, 'archive.ndjson')
const lines: string[] = []
for (let n = 0; n < count; n++) {
  const source = sources[n % sources.length]
  const closing = `The archive lists this report as number ${n} of the series, filed by the night desk.`
  lines.push(
    JSON.stringify({
      id: `bench-${n}`,
      title: `${source.name} ${n}`,
      ...(source.html
        ? { html: `${source.body}<p>${closing}</p>` }
        : { text: `${source.body}\n\n${closing}` }),
    }),
  )
}
writeFileSync(file, lines.join('\n') + '\n')
const archiveBytes = statSync(file).size

execFileSync(wrangler, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state], {
  cwd: root,
  stdio: 'ignore',
})
// Its own process group, ended by the group id; with an API key, as a deployment has.
const key = `backfill-${randomBytes(12).toString('hex')}`
const server = await startLocalServer(
  wrangler,
  ['dev', '--port', String(port), '--persist-to', state, '--var', `API_KEYS:backfill=${key}`],
  port,
  { cwd: root },
)
const stop = server.stop
const url = server.url

let summary = ''
const started = performance.now()
const code = await backfill({
  url,
  key,
  file,
  batch: 500,
  wait: true,
  progress: Boolean(process.stderr.isTTY),
  err: process.stderr,
  out: { write: (chunk: string) => ((summary += chunk), true) } as NodeJS.WritableStream,
  pollMs: 500,
})
const seconds = (performance.now() - started) / 1000
const result = JSON.parse(summary.trim().split('\n').pop() ?? '{}')

const query = (sql: string) =>
  JSON.parse(
    execFileSync(
      wrangler,
      ['d1', 'execute', 'DB', '--local', '--persist-to', state, '--json', '--command', sql],
      {
        cwd: root,
        encoding: 'utf8',
      },
    ),
  )[0].results as Record<string, number>[]
const latencies = query(
  'SELECT (julianday(finished_at) - julianday(received_at)) * 86400000 AS ms FROM deliveries WHERE finished_at IS NOT NULL ORDER BY ms',
).map((row) => row.ms)
const at = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN
const [rows] = query(
  `SELECT (SELECT COUNT(*) FROM deliveries) AS deliveries, (SELECT COUNT(*) FROM results) AS results,
     (SELECT COUNT(*) FROM documents) AS documents,
     (SELECT SUM(LENGTH(analysis)) FROM results) AS analysisBytes`,
)
stop()
await new Promise((resolve) => setTimeout(resolve, 1000))
const sqliteFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sqliteFiles(join(dir, entry.name))
      : /\.sqlite(-wal)?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  )
const databaseBytes = sqliteFiles(join(state, 'v3', 'd1')).reduce(
  (sum, path) => sum + statSync(path).size,
  0,
)

console.log(
  JSON.stringify({
    articles: count,
    archiveMb: Math.round(archiveBytes / 1e4) / 100,
    exitCode: code,
    done: result.done,
    failed: result.failed,
    seconds: Math.round(seconds * 10) / 10,
    articlesPerSecond: Math.round((count / seconds) * 10) / 10,
    queueToStoredMs: {
      p50: Math.round(at(0.5)),
      p95: Math.round(at(0.95)),
      max: Math.round(at(1)),
    },
    d1: {
      rowsPerArticle:
        Math.round(((rows.deliveries + rows.results + rows.documents) / count) * 100) / 100,
      analysisBytesPerArticle: Math.round(rows.analysisBytes / count),
      databaseBytesPerArticle: Math.round(databaseBytes / count),
    },
  }),
)
process.exit(code)

/**
 * Checks every webhook fixture of a folder (default ../shared/data/webhooks, not committed)
 * against our schemes and adapters: each verifies at its `verifyAt`; one byte of body changed, the
 * timestamp moved or the secret changed is refused; a replay an hour later is refused where the
 * scheme has a timestamp; and the payload reads into document changes whose article analyzes.
 *
 *   npx tsx scripts/verify-webhook-fixtures.ts [folder]      # exits 1 when a check fails
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyze } from '../src/analysis/index'
import { adapterFor } from '../src/webhooks/registry'
import type { ReceivedRequest } from '../src/webhooks/scheme'
import { fixtureSource } from './webhook-fixtures'

const TOKEN_ONLY = new Set(['wpcom', 'strapi', 'directus', 'prismic'])
const TIMESTAMP_HEADERS = [
  'x-ghost-signature',
  'x-contentful-timestamp',
  'sanity-webhook-signature',
  'webhook-timestamp',
]

interface Fixture {
  path: string
  headers: Record<string, string>
  body: string
  secret: string | null
  verifyAt: string
}

/** The secret with one character in its middle changed (an appended one may decode to the same key). */
const changeOneCharacter = (secret: string) => {
  const at = Math.floor(secret.length / 2)
  return secret.slice(0, at) + (secret[at] === 'A' ? 'B' : 'A') + secret.slice(at + 1)
}

const folder = process.argv[2] ?? '../shared/data/webhooks'
const failures: string[] = []
const rows: Record<string, unknown>[] = []
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what)
  return ok
}

for (const file of readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const source = fixtureSource(file)
  if (!source) {
    rows.push({ file, skipped: 'no copydesk source for this scheme' })
    continue
  }
  const adapter = adapterFor(source)
  if (!adapter) throw new Error(`no adapter for ${source}`)
  const fixture = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Fixture
  const url = new URL(`https://copydesk.test${fixture.path}`)
  const secret = fixture.secret ?? url.searchParams.get('token') ?? ''
  const now = Date.parse(fixture.verifyAt)
  const request = (changes: Partial<ReceivedRequest> = {}): ReceivedRequest => ({
    method: 'POST',
    url,
    headers: new Headers(fixture.headers),
    body: fixture.body,
    ...changes,
  })
  const verify = async (r: ReceivedRequest, secrets = [secret], at = now) =>
    (await adapter.scheme.verify(r, secrets, at)).ok

  const row: Record<string, unknown> = { file, source, scheme: adapter.scheme.name }
  row.verifies = check(await verify(request()), `${file}: does not verify`)
  row.wrongSecretRefused = check(
    !(await verify(request(), [changeOneCharacter(secret)])),
    `${file}: a wrong secret verifies`,
  )
  const flipped = fixture.body.replace(/[a-z]/, (c) => (c === 'a' ? 'b' : 'a'))
  row.bodyByteRefused = TOKEN_ONLY.has(source)
    ? 'n/a (shared token, body unsigned)'
    : check(!(await verify(request({ body: flipped }))), `${file}: a changed body verifies`)
  const timestampHeader = TIMESTAMP_HEADERS.find((name) => fixture.headers[name])
  if (timestampHeader) {
    const headers = new Headers(fixture.headers)
    headers.set(
      timestampHeader,
      fixture.headers[timestampHeader].replace(/\d{10,13}/, (t) => String(Number(t) + 1)),
    )
    row.timestampByteRefused = check(
      !(await verify(request({ headers }))),
      `${file}: a moved timestamp verifies`,
    )
    row.replayAfterHourRefused = check(
      !(await verify(request(), [secret], now + 3_600_000)),
      `${file}: a replay an hour later verifies`,
    )
  }
  try {
    const parsed = adapter.parse(request())
    row.event = parsed.event
    row.changes = parsed.changes.map((change) => {
      if (change.action !== 'upsert') return `${change.action} ${change.docId}`
      const { article } = change
      const result = analyze({
        ...(article.html !== undefined ? { html: article.html } : { text: article.text ?? '' }),
        title: article.title,
      })
      check(result.stats.words > 20, `${file}: the article has only ${result.stats.words} words`)
      return `upsert ${change.docId}: "${article.title}", ${result.stats.words} words, grade ${result.readability.consensusGrade}`
    })
  } catch (error) {
    check(false, `${file}: ${(error as Error).message}`)
  }
  rows.push(row)
}

for (const row of rows) console.log(JSON.stringify(row))
console.log(JSON.stringify({ fixtures: rows.length, failing: failures.length }))
for (const failure of failures) console.error(`FAIL ${failure}`)
process.exit(failures.length ? 1 : 0)

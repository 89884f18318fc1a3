/**
 * Prints one `WEBHOOK_SECRET_<SOURCE>:<secret>` line per source of the webhook fixtures in a
 * folder, for `npm start -- --var ...` (CI runs the webhook contract against the shared fixtures
 * this way). A source with several fixtures (Strapi v4 and v5) gets all their secrets, comma
 * separated, as during a secret rotation.
 *
 *   npx tsx scripts/fixture-secrets.ts ../shared/data/webhooks
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fixtureSource } from './webhook-fixtures'

const folder = process.argv[2] ?? '../shared/data/webhooks'
const secrets = new Map<string, string[]>()
for (const file of readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const source = fixtureSource(file)
  const { secret } = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { secret: unknown }
  if (!source || typeof secret !== 'string' || !secret) continue
  secrets.set(source, [...(secrets.get(source) ?? []), secret])
}
for (const [source, values] of secrets)
  console.log(`WEBHOOK_SECRET_${source.toUpperCase()}:${values.join(',')}`)

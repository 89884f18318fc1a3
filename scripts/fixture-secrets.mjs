// Prints one `WEBHOOK_SECRET_<SOURCE>:<secret>` line per webhook fixture in a folder, for
// `npm start -- --var ...` (CI runs the webhook contract against the shared fixtures this way).
// Usage: node scripts/fixture-secrets.mjs ../shared/data/webhooks
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Fixture file name prefix → our source name (several WordPress routes share one prefix). */
const SOURCES = [
  ['wordpress.wp-webhooks.', 'wordpress'],
  ['wordpress.woocommerce.', 'woocommerce'],
  ['wordpress.com.', 'wpcom'],
  ['standard-webhooks.', 'standard'],
  ['strapi-v5.', 'strapi'],
  ['ghost.', 'ghost'],
  ['contentful.', 'contentful'],
  ['sanity.', 'sanity'],
  ['storyblok.', 'storyblok'],
  ['prismic.', 'prismic'],
  ['directus.', 'directus'],
  ['payload.', 'payload'],
]

const folder = process.argv[2] ?? '../shared/data/webhooks'
for (const file of readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const source = SOURCES.find(([prefix]) => file.startsWith(prefix))?.[1]
  if (!source) continue
  const { secret } = JSON.parse(readFileSync(join(folder, file), 'utf8'))
  if (typeof secret === 'string' && secret)
    console.log(`WEBHOOK_SECRET_${source.toUpperCase()}:${secret}`)
}

import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'
import { CALLBACK_SECRET, TEST_SECRETS } from './test/helpers/signed-deliveries'

// Two projects: the pure core in plain Node (fast), and the worker in workerd through the
// Cloudflare pool (routes, errors, contract, bundle).
// Every source's test secret as WEBHOOK_SECRET_<S>, and the fake CMS APIs the thin payloads
// are completed from (test/webhooks/thin.test.ts answers them).
const webhookBindings = Object.fromEntries(
  Object.entries(TEST_SECRETS).map(([source, secret]) => [
    `WEBHOOK_SECRET_${source.toUpperCase()}`,
    secret,
  ]),
)
const cmsBindings = Object.fromEntries(
  ['storyblok', 'prismic', 'directus', 'woocommerce'].flatMap((source) => [
    [`CMS_URL_${source.toUpperCase()}`, `https://${source}.cms.test/`],
    [`CMS_TOKEN_${source.toUpperCase()}`, `token-${source}`],
  ]),
)

// The worker tests run against a D1 database migrated like `npm start`'s (test/helpers/migrate.ts).
const migrations = await readD1Migrations('./migrations')

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: [
            'test/analysis/**/*.test.ts',
            'test/cli/**/*.test.ts',
            'test/bundle.test.ts',
            'test/warm-up.test.ts',
            'test/openapi.test.ts',
          ],
          testTimeout: 120_000,
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                MAX_BODY_BYTES: '2097152',
                // The worker tests call /v1/* without keys, except test/routes/keys.test.ts,
                // which sets API_KEYS; limits and logs are tested by their own tests.
                ALLOW_NO_KEYS: 'true',
                RATE_LIMITS: 'off',
                REQUEST_LOGS: 'off',
                TEST_MIGRATIONS: migrations,
                RETRY_BASE_SECONDS: '1',
                ...webhookBindings,
                ...cmsBindings,
                // Directus results are posted back (test/webhooks/thin.test.ts receives them).
                CALLBACK_URL_DIRECTUS: 'https://hooks.newsroom.test/copydesk',
                CALLBACK_SECRET_DIRECTUS: CALLBACK_SECRET,
              },
            },
          }),
        ],
        test: {
          name: 'worker',
          include: [
            'test/routes/**/*.test.ts',
            'test/webhooks/**/*.test.ts',
            'test/store/**/*.test.ts',
            'test/queue/**/*.test.ts',
            'test/fuzz/**/*.test.ts',
          ],
          setupFiles: ['test/helpers/migrate.ts'],
        },
      },
      {
        // The page in headless Chromium against `npm start` (test/browser/server.ts starts it).
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/server.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})

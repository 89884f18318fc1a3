import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

// Two projects: the pure core in plain Node (fast), and the worker in workerd through the
// Cloudflare pool (routes, errors, contract, bundle).
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
          ],
          testTimeout: 120_000,
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { MAX_BODY_BYTES: '2097152' } },
          }),
        ],
        test: {
          name: 'worker',
          include: ['test/routes/**/*.test.ts', 'test/webhooks/**/*.test.ts'],
        },
      },
    ],
  },
})

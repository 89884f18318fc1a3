/**
 * Applies migrations/ to the test D1 database before each worker test file (storage is per file).
 */
import { applyD1Migrations, env, type D1Migration } from 'cloudflare:test'

const { DB, TEST_MIGRATIONS } = env as Env & { TEST_MIGRATIONS: D1Migration[] }
await applyD1Migrations(DB, TEST_MIGRATIONS)

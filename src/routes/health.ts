/**
 * @module
 * `GET /health`: liveness plus the rules version, for load balancers and deploy checks.
 */
import { Hono } from 'hono'
import { RULES_VERSION } from '../analysis/version'
import type { AppEnv } from '../app-env'

export const healthRoutes = new Hono<AppEnv>().get('/', (c) =>
  c.json({ status: 'ok', version: RULES_VERSION }),
)

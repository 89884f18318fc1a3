/**
 * @module
 * Who is calling the stored-data routes (`/v1/results`, `/v1/jobs`). Every such route goes
 * through {@link identifyCaller}, so that API keys (issue 16) are added in one place. Until keys
 * are configured the caller is `anonymous`, and jobs record that as their owner.
 */
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env'

export const identifyCaller = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    c.set('caller', { name: 'anonymous', admin: true })
    await next()
  })

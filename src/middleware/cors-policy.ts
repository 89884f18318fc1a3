/**
 * @module
 * Which browser origins may call the API: the service's own origin, plus those listed in
 * `CORS_ORIGINS` (comma-separated, e.g. `https://cms.newsroom.example,https://desk.example`).
 * Any other origin gets no `Access-Control-Allow-Origin`, so its browser refuses the reply.
 */
import type { Context } from 'hono'
import { cors } from 'hono/cors'
import type { AppEnv } from '../app-env'
import { parseHttpUrl } from '../config'

/** The configured origins, normalised (`https://a.example/` and `https://A.example` are one). */
export function configuredOrigins(setting: unknown): Set<string> {
  const origins = new Set<string>()
  if (typeof setting !== 'string') return origins
  for (const entry of setting.split(/[\s,]+/)) {
    const url = parseHttpUrl(entry)
    if (url) origins.add(url.origin)
  }
  return origins
}

/**
 * CORS for every route: preflights answer 204, allowed origins see the headers they need
 * (`Authorization`, `Content-Type`, `X-Request-Id`) and can read `X-Request-Id` and
 * `Retry-After` on replies.
 */
export const corsPolicy = () =>
  cors({
    origin: (origin: string, c: Context<AppEnv>) => {
      if (!origin) return null
      const own = new URL(c.req.url).origin
      const allowed = configuredOrigins((c.env as unknown as Record<string, unknown>)?.CORS_ORIGINS)
      return origin === own || allowed.has(origin) ? origin : null
    },
    allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'],
    exposeHeaders: ['X-Request-Id', 'Retry-After', 'WWW-Authenticate'],
    maxAge: 600,
  })

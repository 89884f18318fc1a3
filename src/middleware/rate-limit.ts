/**
 * @module
 * Request limits through the Workers Rate Limiting binding: one counter per client IP (before the
 * key is checked, so guessing keys is limited too) and one per API key. Over a limit: 429
 * problem+json with `Retry-After`. The binding counts per Cloudflare location in fixed windows
 * and gives no reset time, so `Retry-After` is the window's length, the longest wait there is.
 */
import { createMiddleware } from 'hono/factory'
import type { Context } from 'hono'
import type { AppEnv } from '../app-env'
import { Problem, problemResponse } from '../errors'

/** The window of both limiters in wrangler.toml (the binding allows 10 or 60 seconds). */
export const RATE_LIMIT_PERIOD_SECONDS = 60

/** The part of the binding this module uses, so tests can pass a stand-in. */
export interface Limiter {
  limit(options: { key: string }): Promise<{ success: boolean }>
}

/** Which counter a request is charged to. */
export type LimitScope = 'ip' | 'key'

const BINDINGS: Record<LimitScope, string> = { ip: 'IP_RATE_LIMIT', key: 'KEY_RATE_LIMIT' }

/** The client's address as Cloudflare reports it; `unknown` where nothing sets it. */
export const clientIp = (c: Context<AppEnv>): string =>
  c.req.header('cf-connecting-ip') ?? c.req.header('x-real-ip') ?? 'unknown'

function limiter(env: Env, scope: LimitScope): Limiter | undefined {
  const settings = env as unknown as Record<string, unknown>
  // `RATE_LIMITS=off` is for measuring a machine's capacity (bench/load.ts), never a deployment.
  if (settings.RATE_LIMITS === 'off') return undefined
  const binding = settings[BINDINGS[scope]] as Limiter | undefined
  return typeof binding?.limit === 'function' ? binding : undefined
}

/**
 * Charges the request to its IP (`'ip'`) or to its API key's name (`'key'`, after
 * {@link requireApiKey}); answers 429 once the counter is over its limit.
 *
 * @example
 * app.use('/v1/*', rateLimit('ip'), requireApiKey(), rateLimit('key'))
 */
export const rateLimit = (scope: LimitScope) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const counter = limiter(c.env, scope)
    if (!counter) return next()
    const key = scope === 'ip' ? `ip:${clientIp(c)}` : `key:${c.get('caller')?.name ?? 'none'}`
    let allowed = true
    try {
      allowed = (await counter.limit({ key })).success
    } catch (error) {
      // A limiter that cannot answer must not take the API down with it.
      console.warn(JSON.stringify({ requestId: c.get('requestId'), rateLimit: String(error) }))
    }
    if (allowed) return next()
    return problemResponse(
      new Problem(
        'too-many-requests',
        `Too many requests ${scope === 'ip' ? 'from this address' : 'for this API key'}; retry after ${RATE_LIMIT_PERIOD_SECONDS} seconds.`,
        { retryAfterSeconds: RATE_LIMIT_PERIOD_SECONDS },
      ),
      { 'retry-after': String(RATE_LIMIT_PERIOD_SECONDS) },
    )
  })

/**
 * @module
 * One structured JSON log line per request, and `X-Request-Id` on every response, errors
 * included. A line holds the request id, method, path (never the query: `?title=` is article
 * text), the route pattern, status, duration, the API key's name and the body sizes; never
 * article text, keys or secrets.
 */
import { createMiddleware } from 'hono/factory'
import { matchedRoutes } from 'hono/route'
import type { AppEnv } from '../app-env'

/** Where log lines go; tests pass their own. */
export type LogWriter = (line: string) => void

export interface RequestLogLine {
  requestId: string
  method: string
  path: string
  route: string | null
  status: number
  durationMs: number
  key: string | null
  requestBytes: number | null
  responseBytes: number | null
}

const size = (value: string | null | undefined): number | null => {
  const number = Number(value)
  return value && Number.isSafeInteger(number) && number >= 0 ? number : null
}

/**
 * A reply's size: its Content-Length, or for the JSON bodies the API builds (never streamed, a
 * few KB) the length of a copy.
 */
async function bodySize(response: Response): Promise<number | null> {
  const declared = size(response.headers.get('content-length'))
  if (declared !== null || !response.body) return declared
  if (!/json/.test(response.headers.get('content-type') ?? '')) return null
  return (await response.clone().arrayBuffer()).byteLength
}

/**
 * Logs each request once it is answered; `REQUEST_LOGS=off` silences it (the test suite).
 *
 * @example
 * app.use(requestId(), requestLog())
 */
export const requestLog = (write: LogWriter = (line) => console.log(line)) =>
  createMiddleware<AppEnv>(async (c, next) => {
    // In workerd the clock moves only across I/O, so this is the request's wall time as the
    // runtime reports it (CPU-only work shows as 0 in production; wrangler dev shows it all).
    const started = Date.now()
    await next()
    const requestId = c.get('requestId')
    // Error responses are built fresh by the error handler; set it here so every one has it.
    c.res.headers.set('x-request-id', requestId)
    if ((c.env as unknown as Record<string, unknown> | undefined)?.REQUEST_LOGS === 'off') return
    const responseBytes = await bodySize(c.res)
    const route = matchedRoutes(c)
      .filter((matched) => matched.method !== 'ALL')
      .at(-1)?.path
    const line: RequestLogLine = {
      requestId,
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      route: route ?? null,
      status: c.res.status,
      durationMs: Date.now() - started,
      key: c.get('caller')?.name ?? null,
      requestBytes: size(c.req.header('content-length')),
      responseBytes,
    }
    write(JSON.stringify(line))
  })

/**
 * @module
 * The copydesk HTTP app: middleware, sub-apps, and the one error handler that turns every failure
 * into `application/problem+json`.
 */
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import type { AppEnv } from './app-env'
import { Problem, problemResponse } from './errors'
import { analysisRoutes } from './routes/analysis'
import { healthRoutes } from './routes/health'
import { jobRoutes } from './routes/jobs'
import { resultRoutes } from './routes/results'
import { webhookRoutes } from './routes/webhooks'

export const app = new Hono<AppEnv>()

app.use(requestId())
app.use(secureHeaders())

app.route('/health', healthRoutes)
app.route('/v1', analysisRoutes)
app.route('/v1/webhooks', webhookRoutes)
// The path most CMS guides show; the same receiver.
app.route('/webhooks', webhookRoutes)
app.route('/v1/results', resultRoutes)
app.route('/v1/jobs', jobRoutes)

app.notFound((c) =>
  problemResponse(
    new Problem('not-found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`),
  ),
)

app.onError((error, c) => {
  if (error instanceof Problem) return problemResponse(error)
  if (error instanceof HTTPException) {
    const kind =
      error.status === 413
        ? 'payload-too-large'
        : error.status === 415
          ? 'unsupported-media-type'
          : 'invalid-request'
    return problemResponse(new Problem(kind, error.message || 'The request could not be served.'))
  }
  // Unexpected: log with the request id, answer without internals.
  console.error(
    JSON.stringify({
      requestId: c.get('requestId'),
      error: String(error),
      stack: (error as Error)?.stack,
    }),
  )
  return problemResponse(
    new Problem(
      'internal-error',
      `Something went wrong on our side. Request id: ${c.get('requestId')}.`,
    ),
  )
})

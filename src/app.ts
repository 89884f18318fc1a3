/**
 * @module
 * The copydesk HTTP app: middleware, sub-apps, and the one error handler that turns every failure
 * into `application/problem+json`.
 */
import { Hono } from 'hono'
import { except, every } from 'hono/combine'
import { HTTPException } from 'hono/http-exception'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import type { AppEnv } from './app-env'
import { Problem, problemResponse } from './errors'
import { requireApiKey } from './middleware/api-keys'
import { corsPolicy } from './middleware/cors-policy'
import { allowedMethods } from './middleware/method-not-allowed'
import { rateLimit } from './middleware/rate-limit'
import { requestLog } from './middleware/request-log'
import { analysisRoutes } from './routes/analysis'
import { healthRoutes } from './routes/health'
import { jobRoutes } from './routes/jobs'
import { openApiRoutes } from './routes/openapi'
import { resultRoutes } from './routes/results'
import { webhookRoutes } from './routes/webhooks'

export const app = new Hono<AppEnv>()

// A caller's well-formed X-Request-Id is kept (letters, digits, - _ =, up to 255), else a UUID.
app.use(requestId(), requestLog())
app.use(
  secureHeaders({
    // Everything the service serves comes from itself: no inline script, no outside request.
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  }),
)
app.use(corsPolicy())
// Keys and limits for the API; webhooks carry their own signatures instead.
app.use(
  '/v1/*',
  except('/v1/webhooks/*', every(rateLimit('ip'), requireApiKey(), rateLimit('key'))),
)

app.route('/health', healthRoutes)
app.route('/v1', analysisRoutes)
app.route('/v1/webhooks', webhookRoutes)
// The path most CMS guides show; the same receiver.
app.route('/webhooks', webhookRoutes)
app.route('/v1/results', resultRoutes)
app.route('/v1/jobs', jobRoutes)
app.route('/openapi.json', openApiRoutes)

// The page and the API reference: files in public/, served through the Worker so that they get
// the same headers as the API. A path with no file falls through to the 404 and 405 below.
app.on(['GET', 'HEAD'], '*', async (c, next) => {
  if (c.req.path.startsWith('/v1/') || !c.env.ASSETS) return next()
  const response = await c.env.ASSETS.fetch(c.req.raw)
  if (response.status === 404) return next()
  // A copy, so the headers can be set (an asset's own are immutable).
  return new Response(response.body, response)
})

app.notFound((c) => {
  const path = new URL(c.req.url).pathname
  const allowed = allowedMethods(app, path)
  if (allowed.length)
    return problemResponse(
      new Problem(
        'method-not-allowed',
        `${path} answers ${allowed.join(', ')}, not ${c.req.method}.`,
      ),
      { allow: allowed.join(', ') },
    )
  return problemResponse(new Problem('not-found', `No route for ${c.req.method} ${path}.`))
})

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

/**
 * @module
 * `405 Method Not Allowed` with `Allow` for a path that exists under other methods; the app's
 * not-found handler asks {@link allowedMethods} before answering 404.
 */
import type { Hono } from 'hono'
import { PatternRouter } from 'hono/router/pattern-router'

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const

type AnyHono = Pick<Hono, 'routes'>

// Built on first use, when every route is registered; one per app.
const routers = new WeakMap<AnyHono, PatternRouter<string>>()

/**
 * The methods a path answers to, HEAD and OPTIONS included when GET is there; empty when the
 * path is not a route at all. Middleware (method `ALL`) and the static files' catch-all are not
 * routes.
 *
 * @example
 * allowedMethods(app, '/v1/analyze') // ['OPTIONS', 'POST']
 */
export function allowedMethods(app: AnyHono, path: string): string[] {
  let router = routers.get(app)
  if (!router) {
    router = new PatternRouter<string>()
    for (const route of app.routes)
      // `ALL` is middleware; a bare `/*` is the static files' catch-all, not a route of its own.
      if (route.method !== 'ALL' && route.path !== '*' && route.path !== '/*')
        router.add(route.method, route.path, route.method)
    routers.set(app, router)
  }
  const allowed = METHODS.filter((method) => router.match(method, path)[0].length > 0)
  if (allowed.length === 0) return []
  const extra = allowed.includes('GET') ? ['HEAD', 'OPTIONS'] : ['OPTIONS']
  return [...allowed, ...extra].sort()
}

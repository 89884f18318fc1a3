/**
 * @module
 * Reads a document from a CMS API for thin webhooks. Only the configured base URL is ever called
 * (`CMS_URL_<S>`): paths are joined under it and anything that would leave its origin is refused,
 * so no URL taken from a payload is fetched.
 */
import type { CmsConnection } from './adapter'

/** A CMS answer worth retrying (network error, 429, 5xx). */
export class CmsUnavailableError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CmsUnavailableError'
  }
}

/** A CMS answer that retrying will not change (401, 403, a body that is not JSON). */
export class CmsRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CmsRefusedError'
  }
}

const TIMEOUT_MS = 10_000

export interface CmsGetOptions {
  query?: Record<string, string>
  /** How the token travels: `Authorization: Bearer` (default), or a query parameter. */
  tokenIn?: 'bearer' | { query: string }
}

/**
 * GETs `path` under the connection's base URL and returns the parsed JSON, or `null` on 404/410.
 *
 * @example
 * await getJson(cms, `wp-json/wp/v2/posts/${id}`)
 */
export async function getJson(
  cms: CmsConnection,
  path: string,
  { query = {}, tokenIn = 'bearer' }: CmsGetOptions = {},
): Promise<unknown | null> {
  const base = cms.baseUrl.href.endsWith('/') ? cms.baseUrl.href : `${cms.baseUrl.href}/`
  const url = new URL(path.replace(/^\/+/, ''), base)
  if (url.origin !== cms.baseUrl.origin)
    throw new CmsRefusedError(`Refusing to leave ${cms.baseUrl.origin}.`)
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value)
  const headers: Record<string, string> = { accept: 'application/json' }
  if (cms.token) {
    if (tokenIn === 'bearer')
      headers.authorization = cms.token.includes(':')
        ? `Basic ${btoa(cms.token)}` // WordPress application passwords: user:password
        : `Bearer ${cms.token}`
    else url.searchParams.set(tokenIn.query, cms.token)
  }
  let response: Response
  try {
    response = await cms.fetch(url.href, {
      headers,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'manual',
    })
  } catch (error) {
    throw new CmsUnavailableError(`${url.origin} did not answer: ${String(error)}`)
  }
  if (response.status === 404 || response.status === 410) return null
  if (response.status === 429 || response.status >= 500)
    throw new CmsUnavailableError(`${url.origin} answered ${response.status}.`)
  if (!response.ok)
    throw new CmsRefusedError(`${url.origin} answered ${response.status} for ${url.pathname}.`)
  try {
    return await response.json()
  } catch {
    throw new CmsRefusedError(`${url.origin} answered with a body that is not JSON.`)
  }
}

/**
 * @module
 * The only way out of the worker: a `fetch` that reaches the origins of the configured
 * `CMS_URL_<SOURCE>` and `CALLBACK_URL_<SOURCE>` settings and nothing else. A URL read from a
 * payload (a CMS may send any link) can never be fetched, whatever the code that asks.
 */

import { parseHttpUrl } from '../config'

/** A `fetch` as the consumer calls it. */
export type Fetch = typeof fetch

const EGRESS_SETTING = /^(?:CMS_URL|CALLBACK_URL)_[A-Z0-9_]+$/

/** The origins the settings name, e.g. `https://api.storyblok.com`. */
export function allowedOrigins(env: object): Set<string> {
  const origins = new Set<string>()
  for (const [name, value] of Object.entries(env)) {
    const url = EGRESS_SETTING.test(name) ? parseHttpUrl(value) : undefined
    if (url) origins.add(url.origin)
  }
  return origins
}

/** Raised instead of a request to an origin that no setting names. */
export class EgressRefusedError extends Error {
  constructor(origin: string) {
    super(`Refusing to fetch ${origin}: only configured CMS_URL_* and CALLBACK_URL_* origins.`)
    this.name = 'EgressRefusedError'
  }
}

/**
 * `fetch`, limited to `origins`.
 *
 * @example
 * const fetchOut = guardedFetch(allowedOrigins(env), fetch)
 * await fetchOut('https://evil.example/') // throws EgressRefusedError
 */
export function guardedFetch(origins: ReadonlySet<string>, fetchImpl: Fetch): Fetch {
  return (input, init) => {
    let origin = 'an invalid URL'
    try {
      origin = new URL(input instanceof Request ? input.url : String(input)).origin
    } catch {
      // falls through to the refusal
    }
    if (!origins.has(origin)) return Promise.reject(new EgressRefusedError(origin))
    return fetchImpl(input, init)
  }
}

/**
 * Calls the app in this isolate with settings of the test's own (API keys, limits, logs), which
 * the shared worker behind `SELF` cannot change per test.
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { app } from '../../src/app'

export type Settings = Record<string, unknown>

/** Fetches `path` from the app with `settings` laid over the test environment. */
export async function fetchWith(
  settings: Settings,
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  const context = createExecutionContext()
  const response = await app.fetch(
    new Request(`https://copydesk.test${path}`, init),
    { ...env, ...settings } as Env,
    context,
  )
  await waitOnExecutionContext(context)
  return response
}

/** A POST of an article as JSON, with an optional bearer key. */
export const articleRequest = (key?: string, text = 'The union was invited to talks.') => ({
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    ...(key ? { authorization: `Bearer ${key}` } : {}),
  },
  body: JSON.stringify({ text }),
})

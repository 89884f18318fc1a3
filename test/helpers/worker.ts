/**
 * The one place that touches the Workers test runtime, so a rename of its APIs touches one file.
 */
import { SELF } from 'cloudflare:test'
import { vi } from 'vitest'

/** A reply as tests read it; `T` is the JSON shape the test expects (not checked at run time). */
export interface Reply<T = unknown> {
  status: number
  type: string
  json: T
  text: string
}

/** An RFC 9457 problem document, as every error reply carries. */
export interface Problem {
  type: string
  title: string
  status: number
  detail: string
}

/** Sends a request to the real worker running in workerd and reads the reply. */
export async function send<T = unknown>(path: string, init: RequestInit = {}): Promise<Reply<T>> {
  const response = await SELF.fetch(`https://copydesk.test${path}`, init)
  const text = await response.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    // not JSON; tests that care assert on `text`
  }
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    json: json as T,
    text,
  }
}

export const postJson = <T = unknown>(path: string, body: unknown) =>
  send<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

export const postRaw = <T = unknown>(path: string, body: BodyInit, type: string) =>
  send<T>(path, { method: 'POST', headers: { 'content-type': type }, body })

/**
 * Waits until a document's stored result has no delivery still queued (the queue consumer has
 * run), and returns it. `T` is the result shape the test reads.
 */
export async function settledResult<T extends { history: { status: string }[] }>(
  source: string,
  id: string,
): Promise<T> {
  let last: T | null = null
  await vi.waitUntil(
    async () => {
      const reply = await send<T>(`/v1/results/${source}/${encodeURIComponent(id)}`)
      last = reply.status === 200 ? reply.json : null
      return last !== null && last.history.every((entry) => entry.status !== 'queued')
    },
    { timeout: 20_000, interval: 250 },
  )
  return last as unknown as T
}

/**
 * The one place that touches the Workers test runtime, so a rename of its APIs touches one file.
 */
import { SELF } from 'cloudflare:test'

export interface Reply {
  status: number
  type: string
  json: any
  text: string
}

/** Sends a request to the real worker running in workerd and reads the reply. */
export async function send(path: string, init: RequestInit = {}): Promise<Reply> {
  const response = await SELF.fetch(`https://copydesk.test${path}`, init)
  const text = await response.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    // not JSON; tests that care assert on `text`
  }
  return { status: response.status, type: response.headers.get('content-type') ?? '', json, text }
}

export const postJson = (path: string, body: unknown) =>
  send(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

export const postRaw = (path: string, body: BodyInit, type: string) =>
  send(path, { method: 'POST', headers: { 'content-type': type }, body })

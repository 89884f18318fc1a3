import { describe, expect, it } from 'vitest'
import { readKeys, matchKey } from '../../src/middleware/api-keys'
import { sha256Hex } from '../../src/webhooks/crypto'
import { articleRequest, fetchWith } from '../helpers/app'

const DESK = 'desk-key-0123456789'
const OPS = 'ops-key-9876543210'
const ARCHIVE = 'archive-key-5555'

async function keyed() {
  return {
    API_KEYS: `desk=${DESK}, ops=sha256:${await sha256Hex(OPS)},archive=${ARCHIVE}`,
    ADMIN_KEY_NAMES: 'ops',
    ALLOW_NO_KEYS: 'false',
  }
}

describe('API keys', () => {
  it('reads name=key and name=sha256:<hex>, and reports malformed entries by position', async () => {
    const table = await readKeys(`a=one, b=sha256:${'A'.repeat(64)}, =x, c=, nokey, d e=f`, 'b')
    expect(table.keys.map((key) => [key.name, key.admin])).toEqual([
      ['a', false],
      ['b', true],
    ])
    expect(table.keys[1].sha256).toBe('a'.repeat(64))
    expect(table.malformed).toEqual([3, 4, 5, 6])
    expect((await matchKey(table.keys, 'one'))?.name).toBe('a')
    expect(await matchKey(table.keys, 'one ')).toBeNull()
  })

  it('401 with WWW-Authenticate for no key, a wrong key or a malformed header; 200 for a good one', async () => {
    const settings = await keyed()
    for (const init of [
      articleRequest(),
      articleRequest('wrong-key'),
      { ...articleRequest(), headers: { 'content-type': 'application/json', authorization: DESK } },
    ]) {
      const reply = await fetchWith(settings, '/v1/analyze', init)
      expect(reply.status).toBe(401)
      expect(reply.headers.get('content-type')).toMatch(/problem\+json/)
      expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer realm="copydesk"/)
      expect(reply.headers.get('x-request-id')).toBeTruthy()
      await reply.text()
    }
    for (const key of [DESK, OPS]) {
      const reply = await fetchWith(settings, '/v1/stance', articleRequest(key))
      expect(reply.status).toBe(200)
      await reply.text()
    }
  })

  it('fails closed: no keys and no dev opening refuses /v1, but not /health or webhooks', async () => {
    const closed = { API_KEYS: '', ALLOW_NO_KEYS: 'false' }
    const refused = await fetchWith(closed, '/v1/analyze', articleRequest('anything'))
    expect(refused.status).toBe(401)
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/no API keys/)
    expect((await fetchWith(closed, '/health')).status).toBe(200)
    // A webhook is judged by its signature, not by a key: an unsigned one is 401 for that reason.
    const webhook = await fetchWith(closed, '/v1/webhooks/ghost', articleRequest())
    expect(webhook.status).toBe(401)
    expect(webhook.headers.get('www-authenticate')).toMatch(/^Signature/)
    await webhook.text()
  })

  it('keeps results and jobs to the key that made them, and admins see all', async () => {
    const settings = await keyed()
    const body = JSON.stringify({
      id: 'doc-keys-1',
      text: 'The council invited the union to talks on Monday. The union declined.',
    })
    const created = await fetchWith(settings, '/v1/jobs?source=archive-test', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${ARCHIVE}` },
      body,
    })
    expect(created.status).toBe(202)
    const job = (await created.json()) as { id: string }
    const read = (key: string, path: string) =>
      fetchWith(settings, path, { headers: { authorization: `Bearer ${key}` } })
    expect((await read(ARCHIVE, `/v1/jobs/${job.id}`)).status).toBe(200)
    expect((await read(OPS, `/v1/jobs/${job.id}`)).status).toBe(200)
    const other = await read(DESK, `/v1/jobs/${job.id}`)
    expect(other.status).toBe(404)
    await other.text()
    // Once stored, the document is the archive key's: the desk key does not see it.
    let stored = 0
    let history: { key: string | null }[] = []
    for (let attempt = 0; attempt < 80 && stored !== 200; attempt++) {
      const reply = await read(ARCHIVE, '/v1/results/archive-test/doc-keys-1')
      stored = reply.status
      const body = (await reply.json()) as { history?: { key: string | null }[] }
      history = body.history ?? []
      if (stored !== 200) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(stored).toBe(200)
    // The history names the key (never the key itself) whose job asked for the analysis.
    expect(history.map((entry) => entry.key)).toEqual(['archive'])
    expect((await read(OPS, '/v1/results/archive-test/doc-keys-1')).status).toBe(200)
    expect((await read(DESK, '/v1/results/archive-test/doc-keys-1')).status).toBe(404)
    const feed = async (key: string) =>
      (
        (await (await read(key, '/v1/results?source=archive-test')).json()) as {
          items: { id: string }[]
        }
      ).items.map((item) => item.id)
    expect(await feed(ARCHIVE)).toContain('doc-keys-1')
    expect(await feed(OPS)).toContain('doc-keys-1')
    expect(await feed(DESK)).not.toContain('doc-keys-1')
  })
})

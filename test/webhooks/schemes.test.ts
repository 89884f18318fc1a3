import { describe, expect, it } from 'vitest'
import { adapterFor, webhookSources } from '../../src/webhooks/registry'
import type { ReceivedRequest } from '../../src/webhooks/scheme'
import {
  deliveryFrom,
  TEST_SECRETS,
  type Delivery,
  type TestSource,
} from '../helpers/signed-deliveries'

const SOURCES = Object.keys(TEST_SECRETS) as TestSource[]
/** Sources whose signature covers a timestamp, and so refuse replays outside a window. */
const TIMESTAMPED: TestSource[] = ['ghost', 'contentful', 'sanity', 'payload', 'standard']
/** Sources that send a shared token instead of signing: a changed body still passes. */
const TOKEN_ONLY: TestSource[] = ['wpcom', 'strapi', 'directus', 'prismic']

const received = ({ path, headers, body }: Delivery): ReceivedRequest => ({
  method: 'POST',
  url: new URL(`https://copydesk.test${path}`),
  headers: new Headers(headers),
  body,
})

async function verify(source: TestSource, delivery: Delivery, secrets: string[], now = Date.now()) {
  const adapter = adapterFor(source)
  if (!adapter) throw new Error(`no adapter for ${source}`)
  return adapter.scheme.verify(received(delivery), secrets, now)
}

/** Flips one character of the first long letter run of a string (a byte of the signed text). */
const changeOneByte = (text: string) =>
  text.replace(/([a-z]{6})([a-z])/, (_, head: string, c: string) => head + (c === 'x' ? 'y' : 'x'))

const isStandard = (source: TestSource) => source === 'standard' || source === 'payload'

describe('signature schemes', () => {
  it('covers the twelve documented sources', () => {
    expect([...webhookSources()].sort()).toEqual([...SOURCES].sort())
  })

  for (const source of SOURCES) {
    describe(source, () => {
      it('accepts a delivery signed with its secret', async () => {
        expect(await verify(source, deliveryFrom(source), [TEST_SECRETS[source]])).toEqual({
          ok: true,
        })
      })

      it('refuses the wrong secret', async () => {
        const secret = isStandard(source) ? 'whsec_d3Jvbmcta2V5LXdyb25nLWtleQ==' : 'not-the-secret'
        const verdict = await verify(source, deliveryFrom(source, { secret }), [
          TEST_SECRETS[source],
        ])
        expect(verdict.ok).toBe(false)
      })

      it('accepts the old secret during a rotation', async () => {
        const delivery = deliveryFrom(source)
        const rotated = isStandard(source) ? 'whsec_bmV3LWtleS1uZXcta2V5LW5ldy1rZXk=' : 'new-secret'
        expect((await verify(source, delivery, [rotated, TEST_SECRETS[source]])).ok).toBe(true)
      })

      if (!TOKEN_ONLY.includes(source)) {
        it('refuses a body changed by one byte', async () => {
          const delivery = deliveryFrom(source)
          const tampered = { ...delivery, body: changeOneByte(delivery.body) }
          expect(tampered.body).not.toBe(delivery.body)
          expect(await verify(source, tampered, [TEST_SECRETS[source]])).toMatchObject({
            ok: false,
          })
        })
      }

      it('refuses a request without its signature or token', async () => {
        const delivery = deliveryFrom(source)
        const stripped: Delivery = {
          path: delivery.path.replace(/\?token=.*$/, ''),
          headers: Object.fromEntries(
            Object.entries(delivery.headers).filter(
              ([name]) => !/signature|authorization/.test(name),
            ),
          ),
          body:
            source === 'prismic'
              ? delivery.body.replace(/"secret":"[^"]*"/, '"secret":null')
              : delivery.body,
        }
        expect((await verify(source, stripped, [TEST_SECRETS[source]])).ok).toBe(false)
      })

      if (TIMESTAMPED.includes(source)) {
        it('refuses a replay outside its window, and a changed timestamp', async () => {
          const signedAt = Date.now() - 60 * 60 * 1000
          const old = deliveryFrom(source, { now: signedAt })
          expect((await verify(source, old, [TEST_SECRETS[source]], signedAt)).ok).toBe(true)
          expect((await verify(source, old, [TEST_SECRETS[source]])).ok).toBe(false)
          // Moving the timestamp (still inside the window) breaks the signature instead.
          const moved = deliveryFrom(source)
          const headers = { ...moved.headers }
          for (const [name, value] of Object.entries(headers))
            if (/timestamp|signature/.test(name) && !/signed-headers/.test(name))
              headers[name] = value.replace(/\b(\d{10,13})\b/, (t) => String(Number(t) - 1))
          expect(headers).not.toEqual(moved.headers)
          expect((await verify(source, { ...moved, headers }, [TEST_SECRETS[source]])).ok).toBe(
            false,
          )
        })
      }
    })
  }

  it('accepts any of several Standard Webhooks signatures', async () => {
    const delivery = deliveryFrom('standard')
    const headers = {
      ...delivery.headers,
      'webhook-signature': `v1,AAAAbm90LXRoaXMtb25l ${delivery.headers['webhook-signature']}`,
    }
    expect((await verify('standard', { ...delivery, headers }, [TEST_SECRETS.standard])).ok).toBe(
      true,
    )
  })
})

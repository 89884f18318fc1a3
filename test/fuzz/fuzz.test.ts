import { SELF } from 'cloudflare:test'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { standardHeaders, TEST_SECRETS } from '../helpers/signed-deliveries'
import { fuzzRequest, violations, type FuzzRequest } from './requests'

// A bounded run for CI; `npx tsx scripts/fuzz.ts` is the long one, with larger inputs.
const RUNS = Number(process.env.FUZZ_RUNS ?? 120)
// Inputs here stay under 64 KB, so the budget is this floor: a hang or a quadratic path shows,
// the noise of a shared machine does not.
const FLOOR_MS = 2_000

async function sendRequest(request: FuzzRequest) {
  const started = Date.now()
  const response = await SELF.fetch(`https://copydesk.test${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  })
  const text = await response.text()
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text,
    elapsedMs: Date.now() - started,
    requestId: response.headers.get('x-request-id'),
  }
}

describe('fuzzing every route in workerd', () => {
  it(`${RUNS} random requests: no 5xx, every error problem+json, none slow, all with a request id`, async () => {
    await fc.assert(
      fc.asyncProperty(fuzzRequest({ maxSize: 64_000 }), async (request) => {
        const reply = await sendRequest(request)
        expect(
          violations(request, reply, FLOOR_MS),
          `${request.kind} ${request.method} ${request.path}`,
        ).toEqual([])
        expect(reply.requestId).toBeTruthy()
      }),
      { numRuns: RUNS, endOnFailure: true },
    )
  }, 300_000)

  it('signed webhook deliveries with any body: never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json({ maxDepth: 5 }),
          fc.string({ maxLength: 2000 }),
          fc.string({ unit: 'binary', maxLength: 500 }),
        ),
        fc.constantFrom('standard', 'payload'),
        async (body, source) => {
          const id = `msg_${crypto.randomUUID()}`
          const request: FuzzRequest = {
            kind: 'signed',
            method: 'POST',
            path: `/v1/webhooks/${source}`,
            headers: standardHeaders(TEST_SECRETS[source], id, body, Date.now()),
            body,
          }
          const reply = await sendRequest(request)
          expect(violations(request, reply, FLOOR_MS), body.slice(0, 200)).toEqual([])
        },
      ),
      { numRuns: Math.ceil(RUNS / 3), endOnFailure: true },
    )
  }, 300_000)
})

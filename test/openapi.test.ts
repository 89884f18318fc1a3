import { Validator } from '@seriousme/openapi-schema-validator'
import { describe, expect, it } from 'vitest'
import { openApiDocument } from '../src/routes/openapi'

// The validator reads its JSON Schemas from disk, so this runs in Node, on the document the
// worker serves at GET /openapi.json (test/routes/hardening.test.ts fetches it there too).
const send = async <T>(path: string) => {
  expect(path).toBe('/openapi.json')
  return { status: 200, json: JSON.parse(JSON.stringify(openApiDocument())) as T }
}

interface OpenApi {
  openapi: string
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>
}

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document covering every route, with problem responses', async () => {
    const reply = await send<OpenApi>('/openapi.json')
    expect(reply.status).toBe(200)
    const validator = new Validator()
    const result = await validator.validate(reply.json as never)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
    const paths = Object.keys(reply.json.paths).sort()
    expect(paths).toEqual(
      [
        '/health',
        '/v1/analyze',
        '/v1/clean',
        '/v1/jobs',
        '/v1/jobs/{id}',
        '/v1/jobs/{id}/items',
        '/v1/keywords',
        '/v1/readability',
        '/v1/results',
        '/v1/results/{source}/{id}',
        '/v1/stance',
        '/v1/topics',
        '/v1/webhooks/{source}',
      ].sort(),
    )
    // Analysis routes answer the problems the service gives.
    for (const status of ['400', '401', '413', '415', '422', '429'])
      expect(Object.keys(reply.json.paths['/v1/analyze'].post.responses)).toContain(status)
  })

  it('gives a real analysis as the example, and validates requests with the same schema', async () => {
    const reply = await send<{
      paths: Record<
        string,
        {
          post: {
            responses: {
              200: {
                content: {
                  'application/json': { example: { stance: { counts: { invited: number } } } }
                }
              }
            }
          }
        }
      >
    }>('/openapi.json')
    const example =
      reply.json.paths['/v1/analyze'].post.responses[200].content['application/json'].example
    expect(example.stance.counts.invited).toBe(1)
  })
})

/**
 * @module
 * `GET /openapi.json`: OpenAPI 3.1 for every route, built from the zod schemas in schemas.ts
 * (the ones that validate requests). Response examples are real: the example request analyzed
 * by this build, once per isolate.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { Hono } from 'hono'
import { analyze } from '../analysis/index'
import { RULES_VERSION } from '../analysis/version'
import type { AppEnv } from '../app-env'
import { webhookSources } from '../webhooks/registry'
import {
  AnalysisSchema,
  ArticleRequestSchema,
  ChangeFeedSchema,
  CompatSchema,
  HealthSchema,
  JobCreatedSchema,
  JobStatusSchema,
  ProblemSchema,
  SliceSchemas,
  StoredResultSchema,
  WebhookAcceptedSchema,
} from './schemas'

const EXAMPLE_TEXT =
  'The United States invited China to join the talks in Geneva on Monday. Beijing did not respond to the invitation. ' +
  'The European Union accepted the invitation.'

/** The problem responses a route can give, by status. */
const PROBLEMS: Record<number, string> = {
  400: 'Malformed JSON.',
  401: 'No API key or a wrong one (`WWW-Authenticate: Bearer`); for webhooks, a signature that does not verify.',
  404: 'Not found, or another key’s result or job.',
  405: 'The path exists under another method (`Allow` lists them).',
  413: 'Body over `MAX_BODY_BYTES`, or clean text over `MAX_ARTICLE_CHARS`.',
  415: 'A content type the route does not read.',
  422: 'Empty text, HTML with no text, a field of the wrong type or out of range, invalid UTF-8, binary data.',
  429: 'Over the rate limit (`Retry-After` says when to retry).',
  503: 'The delivery could not be recorded or queued: retry.',
}

const problems = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: PROBLEMS[status],
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
    ]),
  )

const json = <T extends z.ZodType>(schema: T, description: string, example?: unknown) => ({
  description,
  content: { 'application/json': { schema, ...(example === undefined ? {} : { example }) } },
})

const ANALYSIS_PROBLEMS = [400, 401, 405, 413, 415, 422, 429] as const
const keyed = [{ bearer: [] }]

const articleBody = {
  required: true,
  description:
    'JSON with exactly one of `text` or `html`, or the article itself as `text/plain` or `text/html`.',
  content: {
    'application/json': { schema: ArticleRequestSchema },
    'text/plain': { schema: z.string(), example: EXAMPLE_TEXT },
    'text/html': { schema: z.string(), example: `<h1>Talks in Geneva</h1><p>${EXAMPLE_TEXT}</p>` },
  },
}

const articleQuery = z.object({
  compat: CompatSchema.optional(),
  title: z
    .string()
    .optional()
    .openapi({ description: 'The title, for raw text/plain or text/html bodies.' }),
})

function describe(): OpenAPIHono {
  const docs = new OpenAPIHono()
  const example = analyze({ text: EXAMPLE_TEXT, title: 'Talks in Geneva' })
  docs.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key from `API_KEYS`; not needed under `npm start` without keys.',
  })
  const slices = {
    analyze: [AnalysisSchema, example, 'Every analysis of one article.'],
    clean: [SliceSchemas.clean, { clean: example.clean }, 'The clean text and what was removed.'],
    readability: [
      SliceSchemas.readability,
      { readability: example.readability, stats: example.stats },
      'Readability formulas, consensus grade, reading time, hardest sentences.',
    ],
    keywords: [SliceSchemas.keywords, { keywords: example.keywords }, 'Keyphrases, best first.'],
    topics: [SliceSchemas.topics, { topics: example.topics }, 'IPTC Media Topics, best first.'],
    stance: [
      SliceSchemas.stance,
      { stance: example.stance },
      'Who was invited and who accepted, declined or gave no response, with evidence.',
    ],
  } as const
  for (const [name, [schema, sample, summary]] of Object.entries(slices)) {
    docs.openAPIRegistry.registerPath(
      createRoute({
        method: 'post',
        path: `/v1/${name}`,
        tags: ['analysis'],
        summary,
        security: keyed,
        request: { body: articleBody, query: articleQuery },
        responses: { 200: json(schema, summary, sample), ...problems(...ANALYSIS_PROBLEMS) },
      }),
    )
  }
  docs.openAPIRegistry.registerPath(
    createRoute({
      method: 'post',
      path: '/v1/webhooks/{source}',
      tags: ['webhooks'],
      summary: 'Receive a CMS webhook (also at /webhooks/{source}).',
      description:
        'Verified by the source’s own signature scheme (no API key); recorded, then analyzed from the queue. See the README for each CMS.',
      request: {
        params: z.object({ source: z.enum(webhookSources() as [string, ...string[]]) }),
        body: {
          required: true,
          description: 'The CMS’s own payload, signed as that CMS signs.',
          content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
        },
      },
      responses: {
        200: json(
          WebhookAcceptedSchema,
          'Nothing to do (an event that is not about an article), or Prismic’s accepted.',
        ),
        202: json(WebhookAcceptedSchema, 'Recorded and queued.'),
        ...problems(400, 401, 404, 413, 415, 422, 503),
      },
    }),
  )
  docs.openAPIRegistry.registerPath(
    createRoute({
      method: 'get',
      path: '/v1/results',
      tags: ['results'],
      summary: 'Every change in order, a page at a time (the sync feed).',
      security: keyed,
      request: {
        query: z.object({
          source: z.string().optional(),
          since: z.string().optional().openapi({ description: 'ISO 8601 time.' }),
          cursor: z
            .string()
            .optional()
            .openapi({ description: 'The `nextCursor` of the last page.' }),
          limit: z.number().int().min(1).max(200).optional(),
          include: z.enum(['analysis']).optional(),
          order: z
            .enum(['oldest', 'newest'])
            .optional()
            .openapi({ description: 'Sync order (oldest first, the default) or newest first.' }),
        }),
      },
      responses: { 200: json(ChangeFeedSchema, 'A page of changes.'), ...problems(401, 422, 429) },
    }),
  )
  docs.openAPIRegistry.registerPath(
    createRoute({
      method: 'get',
      path: '/v1/results/{source}/{id}',
      tags: ['results'],
      summary: 'A document’s latest result by the CMS’s own id, with its history.',
      security: keyed,
      request: { params: z.object({ source: z.string(), id: z.string() }) },
      responses: {
        200: json(StoredResultSchema, 'The stored result.'),
        ...problems(401, 404, 429),
      },
    }),
  )
  docs.openAPIRegistry.registerPath(
    createRoute({
      method: 'post',
      path: '/v1/jobs',
      tags: ['jobs'],
      summary: 'Backfill: NDJSON articles, or JSON ids to fetch from a CMS.',
      security: keyed,
      request: {
        query: z.object({ source: z.string().optional() }),
        body: {
          required: true,
          content: {
            'application/x-ndjson': {
              schema: z.string().openapi({ description: 'One JSON article per line.' }),
            },
            'application/json': {
              schema: z.object({ source: z.string(), ids: z.array(z.string()) }),
            },
          },
        },
      },
      responses: { 202: json(JobCreatedSchema, 'Queued.'), ...problems(401, 413, 415, 422, 429) },
    }),
  )
  docs.openAPIRegistry.registerPath(
    createRoute({
      method: 'post',
      path: '/v1/jobs/{id}/items',
      tags: ['jobs'],
      summary: 'Add more items to a job.',
      security: keyed,
      request: {
        params: z.object({ id: z.string() }),
        body: { required: true, content: { 'application/x-ndjson': { schema: z.string() } } },
      },
      responses: {
        202: json(z.object({ id: z.string(), added: z.number(), total: z.number() }), 'Queued.'),
        ...problems(401, 404, 413, 415, 422, 429),
      },
    }),
  )
  docs.openAPIRegistry.registerPath(
    createRoute({
      method: 'get',
      path: '/v1/jobs/{id}',
      tags: ['jobs'],
      summary: 'A job’s progress, by status, with failures’ reasons.',
      security: keyed,
      request: { params: z.object({ id: z.string() }) },
      responses: { 200: json(JobStatusSchema, 'Progress.'), ...problems(401, 404, 429) },
    }),
  )
  docs.openAPIRegistry.registerPath(
    createRoute({
      method: 'get',
      path: '/health',
      tags: ['health'],
      summary: 'Liveness and the rules version.',
      responses: { 200: json(HealthSchema, 'Up.', { status: 'ok', version: RULES_VERSION }) },
    }),
  )
  return docs
}

let document: unknown

/** The OpenAPI 3.1 document, built on first use. */
export function openApiDocument(): unknown {
  document ??= describe().getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'copydesk',
      version: RULES_VERSION,
      description:
        'Text analytics for newsrooms: clean text, readability, keyphrases and IPTC topics, and stance counts, from an article or a CMS webhook.',
      license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    },
    tags: [
      { name: 'analysis', description: 'Analyze one article.' },
      { name: 'webhooks', description: 'CMS deliveries, signed.' },
      { name: 'results', description: 'Stored results.' },
      { name: 'jobs', description: 'Backfills.' },
      { name: 'health' },
    ],
  })
  return document
}

export const openApiRoutes = new Hono<AppEnv>().get('/', (c) => c.json(openApiDocument()))

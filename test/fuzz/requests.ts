/**
 * Hostile requests for every route, as fast-check arbitraries, and the invariants every reply
 * must keep. Shared by the bounded suite in CI (test/fuzz/fuzz.test.ts, in workerd) and the long
 * run against a server (scripts/fuzz.ts).
 */
import fc from 'fast-check'

/** A request as the fuzzers send it; `kind` names the generator, for the report. */
export interface FuzzRequest {
  kind: string
  method: string
  path: string
  headers: Record<string, string>
  body?: string | Uint8Array
}

const ANALYSIS = ['analyze', 'clean', 'readability', 'keywords', 'topics', 'stance'].map(
  (name) => `/v1/${name}`,
)
const SOURCES = [
  'ghost',
  'wordpress',
  'woocommerce',
  'wpcom',
  'contentful',
  'sanity',
  'strapi',
  'storyblok',
  'prismic',
  'directus',
  'payload',
  'standard',
  'nonesuch',
]

/** Every route the service has, and a few it has not. */
const pathArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ANALYSIS) },
  { weight: 2, arbitrary: fc.constantFrom(...SOURCES).map((source) => `/v1/webhooks/${source}`) },
  { weight: 1, arbitrary: fc.constantFrom(...SOURCES).map((source) => `/webhooks/${source}`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('/v1/results', '/v1/jobs'),
        fc.oneof(fc.constant(''), fc.string({ maxLength: 40 })),
        fc.oneof(fc.constant(''), fc.string({ maxLength: 40 })),
      )
      .map(([base, a, b]) =>
        [base, a, b]
          .filter(Boolean)
          .map((part, index) => (index === 0 ? part : encodeURIComponent(part)))
          .join('/'),
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('/v1/results', '/v1/jobs/x/items'), fc.string({ maxLength: 60 }))
      .map(([base, query]) => `${base}?${query}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('/health', '/', '/v1', '/v2/analyze', '/%00', '/..%2f') },
)

const mediaTypes = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=iso-8859-1',
    'text/plain',
    'text/plain; charset=utf-16',
    'text/html',
    'application/xhtml+xml',
    'application/x-ndjson',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'image/png',
    '',
    'application/vnd.api+json',
  ),
  fc.string({ maxLength: 30 }),
)

/** Units that, repeated, make text no article holds: every shape that once broke a text pipeline. */
export const TEXT_UNITS = [
  'x',
  'word ',
  '.',
  '!?;:,',
  '\u0000',
  '\uD800',
  '\uDFFF',
  'שלום ',
  'مرحبا ',
  '你好',
  '😀',
  '\u202E',
  '\u00AD',
  '\r\n',
  '\n',
  'a.',
  "'",
  '-',
  'The ministry invited the union to talks. ',
  'Mr. ',
  'U.S. ',
  '1',
  ' ',
]

/** Text no article holds: every shape that once broke a text pipeline somewhere. */
const adversarialText = (maxSize: number) =>
  fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc
      .tuple(
        fc.constantFrom(...TEXT_UNITS),
        fc.integer({ min: 1, max: maxSize }),
        // What follows a run matters: a run of full stops then a letter was once quadratic.
        fc.constantFrom('', 'x', '"}', ' ', '\n'),
      )
      .map(([unit, size, tail]) => unit.repeat(Math.max(1, Math.floor(size / unit.length))) + tail),
  )

/** HTML shapes that cost parsers time: depth, many small elements, huge attributes, JSON-LD. */
export const HTML_SHAPES = [
  'nested',
  'breaks',
  'empty',
  'attribute',
  'jsonLdArray',
  'jsonLdDeep',
  'jsonLdToken',
  'comments',
  'unclosed',
  'table',
  'entities',
  'script',
] as const

/** One of {@link HTML_SHAPES} at about `size` characters, with `text` where text goes. */
export function htmlShape(shape: (typeof HTML_SHAPES)[number], size: number, text = ''): string {
  const n = (unit: number) => Math.max(1, Math.floor(size / unit))
  const safe = text.replace(/[<&"]/g, ' ')
  switch (shape) {
    case 'nested':
      return '<div>'.repeat(n(5)) + safe
    case 'breaks':
      return `<p>${'word<br>'.repeat(n(8))}</p>`
    case 'empty':
      return '<span></span><b></b>'.repeat(n(20)) + `<p>${safe}</p>`
    case 'attribute':
      return `<p class="${'a '.repeat(n(2))}" data-x="${safe}">${safe}</p>`
    case 'jsonLdArray':
      return `<script type="application/ld+json">[${'1,'.repeat(n(2))}1]</script><p>${safe}</p>`
    case 'jsonLdDeep':
      return `<script type="application/ld+json">${'['.repeat(n(2))}${']'.repeat(n(2))}</script><p>x</p>`
    case 'jsonLdToken':
      return `<script type="application/ld+json">{"headline":"${'x'.repeat(n(1))}","author":{"name":"${'y'.repeat(n(2))}"},"articleBody":"${'z'.repeat(n(2))}"}</script><p>${safe}</p>`
    case 'comments':
      return '<!--'.repeat(n(4)) + safe
    case 'unclosed':
      return '<p><a href="'.repeat(n(12)) + safe
    case 'table':
      return `<table>${'<tr><td>a</td><td></td></tr>'.repeat(n(28))}</table>`
    case 'entities':
      return `<p>${'&amp;&#x0;&#xD800;&bogus;&#99999999;'.repeat(n(36))}</p>`
    default:
      return `<script>${'x'.repeat(n(1))}</script><style>${safe}</style>`
  }
}

const pathologicalHtml = (maxSize: number) =>
  fc
    .tuple(
      fc.constantFrom(...HTML_SHAPES),
      fc.integer({ min: 1, max: maxSize }),
      fc.string({ maxLength: 40 }),
    )
    .map(([shape, size, text]) => htmlShape(shape, size, text))

/** JSON values, deep and wide, including ones no schema expects. */
const wildJson = fc.oneof(
  fc.json({ maxDepth: 6 }),
  fc.integer({ min: 1, max: 5000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: 1, max: 5000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  fc.integer({ min: 1, max: 5000 }).map((depth) => '['.repeat(depth)),
  fc.string({ maxLength: 100 }),
)

/** An analysis body: the fields the API reads, filled with anything. */
const analysisJson = (maxSize: number) =>
  fc
    .record(
      {
        text: fc.oneof(adversarialText(maxSize), fc.anything()),
        html: fc.oneof(pathologicalHtml(maxSize), fc.anything()),
        title: fc.oneof(adversarialText(maxSize), fc.anything()),
        url: fc.oneof(fc.webUrl(), fc.anything()),
        id: fc.anything(),
        options: fc.oneof(
          fc.record(
            {
              wordsPerMinute: fc.oneof(fc.double(), fc.anything()),
              maxKeywords: fc.oneof(fc.double(), fc.anything()),
              maxTopics: fc.oneof(fc.integer(), fc.anything()),
              hardestSentences: fc.oneof(fc.double(), fc.anything()),
              compat: fc.oneof(fc.constantFrom('textstat', 'published'), fc.anything()),
              assumeClean: fc.anything(),
            },
            { requiredKeys: [] },
          ),
          fc.anything(),
        ),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value) ?? 'null')

/** A body and the name of the generator that made it. */
interface TaggedBody {
  kind: string
  body: string | Uint8Array
}

const tagged = (kind: string, body: string | Uint8Array): TaggedBody => ({ kind, body })

const bodies = (maxSize: number): fc.Arbitrary<TaggedBody> =>
  fc.oneof(
    { weight: 4, arbitrary: analysisJson(maxSize).map((body) => tagged('json', body)) },
    {
      weight: 3,
      arbitrary: fc
        .oneof(
          adversarialText(maxSize).map((text) => ({ text })),
          pathologicalHtml(maxSize).map((html) => ({ html })),
        )
        .map((value) => tagged('article', JSON.stringify(value))),
    },
    { weight: 2, arbitrary: pathologicalHtml(maxSize).map((html) => tagged('html', html)) },
    { weight: 2, arbitrary: adversarialText(maxSize).map((text) => tagged('text', text)) },
    { weight: 2, arbitrary: wildJson.map((body) => tagged('wildJson', body)) },
    {
      weight: 1,
      arbitrary: fc.uint8Array({ maxLength: 4096 }).map((bytes) => tagged('bytes', bytes)),
    },
  )

const headerValue = fc.oneof(
  fc.string({ maxLength: 80 }).map((value) => value.replace(/[\r\n\0]/g, '')),
  fc.constantFrom(
    'Bearer ',
    'Bearer x y',
    'Basic YTpi',
    'bearer wrong-key-000',
    'v1,abc',
    't=1,v1=ab',
  ),
)

/** Random requests at every route: method, path, content type, headers and body. */
export const fuzzRequest = (options: { maxSize: number; authorization?: string }) =>
  fc
    .record({
      method: fc.oneof(
        { weight: 8, arbitrary: fc.constant('POST') },
        { weight: 2, arbitrary: fc.constant('GET') },
        { weight: 1, arbitrary: fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD') },
      ),
      path: pathArbitrary,
      type: mediaTypes,
      body: bodies(options.maxSize),
      keyed: fc.boolean(),
      extra: fc.dictionary(
        fc.constantFrom(
          'x-request-id',
          'origin',
          'content-encoding',
          'webhook-id',
          'webhook-signature',
          'webhook-timestamp',
          'x-ghost-signature',
          'x-hub-signature-256',
          'authorization',
          'accept-charset',
        ),
        headerValue,
        { maxKeys: 3 },
      ),
    })
    .map(({ method, path, type, body: { kind, body }, keyed, extra }): FuzzRequest => {
      const headers: Record<string, string> = { ...extra }
      if (type) headers['content-type'] = type
      if (keyed && options.authorization) headers.authorization = options.authorization
      const hasBody = method !== 'GET' && method !== 'HEAD'
      return { kind, method, path, headers, ...(hasBody ? { body } : {}) }
    })

/** The byte length of a request body. */
export const bodyBytes = (body: FuzzRequest['body']): number =>
  body === undefined
    ? 0
    : typeof body === 'string'
      ? new TextEncoder().encode(body).byteLength
      : body.byteLength

/** Time allowed for a request: 1 s per MB of body, and a floor for the fixed cost of a request. */
export const timeBudgetMs = (bytes: number, floorMs: number) =>
  Math.max(floorMs, (bytes / 1_048_576) * 1000)

/**
 * What must hold for every reply: no 5xx, every error a problem+json whose `status` is the
 * reply's, and no answer slower than the time budget. Returns what does not hold.
 */
export function violations(
  request: FuzzRequest,
  reply: { status: number; contentType: string; text: string; elapsedMs: number },
  floorMs: number,
): string[] {
  const found: string[] = []
  if (reply.status >= 500) found.push(`status ${reply.status}`)
  if (reply.status >= 400 && request.method !== 'HEAD') {
    if (!reply.contentType.startsWith('application/problem+json'))
      found.push(`error without problem+json (${reply.contentType})`)
    else {
      try {
        const problem = JSON.parse(reply.text) as { status?: unknown; detail?: unknown }
        if (problem.status !== reply.status) found.push('problem status differs from the reply')
        if (typeof problem.detail !== 'string') found.push('problem without detail')
      } catch {
        found.push('problem body is not JSON')
      }
    }
  }
  const budget = timeBudgetMs(bodyBytes(request.body), floorMs)
  if (reply.elapsedMs > budget)
    found.push(`took ${Math.round(reply.elapsedMs)} ms, over ${Math.round(budget)} ms`)
  return found
}

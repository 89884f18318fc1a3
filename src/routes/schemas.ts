/**
 * @module
 * The API's shapes as zod schemas: the request schemas validate what `POST /v1/*` reads, and
 * every schema here describes the API in `GET /openapi.json` (src/routes/openapi.ts), so the
 * document cannot drift from what the code accepts.
 */
import { z } from '@hono/zod-openapi'

/** Which readability numbers: the formulas as published, or Python textstat 0.7.11's. */
export const CompatSchema = z.enum(['published', 'textstat'])

/** Numeric options and their ranges (reading speed: Brysbaert 2019's span, with room). */
export const AnalyzeOptionsSchema = z
  .object({
    compat: CompatSchema.optional().openapi({
      description: 'Formulas as published (default), or Python textstat 0.7.11 numbers.',
    }),
    wordsPerMinute: z
      .number()
      .min(50)
      .max(1500)
      .optional()
      .openapi({ description: 'Reading speed for `readingTimeSeconds` (default 238).' }),
    maxKeywords: z
      .number()
      .int()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: 'Default 10.' }),
    maxTopics: z.number().int().min(1).max(100).optional().openapi({ description: 'Default 5.' }),
    minTopicScore: z.number().min(0).max(1).optional().openapi({
      description:
        'Lowest score a topic needs to be returned, as a share of all topic evidence. Default 0.08.',
    }),
    hardestSentences: z
      .number()
      .int()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: 'Default 5.' }),
    assumeClean: z
      .boolean()
      .optional()
      .openapi({ description: 'Skip boilerplate removal on text known to be clean.' }),
  })
  .openapi('AnalyzeOptions')

const optionalString = z.string().nullish()

/** A JSON analysis request: exactly one of `text` or `html`. */
export const ArticleRequestSchema = z
  .object({
    text: optionalString.openapi({ description: 'Plain text, clean or scraped from a page.' }),
    html: optionalString.openapi({ description: 'An HTML page or fragment.' }),
    title: optionalString,
    url: optionalString,
    id: optionalString.openapi({ description: 'Your id; otherwise a hash of the clean text.' }),
    options: AnalyzeOptionsSchema.optional(),
  })
  .refine((value) => (value.text == null) !== (value.html == null), {
    message: 'Send exactly one of "text" or "html".',
    path: [],
  })
  .openapi('ArticleRequest', {
    example: {
      text: 'The United States invited China to join the talks in Geneva. Beijing did not respond.',
      title: 'Talks in Geneva',
    },
  })

export type ArticleRequest = z.infer<typeof ArticleRequestSchema>

/** An RFC 9457 problem document: every error the API answers. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: '/problems/invalid-request' }),
    title: z.string().openapi({ example: 'Invalid request' }),
    status: z.number().int().openapi({ example: 422 }),
    detail: z.string().openapi({ example: 'Send exactly one of "text" or "html".' }),
  })
  .catchall(z.unknown())
  .openapi('Problem')

const SpanFields = { start: z.number().int(), end: z.number().int() }

export const CleanSchema = z
  .object({
    title: z.string().nullable(),
    text: z.string().openapi({ description: 'Paragraphs separated by a blank line.' }),
    paragraphs: z.number().int(),
    removed: z.record(z.string(), z.number().int()).openapi({ description: 'Dropped, by reason.' }),
    byline: z.string().nullish(),
    dateline: z.string().nullish(),
    published: z.string().nullish(),
    source: z.enum(['html', 'text', 'clean']),
    warnings: z
      .array(
        z.object({
          code: z.enum(['no-text', 'no-paragraphs', 'article-body', 'hidden-text']),
          message: z.string(),
        }),
      )
      .openapi({
        description:
          'Why the text may not be the article: `no-paragraphs` (nothing looked like a paragraph; the text is the longer blocks), `article-body` (the JSON-LD articleBody was used), `hidden-text` (nothing shows without scripts; the text is what the page hides), `no-text`.',
      }),
  })
  .openapi('Clean')

export const StatsSchema = z
  .record(z.string(), z.number())
  .openapi('Stats', { description: 'Counts: characters, words, sentences, syllables, ...' })

const grade = z.number().nullable()

export const ReadabilitySchema = z
  .object({
    fleschReadingEase: grade,
    fleschKincaidGrade: grade,
    gunningFog: grade,
    smog: grade,
    colemanLiau: grade,
    automatedReadabilityIndex: grade,
    daleChall: grade,
    linsearWrite: grade,
    consensusGrade: grade,
    readingTimeSeconds: z.number(),
    hardestSentences: z.array(
      z.object({ sentence: z.string(), grade: z.number(), words: z.number(), ...SpanFields }),
    ),
    sentences: z
      .array(z.object({ grade, words: z.number(), ...SpanFields }))
      .optional()
      .openapi({ description: 'The grade of every sentence, with its offsets in clean.text.' }),
    paragraphs: z.array(z.object({ grade, words: z.number(), ...SpanFields })).optional(),
    notApplicable: z.array(z.string()).optional(),
  })
  .catchall(z.unknown())
  .openapi('Readability', {
    description: 'Every formula (see docs/readability.md); a formula that does not apply is null.',
  })

export const KeywordSchema = z
  .object({
    term: z.string(),
    score: z.number(),
    count: z.number().int(),
    start: z.number().optional(),
  })
  .openapi('Keyword')

export const TopicSchema = z
  .object({
    id: z.string().openapi({ example: 'medtop:11000000' }),
    label: z.string(),
    score: z.number(),
    terms: z.array(z.string()).optional(),
  })
  .openapi('Topic', { description: 'An IPTC Media Topic.' })

const StanceLabelSchema = z.enum(['invited', 'accepted', 'declined', 'noResponse'])

export const StanceEventSchema = z
  .object({
    label: StanceLabelSchema,
    actor: z.string().nullable(),
    sentence: z.string(),
    cue: z.string().optional(),
    cameo: z.string().optional().openapi({ description: 'CAMEO event code.' }),
    rule: z.string().optional(),
    ...SpanFields,
  })
  .openapi('StanceEvent', { description: 'One event; start and end are offsets in clean.text.' })

const StanceCountsFields = {
  invited: z.number().int(),
  accepted: z.number().int(),
  declined: z.number().int(),
  noResponse: z.number().int(),
}

export const StanceSchema = z
  .object({
    counts: z.object(StanceCountsFields),
    actors: z.array(
      z.object({
        actor: z.string().openapi({ description: 'The party as the article first names it.' }),
        party: z.string().optional().openapi({
          description:
            'The party a metonym or short form stands for, when it differs from actor (Beijing -> China).',
          example: 'China',
        }),
        ...StanceCountsFields,
        evidence: z.array(StanceEventSchema),
      }),
    ),
    events: z.array(StanceEventSchema),
  })
  .openapi('Stance')

const header = { id: z.string(), version: z.string(), language: z.string() }

export const AnalysisSchema = z
  .object({
    ...header,
    clean: CleanSchema,
    stats: StatsSchema,
    readability: ReadabilitySchema,
    keywords: z.array(KeywordSchema),
    topics: z.array(TopicSchema),
    stance: StanceSchema,
  })
  .openapi('Analysis')

/** The slices the single-analysis routes answer with. */
export const SliceSchemas = {
  clean: z.object({ clean: CleanSchema }).openapi('CleanResponse'),
  readability: z
    .object({ ...header, readability: ReadabilitySchema, stats: StatsSchema })
    .openapi('ReadabilityResponse'),
  keywords: z.object({ ...header, keywords: z.array(KeywordSchema) }).openapi('KeywordsResponse'),
  topics: z.object({ ...header, topics: z.array(TopicSchema) }).openapi('TopicsResponse'),
  stance: z.object({ ...header, stance: StanceSchema }).openapi('StanceResponse'),
}

const DocumentFields = {
  source: z.string(),
  id: z.string(),
  status: z.enum(['stored', 'deleted', 'failed']),
  title: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string().nullable(),
  contentHash: z.string().nullable(),
  updatedAt: z.string().nullable(),
  changedAt: z.string(),
  result: z.string().openapi({ description: 'The path of the full result.' }),
}

export const HistoryEntrySchema = z
  .object({
    deliveryId: z.string(),
    action: z.enum(['upsert', 'fetch', 'delete']),
    status: z.string(),
    attempts: z.number().int(),
    contentHash: z.string().nullable(),
    error: z.string().nullable(),
    receivedAt: z.string(),
    finishedAt: z.string().nullable(),
    callback: z.string().nullable(),
    job: z.string().nullable(),
    key: z.string().nullable().openapi({ description: 'The API key name whose job asked for it.' }),
  })
  .openapi('HistoryEntry')

export const StoredResultSchema = z
  .object({
    ...DocumentFields,
    analysis: AnalysisSchema.nullable(),
    history: z.array(HistoryEntrySchema),
  })
  .openapi('StoredResult')

export const ChangeFeedSchema = z
  .object({
    items: z.array(z.object({ ...DocumentFields, analysis: AnalysisSchema.nullable().optional() })),
    nextCursor: z.string(),
    hasMore: z.boolean(),
  })
  .openapi('ChangeFeed')

export const JobCreatedSchema = z
  .object({
    id: z.string(),
    source: z.string(),
    total: z.number().int(),
    queued: z.number().int(),
    rejected: z.number().int(),
    status: z.string(),
  })
  .openapi('JobCreated')

export const JobStatusSchema = z
  .object({
    id: z.string(),
    source: z.string(),
    createdAt: z.string(),
    total: z.number().int(),
    done: z.number().int(),
    failed: z.number().int(),
    pending: z.number().int(),
    finished: z.boolean(),
    byStatus: z.record(z.string(), z.number().int()),
    failures: z.array(
      z.object({ docId: z.string(), deliveryId: z.string(), error: z.string().nullable() }),
    ),
  })
  .openapi('JobStatus')

export const WebhookAcceptedSchema = z
  .object({
    status: z.enum(['accepted', 'ignored']),
    event: z.string().nullish(),
    deliveryId: z.string().optional(),
    reason: z.string().optional(),
    deliveries: z
      .array(
        z.object({
          id: z.string(),
          document: z.string(),
          action: z.enum(['upsert', 'fetch', 'delete']),
          status: z.string(),
          duplicate: z.boolean(),
          result: z.string(),
        }),
      )
      .optional(),
  })
  .openapi('WebhookAccepted')

export const HealthSchema = z
  .object({ status: z.literal('ok'), version: z.string() })
  .openapi('Health')

/**
 * The first problem zod finds, as one sentence: `options.maxKeywords: Too big: expected number
 * to be <=100`.
 */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  const path = issue.path.map(String).join('.')
  return path ? `${path}: ${issue.message}` : issue.message
}

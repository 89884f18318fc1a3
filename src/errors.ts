/**
 * @module
 * Errors as RFC 9457 problem details (`application/problem+json`). Routes throw {@link Problem};
 * the app's one error handler turns it, or anything unexpected, into a response.
 */

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** The problem kinds the API can answer with; `type` is `/problems/<kind>`. */
const TITLES = {
  'malformed-json': [400, 'Malformed JSON'],
  'invalid-request': [422, 'Invalid request'],
  'empty-text': [422, 'Empty text'],
  'invalid-encoding': [422, 'Body is not valid UTF-8'],
  'binary-content': [422, 'Body looks like binary data, not text'],
  'payload-too-large': [413, 'Payload too large'],
  'unsupported-media-type': [415, 'Unsupported media type'],
  unauthorized: [401, 'Unauthorized'],
  'not-found': [404, 'Not found'],
  'method-not-allowed': [405, 'Method not allowed'],
  'too-many-requests': [429, 'Too many requests'],
  'internal-error': [500, 'Internal error'],
  'service-unavailable': [503, 'Service unavailable'],
} as const

export type ProblemKind = keyof typeof TITLES

export interface ProblemBody {
  type: string
  title: string
  status: number
  detail: string
  [extension: string]: unknown
}

/**
 * A request that cannot be served, with the detail a client needs to fix it.
 *
 * @example
 * throw new Problem('empty-text', 'The text is empty or only whitespace.')
 */
export class Problem extends Error {
  readonly kind: ProblemKind
  readonly status: number
  readonly extensions: Record<string, unknown>

  constructor(kind: ProblemKind, detail: string, extensions: Record<string, unknown> = {}) {
    super(detail)
    this.name = 'Problem'
    this.kind = kind
    this.status = TITLES[kind][0]
    this.extensions = extensions
  }

  toJSON(): ProblemBody {
    return {
      type: `/problems/${this.kind}`,
      title: TITLES[this.kind][1],
      status: this.status,
      detail: this.message,
      ...this.extensions,
    }
  }
}

/** A problem+json response; never echoes internals for 5xx. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem.toJSON()), {
    status: problem.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...headers },
  })
}

/**
 * @module
 * Reads an analysis request into an {@link ArticleInput}: a JSON body, or a raw `text/plain` or
 * `text/html` body. Every way a body can be wrong maps to one clear 4xx {@link Problem}.
 */
import { countStrayControls } from '../analysis/clean/normalize'
import type { ArticleInput, AnalyzeOptions } from '../analysis/types'
import { Problem } from '../errors'
import { decodeBody } from './body-encoding'
import { ArticleRequestSchema, CompatSchema, describeIssue } from './schemas'

/** The default largest body, in bytes, when `MAX_BODY_BYTES` is not set. */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024

const STRING_FIELDS = ['text', 'html', 'title', 'url', 'id'] as const
const COMPAT_MODES: ReadonlySet<string> = new Set(CompatSchema.options)

/**
 * Parses and validates the body of an analysis request.
 *
 * @param request - the incoming request (its body is consumed)
 * @param maxBytes - largest accepted body; larger ones get 413 without being read whole
 * @param query - URL query parameters that override options (`compat`)
 */
export async function readArticle(
  request: Request,
  maxBytes: number,
  query: URLSearchParams,
): Promise<ArticleInput> {
  const contentType = request.headers.get('content-type') ?? ''
  const mediaType = contentType.split(';')[0].trim().toLowerCase()
  const kind =
    mediaType === 'application/json' || mediaType.endsWith('+json')
      ? 'json'
      : mediaType === 'text/plain' || mediaType === ''
        ? 'text'
        : mediaType === 'text/html' || mediaType === 'application/xhtml+xml'
          ? 'html'
          : null
  if (!kind) {
    throw new Problem(
      'unsupported-media-type',
      `Content-Type "${mediaType}" is not supported. Send application/json, text/plain or text/html.`,
    )
  }
  const body = decodeBody(await readBodyLimited(request, maxBytes), kind, contentType)

  let input: ArticleInput
  if (kind === 'json') input = parseJsonInput(body)
  else {
    input = kind === 'html' ? { html: body } : { text: body }
    const title = query.get('title')
    if (title) input.title = title
  }
  const compat = query.get('compat')
  if (compat !== null) {
    if (!COMPAT_MODES.has(compat))
      throw new Problem(
        'invalid-request',
        `compat must be one of: ${[...COMPAT_MODES].join(', ')}.`,
      )
    input.options = { ...input.options, compat: compat as AnalyzeOptions['compat'] }
  }
  const content = input.text ?? input.html ?? ''
  if (!content.trim())
    throw new Problem(
      'empty-text',
      `The ${input.text !== undefined ? 'text' : 'html'} is empty or only whitespace.`,
    )
  rejectBinary(content)
  return input
}

/**
 * Bodies up to this size are read to the end and dropped after a 413, so a client still sending
 * gets the 413 instead of a reset connection. Dropping chunks copies nothing, so it costs I/O
 * wait, not CPU; anything larger is cut off.
 */
const DRAIN_LIMIT_BYTES = 32 * 1024 * 1024

/** Reads the body as bytes, stopping with 413 as soon as it passes `maxBytes`. */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) {
    // Past the drain limit reading part of it helps nobody: the client gets a reset either way.
    if (request.body)
      await discard(request.body.getReader(), declared > DRAIN_LIMIT_BYTES ? Infinity : 0)
    throw tooLarge(maxBytes)
  }
  if (!request.body) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await discard(reader, size)
      throw tooLarge(maxBytes)
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

/** Reads and drops the rest of a body, up to {@link DRAIN_LIMIT_BYTES} in all; cancels past that. */
async function discard(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  alreadyRead: number,
): Promise<void> {
  let size = alreadyRead
  try {
    while (size <= DRAIN_LIMIT_BYTES) {
      const { done, value } = await reader.read()
      if (done) return
      size += value.byteLength
    }
    await reader.cancel()
  } catch {
    // the client went away; the 413 is still the answer
  }
}

const tooLarge = (maxBytes: number) =>
  new Problem('payload-too-large', `The body is larger than the limit of ${maxBytes} bytes.`, {
    limit: maxBytes,
  })

// Control characters (NUL and the C0 controls but tab, newline, form feed and carriage return)
// are not text. Pages carry a few (ad blocks, pasted copy), and the cleaner drops those; a body
// in which they are more than one character in a hundred is a file sent by mistake (or UTF-16,
// half NULs).
function rejectBinary(content: string): void {
  const sample = content.length > 65_536 ? content.slice(0, 65_536) : content
  const controls = countStrayControls(sample)
  if (controls >= 4 && controls / sample.length > 0.01) {
    throw new Problem(
      'binary-content',
      'The body contains control characters found in binary files, not in text.',
    )
  }
}

function parseJsonInput(body: string): ArticleInput {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    throw new Problem('malformed-json', `The body is not valid JSON: ${(error as Error).message}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Problem('invalid-request', 'The JSON body must be an object such as {"text": "..."}.')
  }
  // The same schema describes the request in /openapi.json.
  const parsed = ArticleRequestSchema.safeParse(value)
  if (!parsed.success) throw new Problem('invalid-request', describeIssue(parsed.error))
  const input: ArticleInput = {}
  for (const field of STRING_FIELDS) {
    const v = parsed.data[field]
    if (typeof v === 'string') input[field] = v
  }
  if (parsed.data.options) input.options = parsed.data.options
  return input
}

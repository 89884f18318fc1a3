/**
 * @module
 * Reading untrusted webhook JSON without `any`: narrowing helpers, and the field names CMS
 * content models commonly use for a title, a body and a URL.
 */
import { Problem } from '../errors'
import { parseHttpUrl } from '../config'

export type JsonRecord = Record<string, unknown>

export const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const asRecord = (value: unknown): JsonRecord => (isRecord(value) ? value : {})

/** A non-empty string, or a finite number as a string (WordPress and Strapi ids are numbers). */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim()
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

export const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : undefined

/** The first of `names` that holds a non-empty string. */
export function firstString(record: JsonRecord, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = stringOf(record[name])
    if (value) return value
  }
  return undefined
}

/** Title fields in the order content models name them. */
export const TITLE_FIELDS = ['title', 'headline', 'name', 'heading'] as const
/** Body fields in the order content models name them. */
export const BODY_FIELDS = [
  'body',
  'content',
  'articleBody',
  'article_body',
  'text',
  'html',
  'richText',
  'rich_text',
] as const
export const URL_FIELDS = ['url', 'link', 'permalink', 'canonicalUrl', 'canonical_url'] as const

/** Parses a JSON body, or answers 400 malformed-json. */
export function parseJsonBody(body: string): JsonRecord {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch (error) {
    throw new Problem(
      'malformed-json',
      `The webhook body is not valid JSON: ${(error as Error).message}`,
    )
  }
  if (!isRecord(parsed))
    throw new Problem('invalid-request', 'The webhook body must be a JSON object.')
  return parsed
}

/** A required document id, or 422 naming where it was looked for. */
export function requireId(value: unknown, where: string): string {
  const id = idOf(value)
  if (!id) throw new Problem('invalid-request', `The delivery has no document id (${where}).`)
  return id
}

/** `en-US` → `en-US`; anything that is not a language tag → undefined. */
export function languageTag(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(value)
    ? value.replace('_', '-')
    : undefined
}

/** The first of the URL fields of a record that holds an absolute http(s) URL. */
export function firstUrl(
  record: JsonRecord,
  names: readonly string[] = URL_FIELDS,
): string | undefined {
  for (const name of names) {
    const url = httpUrl(record[name])
    if (url) return url
  }
  return undefined
}

/** A URL when the value is an absolute http(s) URL. */
export function httpUrl(value: unknown): string | undefined {
  return parseHttpUrl(value)?.href
}

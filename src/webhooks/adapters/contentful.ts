/**
 * @module
 * Contentful webhooks. `X-Contentful-Topic: ContentManagement.Entry.publish` carries the entry
 * with locale-keyed fields (`fields.title['en-US']`), the body a Rich Text document;
 * `Entry.unpublish`, `Entry.archive` and `Entry.delete` carry only `sys` and remove the result.
 * Sources: contentful.com/developers/docs/webhooks/ (topics, payloads), `@contentful/rich-text-types`.
 */
import { contentfulRichTextToHtml, markdownToHtml } from '../bodies/index'
import {
  ignoredDelivery,
  removal,
  upsert,
  type ArticleDraft,
  type ParsedDelivery,
  type WebhookAdapter,
} from '../adapter'
import {
  asRecord,
  BODY_FIELDS,
  httpUrl,
  isRecord,
  languageTag,
  parseJsonBody,
  requireId,
  stringOf,
  TITLE_FIELDS,
  URL_FIELDS,
  type JsonRecord,
} from '../fields'
import { contentfulSignature } from '../schemes/contentful'

const REMOVING = /\.(?:unpublish|archive|delete)$/

/** The entry's locale: the title field's first (Contentful lists the default locale first). */
function localeOf(fields: JsonRecord): string | undefined {
  for (const name of TITLE_FIELDS) {
    const localized = fields[name]
    if (isRecord(localized)) return Object.keys(localized)[0]
  }
  for (const value of Object.values(fields)) if (isRecord(value)) return Object.keys(value)[0]
  return undefined
}

function article(fields: JsonRecord, locale: string | undefined, updatedAt?: string): ArticleDraft {
  const value = (name: string) => (locale ? asRecord(fields[name])[locale] : undefined)
  const title = TITLE_FIELDS.map(value).find((v) => stringOf(v))
  let html: string | undefined
  for (const name of [...BODY_FIELDS, ...Object.keys(fields)]) {
    const field = value(name)
    if (isRecord(field) && field.nodeType === 'document') html = contentfulRichTextToHtml(field)
    else if (BODY_FIELDS.includes(name as (typeof BODY_FIELDS)[number]) && stringOf(field))
      html = markdownToHtml(String(field)) // Contentful long text fields are Markdown
    if (html) break
  }
  return {
    title: stringOf(title),
    url: URL_FIELDS.map(value).map(httpUrl).find(Boolean),
    updatedAt,
    language: languageTag(locale),
    html: html ?? '',
  }
}

export const contentfulAdapter: WebhookAdapter = {
  source: 'contentful',
  label: 'Contentful',
  scheme: contentfulSignature,
  parse(request): ParsedDelivery {
    const body = parseJsonBody(request.body)
    const sys = asRecord(body.sys)
    const event =
      request.headers.get('x-contentful-topic') ??
      `ContentManagement.${stringOf(sys.type) ?? 'Entry'}`
    const docId = requireId(sys.id, 'sys.id')
    if (REMOVING.test(event) || /^Deleted/.test(stringOf(sys.type) ?? ''))
      return removal(event, docId)
    if (!/\.Entry\.publish$/.test(event))
      return ignoredDelivery(event, `${event} is not a publication; subscribe to Entry.publish.`)
    const fields = asRecord(body.fields)
    return upsert(event, docId, article(fields, localeOf(fields), stringOf(sys.updatedAt)))
  },
}

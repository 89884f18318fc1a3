/**
 * @module
 * Prismic webhooks: one `api-update` body for every content change, listing changed document ids
 * and the new `masterRef`, with the configured secret inside the body (no HMAC). The consumer
 * queries each document with that ref from the Content API (`CMS_URL_PRISMIC`, e.g.
 * `https://<repo>.cdn.prismic.io/api/v2`); a document that is no longer there was unpublished.
 * The payload's own `apiUrl` is never fetched. Sources: prismic.io/docs/webhooks,
 * prismic.io/docs/rest-api-technical-reference.
 */
import { prismicRichTextToHtml, prismicTextOf } from '../bodies/index'
import { ignoredDelivery, type ParsedDelivery, type WebhookAdapter } from '../adapter'
import { getJson } from '../cms-api'
import {
  asRecord,
  BODY_FIELDS,
  httpUrl,
  idOf,
  isRecord,
  languageTag,
  parseJsonBody,
  stringOf,
  TITLE_FIELDS,
} from '../fields'
import { bodyField, sharedTokenScheme } from '../schemes/shared-token'

const isRichText = (value: unknown): value is unknown[] =>
  Array.isArray(value) && value.some((block) => isRecord(block) && typeof block.text === 'string')

export const prismicAdapter: WebhookAdapter = {
  source: 'prismic',
  label: 'Prismic',
  scheme: sharedTokenScheme('body-secret', bodyField('secret'), 'the body\'s "secret" field'),
  parse(request): ParsedDelivery {
    const body = parseJsonBody(request.body)
    const event = stringOf(body.type) ?? 'api-update'
    if (event !== 'api-update') return ignoredDelivery(event, `${event} is not a content change.`)
    const masterRef = stringOf(body.masterRef)
    const ids = Array.isArray(body.documents)
      ? body.documents.map(idOf).filter((id) => id !== undefined)
      : []
    if (!masterRef || ids.length === 0)
      return ignoredDelivery(event, 'The update lists no documents.')
    return {
      event,
      changes: ids.map((docId) => ({ action: 'fetch', docId, reference: { ref: masterRef } })),
    }
  },
  async fetchDocument(change, cms) {
    const answer = asRecord(
      await getJson(cms, 'documents/search', {
        query: {
          ref: change.reference.ref ?? '',
          q: `[[at(document.id,"${change.docId.replace(/"/g, '')}")]]`,
        },
        tokenIn: { query: 'access_token' },
      }),
    )
    const document = Array.isArray(answer.results) ? asRecord(answer.results[0]) : {}
    if (!Object.keys(document).length) return null
    const data = asRecord(document.data)
    const title = TITLE_FIELDS.map((name) => data[name]).find((v) => isRichText(v) || stringOf(v))
    const richText = [...BODY_FIELDS, ...Object.keys(data)]
      .filter((name) => !TITLE_FIELDS.includes(name as (typeof TITLE_FIELDS)[number]))
      .map((name) => data[name])
      .find(isRichText)
    return {
      title: isRichText(title) ? prismicTextOf(title) : stringOf(title),
      url: httpUrl(document.url),
      updatedAt: stringOf(document.last_publication_date),
      language: languageTag(stringOf(document.lang)?.split('-')[0]),
      html: richText ? prismicRichTextToHtml(richText) : '',
    }
  },
}

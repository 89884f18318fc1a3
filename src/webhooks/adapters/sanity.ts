/**
 * @module
 * Sanity GROQ-powered webhooks. The body is the projection you configure (or the whole
 * document); `sanity-operation` says create, update or delete; `idempotency-key` identifies the
 * delivery. Bodies are Portable Text. Drafts (`drafts.` ids) are not articles yet.
 * Source: sanity.io/docs/content-lake/webhooks.
 */
import { portableTextToHtml } from '../bodies/index'
import {
  upsert,
  removal,
  ignoredDelivery,
  type ParsedDelivery,
  type WebhookAdapter,
} from '../adapter'
import {
  asRecord,
  BODY_FIELDS,
  firstString,
  isRecord,
  languageTag,
  parseJsonBody,
  requireId,
  stringOf,
  TITLE_FIELDS,
  firstUrl,
} from '../fields'
import { sanitySignature } from '../schemes/sanity'

const isPortableText = (value: unknown): value is unknown[] =>
  Array.isArray(value) && value.some((block) => isRecord(block) && block._type === 'block')

export const sanityAdapter: WebhookAdapter = {
  source: 'sanity',
  label: 'Sanity',
  scheme: sanitySignature,
  deliveryId: (request) => request.headers.get('idempotency-key'),
  parse(request): ParsedDelivery {
    const body = parseJsonBody(request.body)
    const operation =
      request.headers.get('sanity-operation') ??
      stringOf(body.op) ??
      stringOf(body.operation) ??
      'update'
    const event = `document.${operation}`
    const docId = requireId(body._id ?? request.headers.get('sanity-document-id'), '_id')
    if (docId.startsWith('drafts.') || docId.startsWith('versions.'))
      return ignoredDelivery(event, 'Drafts and versions are not published documents.')
    if (operation === 'delete') return removal(event, docId)
    const bodyField = [...BODY_FIELDS, ...Object.keys(body)]
      .map((name) => body[name])
      .find(isPortableText)
    const text = bodyField ? undefined : firstString(body, BODY_FIELDS)
    return upsert(event, docId, {
      title: firstString(body, TITLE_FIELDS),
      url: firstUrl(body),
      updatedAt:
        stringOf(body._updatedAt) ?? request.headers.get('sanity-transaction-time') ?? undefined,
      language: languageTag(body.language ?? body.lang ?? asRecord(body.i18n).lang),
      ...(bodyField ? { html: portableTextToHtml(bodyField) } : { text: text ?? '' }),
    })
  },
}

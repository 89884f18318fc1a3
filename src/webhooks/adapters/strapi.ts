/**
 * @module
 * Strapi v4 and v5 webhooks (`X-Strapi-Event`: entry.create, entry.update, entry.publish,
 * entry.unpublish, entry.delete). Body `{ event, model, uid?, entry }`; v5 entries have a
 * `documentId` stable across draft and published rows, v4 ids are per content type (so the id is
 * `<model>:<id>`). Rich text is Markdown in v4, Blocks JSON in v5. Strapi does not sign: a shared
 * token in `Authorization: Bearer`. Sources: docs.strapi.io/cms/backend-customization/webhooks,
 * strapi/strapi `packages/core/core/src/services/webhook-runner.ts`.
 */
import { markdownToHtml, strapiBlocksToHtml } from '../bodies/index'
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
  idOf,
  languageTag,
  parseJsonBody,
  requireId,
  stringOf,
  TITLE_FIELDS,
  firstUrl,
} from '../fields'
import { bearerToken, sharedTokenScheme } from '../schemes/shared-token'

const REMOVING = new Set(['entry.unpublish', 'entry.delete'])

export const strapiAdapter: WebhookAdapter = {
  source: 'strapi',
  label: 'Strapi',
  scheme: sharedTokenScheme('bearer-token', bearerToken, 'Authorization: Bearer <token>'),
  parse(request): ParsedDelivery {
    const body = parseJsonBody(request.body)
    const event = request.headers.get('x-strapi-event') ?? stringOf(body.event) ?? 'entry.update'
    if (!event.startsWith('entry.')) return ignoredDelivery(event, `${event} is not about entries.`)
    const entry = asRecord(body.entry)
    const documentId = idOf(entry.documentId)
    const docId =
      documentId ?? `${stringOf(body.model) ?? 'entry'}:${requireId(entry.id, 'entry.id')}`
    if (REMOVING.has(event)) return removal(event, docId)
    // With Draft & Publish, a draft row has publishedAt null: not public yet.
    if ('publishedAt' in entry && entry.publishedAt === null)
      return ignoredDelivery(event, 'The entry is a draft.')
    if (event === 'entry.draft-discard') return ignoredDelivery(event, 'A discarded draft.')
    const field = BODY_FIELDS.map((name) => entry[name]).find(
      (value) => stringOf(value) || Array.isArray(value),
    )
    if (field === undefined)
      return ignoredDelivery(event, `The ${stringOf(body.model) ?? 'entry'} has no body field.`)
    return upsert(event, docId, {
      title: firstString(entry, TITLE_FIELDS),
      url: firstUrl(entry),
      updatedAt: stringOf(entry.updatedAt) ?? stringOf(body.createdAt),
      language: languageTag(entry.locale),
      html: Array.isArray(field) ? strapiBlocksToHtml(field) : markdownToHtml(String(field)),
    })
  },
}

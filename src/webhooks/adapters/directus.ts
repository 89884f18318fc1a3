/**
 * @module
 * Directus Flows (Event Hook trigger on items.create / items.update / items.delete, then a
 * "Webhook / Request URL" operation with body `{{$trigger}}`): `{ event, payload, key | keys,
 * collection }`. An update carries only the changed fields, so the consumer reads the item from
 * the Directus API (`CMS_URL_DIRECTUS`, `/items/<collection>/<key>`). WYSIWYG fields are HTML, the
 * Block Editor stores EditorJS JSON. No signing: a static `Authorization: Bearer` header.
 * Source: directus/directus `api/src/flows.ts`, directus.io/docs/guides/automate/triggers.
 */
import { editorJsToHtml } from '../bodies/index'
import {
  ignoredDelivery,
  type ArticleDraft,
  type ParsedDelivery,
  type WebhookAdapter,
} from '../adapter'
import { getJson } from '../cms-api'
import {
  asRecord,
  BODY_FIELDS,
  firstString,
  idOf,
  isRecord,
  languageTag,
  parseJsonBody,
  stringOf,
  TITLE_FIELDS,
  type JsonRecord,
  firstUrl,
} from '../fields'
import { bearerToken, sharedTokenScheme } from '../schemes/shared-token'

const isEditorJs = (value: unknown): value is JsonRecord =>
  isRecord(value) && Array.isArray(value.blocks)

/** An item as an article; `null` when a status field says it is not published. */
function itemArticle(item: JsonRecord): ArticleDraft | null {
  const status = stringOf(item.status)
  if (status && status !== 'published') return null
  const field = BODY_FIELDS.map((name) => item[name]).find(
    (value) => stringOf(value) || isEditorJs(value),
  )
  return {
    title: firstString(item, TITLE_FIELDS),
    url: firstUrl(item),
    updatedAt:
      stringOf(item.date_updated) ?? stringOf(item.date_published) ?? stringOf(item.date_created),
    language: languageTag(item.language ?? item.lang),
    html: isEditorJs(field) ? editorJsToHtml(field) : (stringOf(field) ?? ''),
  }
}

export const directusAdapter: WebhookAdapter = {
  source: 'directus',
  label: 'Directus',
  scheme: sharedTokenScheme('bearer-token', bearerToken, 'Authorization: Bearer <token>'),
  parse(request): ParsedDelivery {
    const body = parseJsonBody(request.body)
    const event = stringOf(body.event) ?? 'items.update'
    const collection = stringOf(body.collection) ?? event.split('.')[0]
    const operation = event.split('.').pop()
    const keys = (Array.isArray(body.keys) ? body.keys : [body.key])
      .map(idOf)
      .filter((k) => k !== undefined)
    if (operation === 'delete') {
      const deleted = Array.isArray(body.payload)
        ? body.payload.map(idOf).filter((k) => k !== undefined)
        : keys
      return { event, changes: deleted.map((docId) => ({ action: 'delete', docId })) }
    }
    if (operation !== 'create' && operation !== 'update')
      return ignoredDelivery(event, `${event} is not an item change.`)
    if (keys.length === 0) return ignoredDelivery(event, 'The trigger names no item key.')
    return {
      event,
      changes: keys.map((docId) => ({ action: 'fetch', docId, reference: { collection } })),
    }
  },
  async fetchDocument(change, cms) {
    const collection = change.reference.collection ?? 'articles'
    const answer = asRecord(
      await getJson(
        cms,
        `items/${encodeURIComponent(collection)}/${encodeURIComponent(change.docId)}`,
      ),
    )
    const item = asRecord(answer.data)
    return Object.keys(item).length ? itemArticle(item) : null
  },
}

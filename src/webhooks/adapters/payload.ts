/**
 * @module
 * Payload CMS 3 has no outgoing webhooks: the README gives the collection hooks to add
 * (afterChange, afterDelete), sending with Standard Webhooks signatures. Body `{ type, timestamp,
 * data: { collection, operation, doc } }`; the content is Lexical JSON. A published document
 * turned back into a draft is unpublished. Source: payloadcms.com/docs/hooks/collections.
 */
import { lexicalToHtml } from '../bodies/index'
import { upsert, removal, type ParsedDelivery, type WebhookAdapter } from '../adapter'
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
import { standardSignature } from '../schemes/standard'
import { REMOVING_TYPE } from './standard'

const isLexical = (value: unknown): boolean => isRecord(value) && isRecord(value.root)

export const payloadAdapter: WebhookAdapter = {
  source: 'payload',
  label: 'Payload CMS',
  scheme: standardSignature,
  deliveryId: (request) => request.headers.get('webhook-id'),
  parse(request): ParsedDelivery {
    const body = parseJsonBody(request.body)
    const event = stringOf(body.type) ?? 'document.changed'
    const data = asRecord(body.data)
    const doc = asRecord(data.doc)
    const docId = requireId(doc.id ?? data.id, 'data.doc.id')
    const status = stringOf(doc._status)
    if (REMOVING_TYPE.test(event) || data.operation === 'delete') return removal(event, docId)
    if (status && status !== 'published') return removal(event, docId)
    const field = BODY_FIELDS.map((name) => doc[name]).find(
      (value) => isLexical(value) || stringOf(value),
    )
    return upsert(event, docId, {
      title: firstString(doc, TITLE_FIELDS),
      url: firstUrl(doc),
      updatedAt: stringOf(doc.updatedAt) ?? stringOf(body.timestamp),
      language: languageTag(doc.locale ?? doc.language),
      html: isLexical(field) ? lexicalToHtml(field) : (stringOf(field) ?? ''),
    })
  },
}

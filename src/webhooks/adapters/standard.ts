/**
 * @module
 * Any sender that follows Standard Webhooks (standardwebhooks.com), with the envelope the spec
 * suggests: `{ type, timestamp, data }`, `data` being the article (`id`, `title`, `url`, `html` or
 * `text`, `language`, `updatedAt`). Types ending in `.deleted` or `.unpublished` remove it;
 * `webhook-id` identifies the delivery.
 */
import { upsert, removal, type ParsedDelivery, type WebhookAdapter } from '../adapter'
import {
  asRecord,
  firstString,
  languageTag,
  parseJsonBody,
  requireId,
  stringOf,
  TITLE_FIELDS,
  firstUrl,
} from '../fields'
import { standardSignature } from '../schemes/standard'

export const REMOVING_TYPE = /\.(?:deleted|unpublished|archived|trashed)$/

export const standardAdapter: WebhookAdapter = {
  source: 'standard',
  label: 'Standard Webhooks',
  scheme: standardSignature,
  deliveryId: (request) => request.headers.get('webhook-id'),
  parse(request): ParsedDelivery {
    const body = parseJsonBody(request.body)
    const event = stringOf(body.type) ?? 'article.published'
    const data = asRecord(body.data)
    const docId = requireId(data.id, 'data.id')
    if (REMOVING_TYPE.test(event)) return removal(event, docId)
    const html = stringOf(data.html)
    return upsert(event, docId, {
      title: firstString(data, TITLE_FIELDS),
      url: firstUrl(data),
      updatedAt: stringOf(data.updatedAt) ?? stringOf(data.updated_at) ?? stringOf(body.timestamp),
      language: languageTag(data.language ?? data.lang),
      ...(html ? { html } : { text: stringOf(data.text) ?? '' }),
    })
  },
}

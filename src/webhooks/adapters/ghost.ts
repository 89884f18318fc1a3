/**
 * @module
 * Ghost (Admin → Integrations → custom integration → webhooks). Body `{ event, post|page:
 * { current, previous } }`; `current` is the post with `html` and `plaintext`, empty on delete.
 * Source: TryGhost/Ghost `services/webhooks/serialize.js`, docs.ghost.org/webhooks.
 */
import { lexicalToHtml } from '../bodies/index'
import {
  upsert,
  removal,
  ignoredDelivery,
  type ParsedDelivery,
  type WebhookAdapter,
} from '../adapter'
import { asRecord, firstString, httpUrl, parseJsonBody, requireId, stringOf } from '../fields'
import { ghostSignature } from '../schemes/ghost'

/** Events after which the post is no longer public. */
const REMOVING = /\.(?:unpublished|deleted|unscheduled)$/

export const ghostAdapter: WebhookAdapter = {
  source: 'ghost',
  label: 'Ghost',
  scheme: ghostSignature,
  parse(request): ParsedDelivery {
    const body = parseJsonBody(request.body)
    const kind = body.page && !body.post ? 'page' : 'post'
    const wrapper = asRecord(body[kind])
    const current = asRecord(wrapper.current)
    const previous = asRecord(wrapper.previous)
    const event =
      stringOf(body.event) ?? `${kind}.${Object.keys(current).length ? 'edited' : 'deleted'}`
    const docId = requireId(current.id ?? previous.id, `${kind}.current.id`)
    if (REMOVING.test(event) || Object.keys(current).length === 0) return removal(event, docId)
    const status = stringOf(current.status)
    if (status && status !== 'published')
      return status === 'draft' && previous.status === 'published'
        ? removal(event, docId)
        : ignoredDelivery(event, `The ${kind} is ${status}, not published.`)
    const lexical = stringOf(current.lexical)
    return upsert(event, docId, {
      title: stringOf(current.title),
      url: httpUrl(current.url),
      updatedAt: stringOf(current.updated_at) ?? stringOf(current.published_at),
      language: firstString(current, ['locale', 'lang']),
      ...(stringOf(current.html)
        ? { html: String(current.html) }
        : lexical
          ? { html: lexicalToHtml(lexical) }
          : { text: stringOf(current.plaintext) ?? '' }),
    })
  },
}

/**
 * @module
 * WooCommerce webhooks with a custom "Action" topic (`action.publish_post`, ...): the body is only
 * `{ action, arg }`, `arg` being the post id, so the consumer reads the post from the WordPress
 * REST API (`CMS_URL_WOOCOMMERCE`, `/wp-json/wp/v2/posts/<id>`). Signed `X-WC-Webhook-Signature`
 * (base64 HMAC-SHA256 of the body); `X-WC-Webhook-Delivery-ID` identifies the delivery. Saving the
 * webhook sends an unsigned ping (`webhook_id=<id>`) that must get 200.
 * Source: woocommerce `includes/class-wc-webhook.php`.
 */
import { gutenbergToHtml } from '../bodies/index'
import { ignoredDelivery, removal, type ParsedDelivery, type WebhookAdapter } from '../adapter'
import { getJson } from '../cms-api'
import { asRecord, httpUrl, parseJsonBody, requireId, stringOf } from '../fields'
import { bodyHmacScheme } from '../schemes/hmac-body'
import { wordpressGmt } from './wordpress'

/** WordPress actions after which a post is gone or no longer public. */
const REMOVING_ACTIONS = new Set([
  'trashed_post',
  'wp_trash_post',
  'deleted_post',
  'delete_post',
  'before_delete_post',
  'unpublish_post',
])

/** Reads one post from the WordPress REST API; `null` when it is missing or not published. */
export async function fetchWordPressPost(
  docId: string,
  cms: Parameters<NonNullable<WebhookAdapter['fetchDocument']>>[1],
) {
  const post = asRecord(await getJson(cms, `wp-json/wp/v2/posts/${encodeURIComponent(docId)}`))
  if (!Object.keys(post).length || (stringOf(post.status) ?? 'publish') !== 'publish') return null
  const rendered = (field: unknown) => stringOf(asRecord(field).rendered)
  return {
    title: rendered(post.title),
    url: httpUrl(post.link),
    updatedAt: wordpressGmt(post.modified_gmt),
    html: gutenbergToHtml(rendered(post.content) ?? ''),
  }
}

export const woocommerceAdapter: WebhookAdapter = {
  source: 'woocommerce',
  label: 'WooCommerce',
  scheme: bodyHmacScheme({ header: 'x-wc-webhook-signature', hash: 'SHA-256', encoding: 'base64' }),
  isPing: (request) => /^webhook_id=\d+$/.test(request.body.trim()),
  deliveryId: (request) => request.headers.get('x-wc-webhook-delivery-id'),
  parse(request): ParsedDelivery {
    const body = parseJsonBody(request.body)
    const topic =
      request.headers.get('x-wc-webhook-topic') ?? `action.${stringOf(body.action) ?? ''}`
    const action = stringOf(body.action) ?? topic.replace(/^action\./, '')
    if (!topic.startsWith('action.'))
      return ignoredDelivery(topic, `Topic ${topic} is not about articles.`)
    const docId = requireId(typeof body.arg === 'object' ? asRecord(body.arg).ID : body.arg, 'arg')
    if (REMOVING_ACTIONS.has(action)) return removal(topic, docId)
    return { event: topic, changes: [{ action: 'fetch', docId, reference: {} }] }
  },
  fetchDocument: (change, cms) => fetchWordPressPost(change.docId, cms),
}

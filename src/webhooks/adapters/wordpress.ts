/**
 * @module
 * WordPress through the WP Webhooks plugin ("Send Data" triggers post_create, post_update,
 * post_delete, post_trash). Body `{ post_id, post: WP_Post, post_permalink, ... }`; the content is
 * Gutenberg block markup. Signed `X-WP-Webhook-Signature` (base64 HMAC-SHA256 of the body).
 * Source: Ironikus/wp-webhooks `core/includes/integrations/wordpress/triggers/post_create.php`.
 */
import { gutenbergToHtml } from '../bodies/index'
import { upsert, removal, type ParsedDelivery, type WebhookAdapter } from '../adapter'
import { asRecord, httpUrl, parseJsonBody, requireId, stringOf } from '../fields'
import { bodyHmacScheme } from '../schemes/hmac-body'

/** WordPress's `*_gmt` fields are `YYYY-MM-DD HH:MM:SS` in UTC. */
export function wordpressGmt(value: unknown): string | undefined {
  const text = stringOf(value)
  if (!text || text.startsWith('0000')) return undefined
  const iso = `${text.replace(' ', 'T')}Z`
  return Number.isNaN(Date.parse(iso)) ? undefined : new Date(iso).toISOString()
}

export const wordpressAdapter: WebhookAdapter = {
  source: 'wordpress',
  label: 'WordPress (WP Webhooks)',
  scheme: bodyHmacScheme({ header: 'x-wp-webhook-signature', hash: 'SHA-256', encoding: 'base64' }),
  parse(request): ParsedDelivery {
    const body = parseJsonBody(request.body)
    const post = asRecord(body.post)
    const docId = requireId(body.post_id ?? post.ID, 'post_id')
    const status = stringOf(post.post_status) ?? 'publish'
    const event = `post.${status}`
    // Trash, drafts and private posts are no longer public: their stored result goes.
    if (status !== 'publish') return removal(event, docId)
    return upsert(event, docId, {
      title: stringOf(post.post_title),
      url: httpUrl(body.post_permalink) ?? httpUrl(post.guid),
      updatedAt: wordpressGmt(post.post_modified_gmt) ?? wordpressGmt(post.post_date_gmt),
      html: gutenbergToHtml(stringOf(post.post_content) ?? ''),
    })
  },
}

/**
 * @module
 * WordPress.com's built-in webhooks (Settings → Webhooks, HookPress-based): a form-encoded body
 * with the fields the admin ticked (`ID`, `post_title`, `post_content`, `post_url`,
 * `post_status`, ...) plus `hook`. There is no signature: the URL carries a secret token
 * (`?token=`). Source: wordpress.com/support/webhooks.
 */
import { gutenbergToHtml } from '../bodies/index'
import { upsert, removal, type ParsedDelivery, type WebhookAdapter } from '../adapter'
import { httpUrl, requireId } from '../fields'
import { sharedTokenScheme, urlToken } from '../schemes/shared-token'
import { wordpressGmt } from './wordpress'

export const wpcomAdapter: WebhookAdapter = {
  source: 'wpcom',
  label: 'WordPress.com',
  scheme: sharedTokenScheme('url-token', urlToken, 'the token query parameter'),
  parse(request): ParsedDelivery {
    const form = new URLSearchParams(request.body)
    const event = form.get('hook') ?? 'publish_post'
    const docId = requireId(form.get('ID') ?? form.get('post_id'), 'ID')
    const status = form.get('post_status') ?? 'publish'
    if (status !== 'publish' || /trash|delete/.test(event)) return removal(event, docId)
    return upsert(event, docId, {
      title: form.get('post_title') ?? undefined,
      url: httpUrl(form.get('post_url')) ?? httpUrl(form.get('guid')),
      updatedAt:
        wordpressGmt(form.get('post_modified_gmt')) ?? wordpressGmt(form.get('post_date_gmt')),
      html: gutenbergToHtml(form.get('post_content') ?? ''),
    })
  },
}

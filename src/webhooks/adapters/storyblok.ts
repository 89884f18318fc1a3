/**
 * @module
 * Storyblok webhooks: a thin body `{ action, story_id, space_id, full_slug, text }`, signed
 * `webhook-signature` (hex HMAC-SHA1 of the body). The consumer reads the published story from
 * the Content Delivery API (`CMS_URL_STORYBLOK`, e.g. `https://api.storyblok.com`,
 * `/v2/cdn/stories/<id>?version=published&token=`); its rich text fields are ProseMirror JSON.
 * Sources: storyblok.com/docs/concepts/webhooks, storyblok.com/docs/api/content-delivery/v2.
 */
import { prosemirrorToHtml } from '../bodies/index'
import { removal, ignoredDelivery, type ParsedDelivery, type WebhookAdapter } from '../adapter'
import { getJson } from '../cms-api'
import {
  asRecord,
  BODY_FIELDS,
  firstString,
  httpUrl,
  isRecord,
  languageTag,
  parseJsonBody,
  requireId,
  stringOf,
  TITLE_FIELDS,
  type JsonRecord,
} from '../fields'
import { bodyHmacScheme } from '../schemes/hmac-body'

const REMOVING = new Set(['unpublished', 'deleted'])
const FETCHING = new Set(['published', 'moved'])

const isRichText = (value: unknown): value is JsonRecord => isRecord(value) && value.type === 'doc'

export const storyblokAdapter: WebhookAdapter = {
  source: 'storyblok',
  label: 'Storyblok',
  scheme: bodyHmacScheme({ header: 'webhook-signature', hash: 'SHA-1', encoding: 'hex' }),
  parse(request): ParsedDelivery {
    const body = parseJsonBody(request.body)
    const action = stringOf(body.action) ?? ''
    const event = `story.${action}`
    if (!REMOVING.has(action) && !FETCHING.has(action))
      return ignoredDelivery(event, `Storyblok action "${action}" is not a publication.`)
    const docId = requireId(body.story_id, 'story_id')
    if (REMOVING.has(action)) return removal(event, docId)
    return { event, changes: [{ action: 'fetch', docId, reference: {} }] }
  },
  async fetchDocument(change, cms) {
    const answer = asRecord(
      await getJson(cms, `v2/cdn/stories/${encodeURIComponent(change.docId)}`, {
        query: { version: 'published', cv: String(Date.now()) },
        tokenIn: { query: 'token' },
      }),
    )
    const story = asRecord(answer.story)
    if (!Object.keys(story).length) return null
    const content = asRecord(story.content)
    const richText = [...BODY_FIELDS, ...Object.keys(content)]
      .map((name) => content[name])
      .find(isRichText)
    return {
      title: firstString(content, TITLE_FIELDS) ?? stringOf(story.name),
      url: httpUrl(content.url),
      updatedAt: stringOf(story.published_at) ?? stringOf(story.updated_at),
      language: story.lang === 'default' ? undefined : languageTag(story.lang),
      ...(richText
        ? { html: prosemirrorToHtml(richText) }
        : { text: firstString(content, BODY_FIELDS) ?? '' }),
    }
  },
}

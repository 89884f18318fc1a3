/**
 * Webhook deliveries as each CMS would send them, for an article we wrote, signed at test time
 * with node:crypto (independently of the code under test) under the secrets in vitest.config.ts.
 */
import { createHmac } from 'node:crypto'

/** The test secrets, also bound as WEBHOOK_SECRET_<S> in vitest.config.ts. */
export const TEST_SECRETS = {
  ghost: 'test-ghost-secret-4d1f',
  wordpress: 'test-wp-webhooks-secret-9a2c',
  woocommerce: 'test-woocommerce-secret-77e0',
  wpcom: 'test-wpcom-url-token-5b3e',
  contentful: 'ctfTestSigningSecret0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHI',
  sanity: 'test-sanity-secret-0c6d',
  strapi: 'test-strapi-token-1e8b',
  storyblok: 'test-storyblok-secret-3f4a',
  prismic: 'test-prismic-secret-8d2e',
  directus: 'test-directus-token-6a9f',
  payload: 'whsec_Y29weWRlc2stdGVzdC1wYXlsb2FkLWtleS0wMDAx',
  standard: 'whsec_Y29weWRlc2stdGVzdC1zdGFuZGFyZC1rZXktMDAwMQ==',
} as const

/** Signs the callbacks copydesk posts for Directus results (CALLBACK_SECRET_DIRECTUS). */
export const CALLBACK_SECRET = 'whsec_Y29weWRlc2stdGVzdC1jYWxsYmFjay1rZXktMDE='

export type TestSource = keyof typeof TEST_SECRETS

export const ARTICLE = {
  title: 'Transit Authority Invites Drivers Union to Timetable Talks',
  paragraphs: [
    'The regional transit authority invited the drivers union to join talks on the winter timetable on Monday, after three weeks of late and cancelled buses on the coast routes.',
    'The union declined the invitation, saying the authority had ignored its proposals on rest breaks since the spring.',
    'A spokesman for the city council did not respond to a request for comment on Tuesday.',
  ],
}

export interface Delivery {
  path: string
  headers: Record<string, string>
  body: string
}

const hmac = (
  algorithm: string,
  key: string | Buffer,
  message: string,
  encoding: 'hex' | 'base64' | 'base64url',
) => createHmac(algorithm, key).update(message).digest(encoding)

const html = (paragraphs = ARTICLE.paragraphs) => paragraphs.map((p) => `<p>${p}</p>`).join('\n')

export interface DeliveryOptions {
  id?: string
  /** Milliseconds since the epoch to sign at (default: now). */
  now?: number
  paragraphs?: string[]
  /** An event or action other than publishing, e.g. `post.unpublished`. */
  event?: string
  secret?: string
  updatedAt?: string
}

/** Signs a Standard Webhooks delivery (also Payload's, whose sender we document). */
export function standardHeaders(secret: string, id: string, body: string, nowMs: number) {
  const timestamp = String(Math.floor(nowMs / 1000))
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': timestamp,
    'webhook-signature': `v1,${hmac('sha256', key, `${id}.${timestamp}.${body}`, 'base64')}`,
  }
}

/** A delivery from `source` about document `id`, signed as that CMS signs. */
export function deliveryFrom(source: TestSource, options: DeliveryOptions = {}): Delivery {
  const now = options.now ?? Date.now()
  const secret = options.secret ?? TEST_SECRETS[source]
  const updatedAt = options.updatedAt ?? new Date(now).toISOString()
  const paragraphs = options.paragraphs ?? ARTICLE.paragraphs
  const path = `/v1/webhooks/${source}`
  switch (source) {
    case 'ghost': {
      const id = options.id ?? '6750aa11bb22cc33dd44ee55'
      const event = options.event ?? 'post.published'
      const removed = /unpublished|deleted/.test(event)
      const post = {
        id,
        title: ARTICLE.title,
        html: html(paragraphs),
        status: removed ? 'draft' : 'published',
        url: `https://news.example.test/${id}/`,
        updated_at: updatedAt,
      }
      const body = JSON.stringify({
        event,
        post: {
          current: event.endsWith('deleted') ? {} : post,
          previous: event.endsWith('deleted') ? post : { updated_at: updatedAt },
        },
      })
      return {
        path,
        body,
        headers: {
          'content-type': 'application/json',
          'x-ghost-signature': `sha256=${hmac('sha256', secret, body + now, 'hex')}, t=${now}`,
        },
      }
    }
    case 'wordpress': {
      const id = Number(options.id ?? 3101)
      const content = paragraphs
        .map((p) => `<!-- wp:paragraph -->\n<p>${p}</p>\n<!-- /wp:paragraph -->`)
        .join('\n\n')
      // PHP's json_encode escapes slashes: sign exactly those bytes.
      const body = JSON.stringify({
        post_id: id,
        post: {
          ID: id,
          post_title: ARTICLE.title,
          post_content: content,
          post_status: options.event ?? 'publish',
          post_modified_gmt: updatedAt.slice(0, 19).replace('T', ' '),
        },
        post_permalink: `https://news.example.test/?p=${id}`,
      }).replace(/\//g, '\\/')
      return {
        path,
        body,
        headers: {
          'content-type': 'application/json; charset=UTF-8',
          'x-wp-webhook-signature': hmac('sha256', secret, body, 'base64'),
        },
      }
    }
    case 'woocommerce': {
      const body = JSON.stringify({
        action: options.event ?? 'publish_post',
        arg: Number(options.id ?? 3102),
      })
      return {
        path,
        body,
        headers: {
          'content-type': 'application/json',
          'x-wc-webhook-topic': `action.${options.event ?? 'publish_post'}`,
          'x-wc-webhook-delivery-id': `wc-${options.id ?? 3102}-${now}`,
          'x-wc-webhook-signature': hmac('sha256', secret, body, 'base64'),
        },
      }
    }
    case 'wpcom': {
      const form = new URLSearchParams({
        hook: 'publish_post',
        ID: options.id ?? '3103',
        post_title: ARTICLE.title,
        post_url: 'https://news.example.test/transit-talks/',
        post_status: options.event ?? 'publish',
        post_content: html(paragraphs),
      })
      return {
        path: `${path}?token=${encodeURIComponent(secret)}`,
        body: form.toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }
    }
    case 'contentful': {
      const id = options.id ?? '7TransitTalks'
      const topic = `ContentManagement.Entry.${options.event ?? 'publish'}`
      const body = JSON.stringify({
        sys: { type: 'Entry', id, revision: 2, updatedAt },
        fields: {
          title: { 'en-US': ARTICLE.title },
          body: {
            'en-US': {
              nodeType: 'document',
              data: {},
              content: paragraphs.map((value) => ({
                nodeType: 'paragraph',
                data: {},
                content: [{ nodeType: 'text', value, marks: [], data: {} }],
              })),
            },
          },
        },
      })
      const headers: Record<string, string> = {
        'content-type': 'application/vnd.contentful.management.v1+json',
        'x-contentful-topic': topic,
        'x-contentful-timestamp': String(now),
        'x-contentful-signed-headers':
          'x-contentful-signed-headers,x-contentful-timestamp,x-contentful-topic',
      }
      const canonical = [
        'POST',
        path,
        `x-contentful-signed-headers:${headers['x-contentful-signed-headers']};x-contentful-timestamp:${now};x-contentful-topic:${topic}`,
        body,
      ].join('\n')
      headers['x-contentful-signature'] = hmac('sha256', secret, canonical, 'hex')
      return { path, body, headers }
    }
    case 'sanity': {
      const id = options.id ?? 'article-transit-talks'
      const body = JSON.stringify({
        _id: id,
        _type: 'article',
        _updatedAt: updatedAt,
        title: ARTICLE.title,
        body: paragraphs.map((text, n) => ({
          _type: 'block',
          _key: `b${n}`,
          style: 'normal',
          markDefs: [],
          children: [{ _type: 'span', _key: `s${n}`, text, marks: [] }],
        })),
      })
      return {
        path,
        body,
        headers: {
          'content-type': 'application/json',
          'idempotency-key': `idem-${id}-${now}`,
          'sanity-operation': options.event ?? 'update',
          'sanity-webhook-signature': `t=${now},v1=${hmac('sha256', secret, `${now}.${body}`, 'base64url')}`,
        },
      }
    }
    case 'strapi': {
      const body = JSON.stringify({
        event: `entry.${options.event ?? 'publish'}`,
        createdAt: updatedAt,
        model: 'article',
        uid: 'api::article.article',
        entry: {
          id: 12,
          documentId: options.id ?? 'v5transittalks0000000001',
          title: ARTICLE.title,
          content: paragraphs.map((text) => ({
            type: 'paragraph',
            children: [{ type: 'text', text }],
          })),
          updatedAt,
          publishedAt: updatedAt,
        },
      })
      return {
        path,
        body,
        headers: {
          'content-type': 'application/json',
          'x-strapi-event': `entry.${options.event ?? 'publish'}`,
          authorization: `Bearer ${secret}`,
        },
      }
    }
    case 'storyblok': {
      const body = JSON.stringify({
        text: 'The user published the Story',
        action: options.event ?? 'published',
        space_id: 1001,
        story_id: Number(options.id ?? 900100),
        full_slug: 'news/transit-talks',
      })
      return {
        path,
        body,
        headers: {
          'content-type': 'application/json',
          'webhook-signature': hmac('sha1', secret, body, 'hex'),
        },
      }
    }
    case 'prismic': {
      const body = JSON.stringify({
        type: 'api-update',
        masterRef: 'ZtestRef0001',
        releases: {},
        masks: {},
        tags: {},
        documents: [options.id ?? 'ZprismicTransit01'],
        domain: 'copydesk-test',
        apiUrl: 'https://evil.example.test/api',
        secret,
      })
      return { path, body, headers: { 'content-type': 'application/json' } }
    }
    case 'directus': {
      const body = JSON.stringify({
        event: `articles.items.${options.event ?? 'update'}`,
        payload: { status: 'published' },
        keys: [options.id ?? '1c0ffee0-0000-4000-8000-000000000001'],
        collection: 'articles',
      })
      return {
        path,
        body,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      }
    }
    case 'payload':
    case 'standard': {
      const id = options.id ?? (source === 'payload' ? 'p-transit-0001' : 'std-transit-0001')
      const type = `article.${options.event ?? 'published'}`
      const data =
        source === 'payload'
          ? {
              collection: 'articles',
              operation: 'update',
              doc: {
                id,
                title: ARTICLE.title,
                _status: 'published',
                updatedAt,
                content: {
                  root: {
                    type: 'root',
                    children: paragraphs.map((text) => ({
                      type: 'paragraph',
                      children: [{ type: 'text', text, format: 0 }],
                    })),
                  },
                },
              },
            }
          : {
              id,
              title: ARTICLE.title,
              url: 'https://news.example.test/transit-talks/',
              html: html(paragraphs),
              updatedAt,
            }
      const body = JSON.stringify({ type, timestamp: updatedAt, data })
      return {
        path,
        body,
        headers: standardHeaders(secret, `msg_${source}_${id}_${now}`, body, now),
      }
    }
  }
}

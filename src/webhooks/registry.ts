/**
 * @module
 * Every CMS copydesk takes webhooks from, by the `:source` of `POST /v1/webhooks/:source`.
 */
import type { WebhookAdapter } from './adapter'
import { contentfulAdapter } from './adapters/contentful'
import { directusAdapter } from './adapters/directus'
import { ghostAdapter } from './adapters/ghost'
import { payloadAdapter } from './adapters/payload'
import { prismicAdapter } from './adapters/prismic'
import { sanityAdapter } from './adapters/sanity'
import { standardAdapter } from './adapters/standard'
import { storyblokAdapter } from './adapters/storyblok'
import { strapiAdapter } from './adapters/strapi'
import { woocommerceAdapter } from './adapters/woocommerce'
import { wordpressAdapter } from './adapters/wordpress'
import { wpcomAdapter } from './adapters/wpcom'

const ADAPTERS: readonly WebhookAdapter[] = [
  ghostAdapter,
  wordpressAdapter,
  woocommerceAdapter,
  wpcomAdapter,
  contentfulAdapter,
  sanityAdapter,
  strapiAdapter,
  storyblokAdapter,
  prismicAdapter,
  directusAdapter,
  payloadAdapter,
  standardAdapter,
]

const BY_SOURCE = new Map(ADAPTERS.map((adapter) => [adapter.source, adapter]))

/** The adapter for a source, or `undefined` for a source we do not know. */
export const adapterFor = (source: string): WebhookAdapter | undefined => BY_SOURCE.get(source)

/** Every source, in the order the README documents them. */
export const webhookSources = (): readonly string[] => ADAPTERS.map((adapter) => adapter.source)

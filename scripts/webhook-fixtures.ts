/**
 * @module
 * Which copydesk source each shared webhook fixture (`../shared/data/webhooks/*.json`, not
 * committed) belongs to, by its file name. Used by scripts/fixture-secrets.ts and
 * scripts/verify-webhook-fixtures.ts.
 */

/** File name prefix → source; several WordPress routes and both Strapi versions share a prefix family. */
const SOURCES: readonly (readonly [string, string])[] = [
  ['wordpress.wp-webhooks.', 'wordpress'],
  ['wordpress.woocommerce.', 'woocommerce'],
  ['wordpress.com.', 'wpcom'],
  ['standard-webhooks.', 'standard'],
  ['strapi-v4.', 'strapi'],
  ['strapi-v5.', 'strapi'],
  ['ghost.', 'ghost'],
  ['contentful.', 'contentful'],
  ['sanity.', 'sanity'],
  ['storyblok.', 'storyblok'],
  ['prismic.', 'prismic'],
  ['directus.', 'directus'],
  ['payload.', 'payload'],
]

/** The source a fixture file is for, or `undefined` (the stripe-style fixture has none). */
export const fixtureSource = (file: string): string | undefined =>
  SOURCES.find(([prefix]) => file.startsWith(prefix))?.[1]

/**
 * @module
 * Sanity GROQ-powered webhooks: `sanity-webhook-signature: t=<ms>,v1=<sig>`, the base64url
 * (unpadded) HMAC-SHA256 of `${t}.${rawBody}`. `@sanity/webhook` checks no window; we take five
 * minutes, and accept any of several `v1` values. Sources: sanity.io/docs/content-lake/webhooks,
 * npm `@sanity/webhook` 4.0.4.
 */
import { toBase64Url } from '../crypto'
import { timestampedScheme } from './timestamped'

export const sanitySignature = timestampedScheme({
  name: 'sanity-hmac-sha256-base64url',
  header: 'sanity-webhook-signature',
  signatureKey: 'v1',
  format: 't=<milliseconds>,v1=<signature>',
  message: (timestamp, body) => `${timestamp}.${body}`,
  encode: toBase64Url,
})

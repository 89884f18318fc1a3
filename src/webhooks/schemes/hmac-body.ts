/**
 * @module
 * Schemes that sign the raw body alone, with no timestamp: the WP Webhooks plugin
 * (`X-WP-Webhook-Signature`, base64 HMAC-SHA256; Ironikus/wp-webhooks
 * `class-wp-webhooks-pro-webhook.php`), WooCommerce (`X-WC-Webhook-Signature`, base64
 * HMAC-SHA256; woocommerce `class-wc-webhook.php` `generate_signature()`), and Storyblok
 * (`webhook-signature`, hex HMAC-SHA1; storyblok.com/docs/concepts/webhooks). Without a timestamp
 * a replay cannot be told from a retry; the receiver deduplicates instead.
 */
import { constantTimeEqual, hmac, toBase64, toHex, type HmacHash } from '../crypto'
import { accept, refuse, type SignatureScheme } from '../scheme'

export interface BodyHmacOptions {
  header: string
  hash: HmacHash
  encoding: 'base64' | 'hex'
}

/**
 * A scheme whose signature is `encoding(HMAC(secret, rawBody))` in one header.
 *
 * @example
 * const wooCommerce = bodyHmacScheme({ header: 'x-wc-webhook-signature', hash: 'SHA-256', encoding: 'base64' })
 */
export function bodyHmacScheme({ header, hash, encoding }: BodyHmacOptions): SignatureScheme {
  const encode = encoding === 'hex' ? toHex : toBase64
  return {
    name: `hmac-${hash.toLowerCase().replace('-', '')}-${encoding}`,
    async verify(request, secrets) {
      const received = request.headers.get(header)?.trim()
      if (!received) return refuse(`${header} header is missing.`)
      const comparable = encoding === 'hex' ? received.toLowerCase() : received
      for (const secret of secrets) {
        const expected = encode(await hmac(hash, secret, request.body))
        if (constantTimeEqual(expected, comparable)) return accept
      }
      return refuse(`${header} does not match the body.`)
    },
  }
}

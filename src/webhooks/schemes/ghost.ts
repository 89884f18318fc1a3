/**
 * @module
 * Ghost: `X-Ghost-Signature: sha256=<hex>, t=<ms>`, the hex HMAC-SHA256 of the raw body with the
 * millisecond timestamp appended (no separator). Ghost enforces no window; we take five minutes.
 * Source: TryGhost/Ghost `ghost/core/core/server/services/webhooks/WebhookTrigger.js`.
 */
import { toHex } from '../crypto'
import { timestampedScheme } from './timestamped'

export const ghostSignature = timestampedScheme({
  name: 'ghost-hmac-sha256-hex',
  header: 'x-ghost-signature',
  signatureKey: 'sha256',
  format: 'sha256=<hex>, t=<milliseconds>',
  message: (timestamp, body) => body + timestamp,
  encode: toHex,
})

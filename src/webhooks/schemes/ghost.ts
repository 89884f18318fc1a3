/**
 * @module
 * Ghost: `X-Ghost-Signature: sha256=<hex>, t=<ms>`, the hex HMAC-SHA256 of the raw body with the
 * millisecond timestamp appended (no separator). Ghost enforces no window; we take five minutes.
 * Source: TryGhost/Ghost `ghost/core/core/server/services/webhooks/WebhookTrigger.js`.
 */
import { constantTimeEqual, hmac, toHex } from '../crypto'
import { accept, DEFAULT_TOLERANCE_MS, refuse, withinWindow, type SignatureScheme } from '../scheme'
import { signatureParts } from './parts'

export const ghostSignature: SignatureScheme = {
  name: 'ghost-hmac-sha256-hex',
  async verify(request, secrets, now) {
    const header = request.headers.get('x-ghost-signature')
    if (!header) return refuse('X-Ghost-Signature header is missing.')
    const parts = signatureParts(header, ',')
    const timestamp = parts.get('t')?.[0]
    const signatures = parts.get('sha256') ?? []
    if (!timestamp || !/^\d+$/.test(timestamp) || signatures.length === 0)
      return refuse('X-Ghost-Signature must read "sha256=<hex>, t=<milliseconds>".')
    if (!withinWindow(Number(timestamp), now, DEFAULT_TOLERANCE_MS))
      return refuse('X-Ghost-Signature timestamp is outside the 5-minute window.')
    for (const secret of secrets) {
      const expected = toHex(await hmac('SHA-256', secret, request.body + timestamp))
      if (signatures.some((signature) => constantTimeEqual(expected, signature))) return accept
    }
    return refuse('X-Ghost-Signature does not match the body.')
  },
}

/**
 * @module
 * Standard Webhooks (standardwebhooks.com): `webhook-id`, `webhook-timestamp` (seconds) and
 * `webhook-signature` (a space-separated list of `v1,<base64>`), the HMAC-SHA256 of
 * `${id}.${timestamp}.${rawBody}` under the base64-decoded `whsec_` secret, five minutes either
 * way. The expected signature comes from the reference package `standardwebhooks` (its `sign`);
 * the window and the constant-time match against each listed `v1` are checked here, against the
 * receiver's clock, so every scheme answers to the same `now`.
 */
import { Webhook } from 'standardwebhooks'
import { constantTimeEqual } from '../crypto'
import { accept, DEFAULT_TOLERANCE_MS, refuse, withinWindow, type SignatureScheme } from '../scheme'

export const standardSignature: SignatureScheme = {
  name: 'standard-webhooks-v1',
  async verify(request, secrets, now) {
    const id = request.headers.get('webhook-id')
    const timestamp = request.headers.get('webhook-timestamp')
    const signature = request.headers.get('webhook-signature')
    if (!id || !timestamp || !signature)
      return refuse('webhook-id, webhook-timestamp and webhook-signature are required.')
    if (
      !/^\d+$/.test(timestamp) ||
      !withinWindow(Number(timestamp) * 1000, now, DEFAULT_TOLERANCE_MS)
    )
      return refuse('webhook-timestamp is outside the 5-minute window.')
    const received = signature
      .split(' ')
      .filter((entry) => entry.startsWith('v1,'))
      .map((entry) => entry.slice(3))
    if (received.length === 0) return refuse('webhook-signature has no v1 signature.')
    const signedAt = new Date(Number(timestamp) * 1000)
    for (const secret of secrets) {
      let expected: string
      try {
        expected = new Webhook(secret).sign(id, signedAt, request.body).slice(3)
      } catch {
        continue // not a whsec_ secret
      }
      if (received.some((candidate) => constantTimeEqual(expected, candidate))) return accept
    }
    return refuse('webhook-signature does not match the body.')
  },
}

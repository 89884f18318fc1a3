/**
 * @module
 * Senders that cannot sign and send a shared token instead: Strapi and Directus in a header you
 * configure (`Authorization: Bearer <token>`; Strapi docs "Webhooks", Directus Flows "Webhook /
 * Request URL"), Prismic in the body's `secret` field (prismic.io/docs/webhooks), WordPress.com in
 * the URL (`?token=`, wordpress.com/support/webhooks). The token is compared in constant time.
 */
import { constantTimeEqual } from '../crypto'
import { accept, refuse, type ReceivedRequest, type SignatureScheme } from '../scheme'

/** Where a scheme finds the token in a request; `null` when it is absent. */
export type TokenLocator = (request: ReceivedRequest) => string | null

/** `Authorization: Bearer <token>`, or `X-Webhook-Token: <token>` for senders that cannot set Authorization. */
export const bearerToken: TokenLocator = (request) => {
  const authorization = request.headers.get('authorization')
  const bearer = authorization && /^Bearer\s+(\S+)\s*$/i.exec(authorization)
  if (bearer) return bearer[1]
  return request.headers.get('x-webhook-token')?.trim() || null
}

/** The `token` query parameter of the URL the sender called. */
export const urlToken: TokenLocator = (request) => request.url.searchParams.get('token')

/** A top-level string field of a JSON body. */
export function bodyField(field: string): TokenLocator {
  return (request) => {
    try {
      const parsed: unknown = JSON.parse(request.body)
      const value =
        parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>)[field] : null
      return typeof value === 'string' ? value : null
    } catch {
      return null
    }
  }
}

/**
 * A scheme that accepts a request whose token equals one of the secrets.
 *
 * @example
 * const strapi = sharedTokenScheme('bearer-token', bearerToken, 'Authorization: Bearer <token>')
 */
export function sharedTokenScheme(
  name: string,
  locate: TokenLocator,
  where: string,
): SignatureScheme {
  return {
    name,
    async verify(request, secrets) {
      const token = locate(request)
      if (!token) return refuse(`The shared token is missing (${where}).`)
      return secrets.some((secret) => constantTimeEqual(secret, token))
        ? accept
        : refuse(`The shared token does not match (${where}).`)
    },
  }
}

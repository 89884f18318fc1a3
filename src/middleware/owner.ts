/**
 * @module
 * Who may read a stored result or job: the API key that owns it, or an admin key. Webhook
 * documents have no owner, so only admin keys read them.
 */
import type { Caller } from '../app-env'

/**
 * @example
 * mayRead({ name: 'desk', admin: false }, 'desk') // true
 * mayRead({ name: 'desk', admin: false }, null) // false: a webhook document
 */
export const mayRead = (caller: Caller, owner: string | null): boolean =>
  caller.admin || (owner !== null && owner === caller.name)

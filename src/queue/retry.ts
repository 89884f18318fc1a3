/**
 * @module
 * When to try again. Failures that another attempt can fix (the CMS API or D1 briefly down) are
 * retried with exponential backoff; the queue's `max_retries` (wrangler.toml) then hands the
 * message to the dead-letter queue. Failures no retry can fix fail at once.
 */

/** A failure that retrying will not change: bad configuration, a CMS refusing, a bad payload. */
export class PermanentError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PermanentError'
  }
}

export interface RetryPolicy {
  /** Delay before the first retry, in seconds. */
  baseDelaySeconds: number
  /** The longest delay, in seconds. */
  maxDelaySeconds: number
}

/** 10 s, 20 s, 40 s, 80 s, 160 s over the five retries of wrangler.toml: about five minutes. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelaySeconds: 10, maxDelaySeconds: 15 * 60 }

/**
 * Seconds to wait after the `attempts`-th failed attempt (1 for the first).
 *
 * @example
 * retryDelaySeconds(3, DEFAULT_RETRY_POLICY) // 40
 */
export function retryDelaySeconds(attempts: number, policy: RetryPolicy): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 20))
  return Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** exponent)
}

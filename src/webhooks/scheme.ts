/**
 * @module
 * What a signature scheme is: given the request exactly as received and the configured secrets,
 * say whether the sender knew one of them. One module per scheme in `schemes/`.
 */

/** A webhook request as received: the raw body is what the sender signed, byte for byte. */
export interface ReceivedRequest {
  method: string
  /** The URL the sender called (path and query as sent). */
  url: URL
  headers: Headers
  /** The raw body, decoded as UTF-8 without any change. */
  body: string
}

export type Verdict = { ok: true } | { ok: false; reason: string }

export interface SignatureScheme {
  /** A short name for logs and docs, e.g. `hmac-sha256-base64`. */
  readonly name: string
  /**
   * Checks the request against each secret (several during a rotation) and accepts when one
   * matches. `now` is the receiver's clock in milliseconds, for timestamp windows.
   */
  verify(request: ReceivedRequest, secrets: readonly string[], now: number): Promise<Verdict>
}

export const accept: Verdict = { ok: true }
export const refuse = (reason: string): Verdict => ({ ok: false, reason })

/** Five minutes either way: Standard Webhooks' window, used for the schemes that leave it to us. */
export const DEFAULT_TOLERANCE_MS = 5 * 60 * 1000

/** Whether a sender's timestamp (ms) is within `toleranceMs` of `now`, in the past or future. */
export function withinWindow(timestampMs: number, now: number, toleranceMs: number): boolean {
  return Number.isFinite(timestampMs) && Math.abs(now - timestampMs) <= toleranceMs
}

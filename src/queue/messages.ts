/**
 * @module
 * What travels on the deliveries queue: ids only (a message is at most 128 KB; the delivery
 * itself is in D1, written before the webhook was acknowledged).
 */
export type QueueMessage =
  /** Analyze (or fetch, or remove) what a delivery asks for. */
  | { kind: 'delivery'; id: string }
  /** POST a delivery's outcome to the source's callback URL. */
  | { kind: 'callback'; id: string }

/** The dead-letter queue's name, as in wrangler.toml. */
export const DEAD_LETTER_QUEUE = 'copydesk-deliveries-dlq'

export const isQueueMessage = (body: unknown): body is QueueMessage =>
  typeof body === 'object' &&
  body !== null &&
  ((body as QueueMessage).kind === 'delivery' || (body as QueueMessage).kind === 'callback') &&
  typeof (body as QueueMessage).id === 'string'

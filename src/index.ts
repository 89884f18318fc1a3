/**
 * @module
 * The Worker entry: HTTP requests go to {@link app}, queue batches to the deliveries consumer;
 * the analysis warms up while the module loads (see warm-up.ts for why).
 */
import { warmUp } from './warm-up'
import { app } from './app'
import { handleQueue } from './queue/handler'
import type { QueueMessage } from './queue/messages'

try {
  warmUp()
} catch (error) {
  // A warm-up that fails must not stop the Worker from starting; requests will show the fault.
  console.error(JSON.stringify({ warmUp: 'failed', error: String(error) }))
}

export default {
  fetch: app.fetch,
  queue: handleQueue,
} satisfies ExportedHandler<Env, QueueMessage>

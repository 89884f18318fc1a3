/**
 * @module
 * The Worker entry. Everything lives in {@link app}; this file exports it and warms the
 * analysis up while the module loads (see warm-up.ts for why).
 */
import { warmUp } from './warm-up'
import { app } from './app'

try {
  warmUp()
} catch (error) {
  // A warm-up that fails must not stop the Worker from starting; requests will show the fault.
  console.error(JSON.stringify({ warmUp: 'failed', error: String(error) }))
}

export default app

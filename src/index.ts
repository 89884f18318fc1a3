/**
 * @module
 * The Worker entry. Everything lives in {@link app}; this file only exports it.
 */
import { app } from './app'

export default app

/**
 * @module
 * What the benchmark times: the analysis core, plus the start-up warm-up that the Worker runs at
 * the edge (`src/warm-up.ts`), bundled together as the Worker ships them.
 */
export * from '../src/analysis/index'
export { warmUp } from '../src/warm-up'

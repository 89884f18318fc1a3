/**
 * @module
 * Timing helpers for the benchmark: CPU time per call (process.cpuUsage), repeated until a call
 * has run long enough to be measured, and order statistics.
 */

// The analysis is synchronous and single-threaded, so the main thread's elapsed time is its CPU
// time. process.cpuUsage() would add V8's background compiler and GC threads, which a Worker's
// CPU limit does not count.
const cpuNow = () => performance.now()

/**
 * CPU milliseconds per call of `fn`: warmed until V8 has optimised it (as in a long-lived
 * isolate), then the median of several batches that each run for at least `batchMs`.
 */
export function cpuMsPerCall(fn: () => unknown, batchMs = 8, batches = 7): number {
  const warmUntil = cpuNow() + 10 * batchMs
  for (let i = 0; i < 10 || (i < 500 && cpuNow() < warmUntil); i++) fn()
  const perCall: number[] = []
  for (let b = 0; b < batches; b++) {
    const start = cpuNow()
    let runs = 0
    do {
      fn()
      runs++
    } while (cpuNow() - start < batchMs && runs < 10_000)
    perCall.push((cpuNow() - start) / runs)
  }
  return median(perCall)
}

/** CPU milliseconds of a single call, for peers too slow to repeat. */
export function cpuMsOnce(fn: () => unknown): number {
  const start = cpuNow()
  fn()
  return cpuNow() - start
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const position = (sorted.length - 1) * q
  const low = Math.floor(position)
  const high = Math.ceil(position)
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low)
}

export const median = (values: readonly number[]) => quantile(values, 0.5)

export const round = (n: number, places = 3) => Math.round(n * 10 ** places) / 10 ** places

/**
 * @module
 * One progress bar on stderr for every CLI command.
 */

/** Redraws `[####----] done/total label` in place. */
export function drawProgress(
  err: NodeJS.WritableStream,
  done: number,
  total: number,
  label: string,
): void {
  const width = 30
  const filled = total > 0 ? Math.min(width, Math.round((done / total) * width)) : 0
  const name = label.length > 40 ? '…' + label.slice(-39) : label
  err.write(
    `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${name}`.padEnd(90),
  )
}

/**
 * @module
 * The first few items of a stable sort by descending value, without sorting them all.
 */

/**
 * The `count` items of highest `value`, highest first and in input order among equals: what a
 * stable descending sort would put first. A short sorted list is kept as the items go by, so a
 * long input costs one pass. A `count` that is not a positive number gives none.
 *
 * @example
 * topBy([['a', 1], ['b', 3], ['c', 3]], 2, ([, v]) => v) // [['b', 3], ['c', 3]]
 */
export function topBy<T>(items: Iterable<T>, count: number, value: (item: T) => number): T[] {
  const top: T[] = []
  const values: number[] = []
  const limit = Math.trunc(count)
  if (!(limit > 0)) return top
  for (const item of items) {
    const v = value(item)
    // An item goes after every kept one at least as strong.
    let at = top.length
    while (at > 0 && values[at - 1] < v) at--
    if (at >= limit) continue
    top.splice(at, 0, item)
    values.splice(at, 0, v)
    if (top.length > limit) {
      top.pop()
      values.pop()
    }
  }
  return top
}

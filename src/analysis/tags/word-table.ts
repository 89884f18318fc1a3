/**
 * @module
 * Lookups in the sorted word tables of `lexicons/` (built by scripts/build-word-tables.mjs).
 */

/**
 * A lookup function over a table stored as sorted words (one space apart, code-unit order) and one
 * value character per word. The only start-up cost is one native `split`; each lookup is a binary
 * search (callers memoize per word).
 *
 * @example
 * const find = sortedTable('cat cats dog', 'ABC')
 * find('cats') // 'B'
 * find('cow') // undefined
 */
export function sortedTable(words: string, values: string): (word: string) => string | undefined {
  let list: string[] | null = null
  return (word) => {
    list ??= words.split(' ')
    let lo = 0
    let hi = list.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const w = list[mid]
      if (w === word) return values[mid]
      if (w < word) lo = mid + 1
      else hi = mid - 1
    }
    return undefined
  }
}

import { describe, expect, it } from 'vitest'
import { topBy } from '../../src/analysis/top-by'

describe('topBy', () => {
  const items = [
    ['a', 1],
    ['b', 3],
    ['c', 2],
    ['d', 3],
    ['e', 0],
  ] as const
  const value = ([, v]: readonly [string, number]) => v
  const names = (list: readonly (readonly [string, number])[]) => list.map(([n]) => n).join('')

  it('gives what a stable descending sort puts first', () => {
    for (const count of [1, 2, 3, 5, 9]) {
      const sorted = [...items].sort((x, y) => y[1] - x[1]).slice(0, count)
      expect(names(topBy(items, count, value))).toBe(names(sorted))
    }
    expect(names(topBy(items, 2, value))).toBe('bd')
  })

  it('truncates a fractional count, keeps all for Infinity and gives none for 0, a negative or NaN', () => {
    expect(names(topBy(items, 2.7, value))).toBe('bd')
    expect(names(topBy(items, Infinity, value))).toBe('bdcae')
    for (const count of [0, -1, NaN]) expect(topBy(items, count, value)).toEqual([])
  })

  it('reads any iterable once', () => {
    expect(
      topBy(
        new Map([
          ['x', 1],
          ['y', 2],
        ]),
        1,
        ([, v]) => v,
      ),
    ).toEqual([['y', 2]])
  })
})

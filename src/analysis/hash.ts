/**
 * @module
 * FNV-1a (Fowler, Noll and Vo), the core's one string hash: the lexeme table's slots, the Bloom
 * filter's probes and the content id. 32-bit, over UTF-16 code units.
 */

/** The 32-bit FNV offset basis. */
export const FNV_OFFSET_BASIS = 0x811c9dc5

/** The 32-bit FNV prime. */
export const FNV_PRIME = 0x01000193

/**
 * One step of FNV-1a: `state` with the code unit `unit` folded in (a signed 32-bit result).
 * A scanner that reads every unit of a word anyway hashes on the way with this.
 */
export function fnv1aStep(state: number, unit: number, prime = FNV_PRIME): number {
  return Math.imul(state ^ unit, prime)
}

/**
 * FNV-1a of `text` as an unsigned 32-bit number. Another `basis` and `prime` give an independent
 * second hash of the same string, as double hashing and 64-bit ids need.
 *
 * @example
 * fnv1a('a') // 0xe40c292c
 */
export function fnv1a(text: string, basis = FNV_OFFSET_BASIS, prime = FNV_PRIME): number {
  let state = basis
  for (let i = 0; i < text.length; i++) state = Math.imul(state ^ text.charCodeAt(i), prime)
  return state >>> 0
}

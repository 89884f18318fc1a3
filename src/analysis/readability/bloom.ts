/**
 * @module
 * A Bloom filter: set membership in a few bits per word, with a known false-positive rate and
 * no false negatives. Used where a word list is too large to ship but a rare wrong "yes" costs
 * little (see textstat.ts). Built by scripts/build-syllable-table.mjs, read here; both sides use
 * these functions so the hashing cannot drift apart.
 */
import { FNV_PRIME, fnv1a } from '../hash'

/** A filter as shipped: `bits` in base64, `size` bits in all, `hashes` probes per word. */
export interface BloomFilter {
  bits: string
  size: number
  hashes: number
}

/** Bits and probes for `count` items at a false-positive rate `rate` (standard sizing). */
export function bloomSize(count: number, rate: number): { size: number; hashes: number } {
  const size = Math.ceil((-count * Math.log(rate)) / Math.LN2 ** 2)
  return { size, hashes: Math.max(1, Math.round((size / count) * Math.LN2)) }
}

// The second hash: FNV-1a from another basis with another odd multiplier. The shipped filters
// were built with these; changing them means rebuilding (scripts/build-syllable-table.mjs).
const SECOND_BASIS = FNV_PRIME
const SECOND_PRIME = 0x5bd1e995

// Two FNV-1a hashes combined by double hashing (Kirsch-Mitzenmacher); the step is odd.
function probes(word: string, size: number, hashes: number, visit: (bit: number) => void): void {
  const h1 = fnv1a(word)
  const h2 = (fnv1a(word, SECOND_BASIS, SECOND_PRIME) | 1) >>> 0
  for (let i = 0; i < hashes; i++) visit((h1 + i * h2) % size)
}

/** Sets the bits of `word` in `bits` (a byte array of `ceil(size / 8)` bytes). */
export function bloomAdd(bits: Uint8Array, size: number, hashes: number, word: string): void {
  probes(word, size, hashes, (bit) => (bits[bit >> 3] |= 1 << (bit & 7)))
}

/** A membership test over a shipped filter; decodes the base64 once. */
export function bloomReader(filter: BloomFilter): (word: string) => boolean {
  const bits = decodeBase64(filter.bits)
  return (word) => {
    let all = true
    probes(word, filter.size, filter.hashes, (bit) => {
      if ((bits[bit >> 3] & (1 << (bit & 7))) === 0) all = false
    })
    return all
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Standard base64 (no line breaks), encoded without Node's Buffer so the core stays portable. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63]
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '='
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '='
  }
  return out
}

/** Inverse of {@link encodeBase64}. */
export function decodeBase64(text: string): Uint8Array {
  const value = new Int16Array(128).fill(-1)
  for (let i = 0; i < ALPHABET.length; i++) value[ALPHABET.charCodeAt(i)] = i
  const clean = text.replace(/=+$/, '')
  const out = new Uint8Array(Math.floor((clean.length * 6) / 8))
  let buffer = 0
  let held = 0
  let o = 0
  for (let i = 0; i < clean.length; i++) {
    buffer = (buffer << 6) | value[clean.charCodeAt(i)]
    held += 6
    if (held >= 8) {
      held -= 8
      out[o++] = (buffer >> held) & 0xff
    }
  }
  return out
}

/**
 * @module
 * Decoder for the front-coded word tables in `lexicons/` (built by scripts/build-word-tables.mjs).
 */

/**
 * Unpacks a front-coded table into a word → value map. Each entry is one character for the
 * length of the prefix shared with the previous word (`'0'` + n), the rest of the word
 * (lower-case letters, apostrophes, hyphens) and one value character.
 *
 * @example
 * decodeFrontCoded('0catA2tsB') // Map { 'cat' => 'A', 'cats' => 'B' }
 */
export function decodeFrontCoded(packed: string): Map<string, string> {
  const table = new Map<string, string>()
  let previous = ''
  let i = 0
  while (i < packed.length) {
    const shared = packed.charCodeAt(i++) - 48
    let j = i
    // The suffix runs until the value character, which is never a-z, ' or -.
    while (j < packed.length) {
      const c = packed.charCodeAt(j)
      if (!((c >= 97 && c <= 122) || c === 39 || c === 45)) break
      j++
    }
    const word = previous.slice(0, shared) + packed.slice(i, j)
    table.set(word, packed[j])
    previous = word
    i = j + 1
  }
  return table
}

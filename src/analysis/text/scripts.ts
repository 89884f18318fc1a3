/**
 * @module
 * Facts about writing systems, by Unicode script property (UAX #24), not hand-typed ranges.
 */
import { registerCache } from '../cache'

// Han (Chinese characters, kanji, hanja), the two kana, and Hangul: scripts where one or two
// characters carry a word, so a line of them says more than its length in letters suggests.
const DENSE_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u

// Every character of these scripts is at or above Hangul Jamo (U+1100) and outside General
// Punctuation (U+2000-U+206F, quotes and dashes): a text with no such unit needs no closer look.
const FIRST_DENSE = 0x1100
const MAYBE_DENSE = /[\u1100-\u1fff\u2070-\uffff]/

/**
 * The verdict of {@link DENSE_SCRIPT} per UTF-16 code unit, asked once per unit: 0 not asked yet,
 * 1 no, 2 yes. A script-property class costs a range search per character, and pages are full
 * of non-ASCII punctuation (curly quotes, dashes) that would ask it again and again.
 */
const denseUnits = registerCache({
  name: 'text.denseScriptUnits',
  maxSize: 0x10000,
  verdicts: new Uint8Array(0x10000),
  size: 0,
  clear(): void {
    this.verdicts.fill(0)
    this.size = 0
  },
})

function isDenseUnit(unit: number): boolean {
  let verdict = denseUnits.verdicts[unit]
  if (verdict === 0) {
    verdict = DENSE_SCRIPT.test(String.fromCharCode(unit)) ? 2 : 1
    denseUnits.verdicts[unit] = verdict
    denseUnits.size++
  }
  return verdict === 2
}

/**
 * How many characters of `text` are Chinese, Japanese or Korean.
 *
 * @example
 * denseScriptCharacters('東京 Tokyo') // 2
 */
export function denseScriptCharacters(text: string): number {
  const from = text.search(MAYBE_DENSE)
  if (from < 0) return 0
  let count = 0
  for (let i = from; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < FIRST_DENSE) continue
    if (unit >= 0xd800 && unit <= 0xdbff) {
      // A character beyond the first plane (rare Han extensions): asked whole, each time.
      const point = text.codePointAt(i)!
      if (point > 0xffff) {
        if (DENSE_SCRIPT.test(String.fromCodePoint(point))) count++
        i++
        continue
      }
    }
    if (isDenseUnit(unit)) count++
  }
  return count
}

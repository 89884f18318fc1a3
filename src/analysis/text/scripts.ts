/**
 * @module
 * Facts about writing systems, by Unicode script property (UAX #24), not hand-typed ranges.
 */

// Han (Chinese characters, kanji, hanja), the two kana, and Hangul: scripts where one or two
// characters carry a word, so a line of them says more than its length in letters suggests.
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu

/**
 * How many characters of `text` are Chinese, Japanese or Korean.
 *
 * @example
 * denseScriptCharacters('東京 Tokyo') // 2
 */
export function denseScriptCharacters(text: string): number {
  return text.match(DENSE_SCRIPT)?.length ?? 0
}

/**
 * @module
 * Character-level normalisation of the cleaner's output, and the count of control characters
 * by which a body is judged binary.
 */

// C0 controls other than tab, line feed, form feed and carriage return, and DEL: ad scripts and
// copy-paste leave stray ones in pages, and none is text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const STRAY_CONTROLS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g

/** The text with stray control characters removed. */
function dropControls(text: string): string {
  return hasStrayControl(text) ? text.replace(STRAY_CONTROLS, '') : text
}

/**
 * How many stray control characters a text holds: a few are page debris, many make a binary file.
 *
 * @example
 * countStrayControls('PK\u0003\u0004') // 2
 */
export function countStrayControls(text: string): number {
  return text.match(STRAY_CONTROLS)?.length ?? 0
}

/** Whether a string holds one of {@link STRAY_CONTROLS}: a plain loop, cheaper than the regex. */
function hasStrayControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127) return true
  }
  return false
}

/**
 * Clean text as readers and counters want it: stray control characters dropped; soft hyphens
 * (U+00AD, a typesetter's hint where a word may break, invisible unless it does) removed, so
 * "coun\u00ADcil" is one word of two syllables; and Unicode NFC, so "é" written as e + U+0301
 * is the one letter it looks like (Unicode Standard Annex #15).
 *
 * @example
 * normalizeCleanText('Montre\u0301al coun\u00ADcil\u0000') // 'Montréal council'
 */
export function normalizeCleanText(text: string): string {
  const unhyphenated = text.includes('\u00ad') ? text.replaceAll('\u00ad', '') : text
  return dropControls(unhyphenated).normalize('NFC')
}

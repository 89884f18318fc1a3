/**
 * @module
 * Character references left in scraped text ("&rsquo;", "&#039;", "&amp;"), decoded. Text copied
 * from a page's source or a CMS field often keeps them, and left alone they turn into words
 * ("lsquo Miral rsquo") that reach the keyphrases.
 */
import { decodeHTMLStrict } from 'entities'

// Only references closed by ";" count, so "AT&T" and "R&D" stay as written.
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i

/**
 * Decodes the HTML character references in plain text; text without one comes back as is.
 *
 * @example
 * decodeCharacterReferences('&lsquo;Miral&rsquo; opens at AT&T Park') // '‘Miral’ opens at AT&T Park'
 */
export function decodeCharacterReferences(text: string): string {
  return CHARACTER_REFERENCE.test(text) ? decodeHTMLStrict(text) : text
}

/**
 * @module
 * Splits a news dateline ("WASHINGTON (Reuters) -", "ST. JOSEPH, Mich. (AP) —", "NEW DELHI:") off
 * the start of an article body.
 */

// A place in capitals (optionally ", State" / ", Country"), an optional date and an optional
// agency in parentheses, then a dash or colon. Capitals keep ordinary sentences out.
const DATELINE =
  /^((?:\p{Lu}[\p{Lu}.'’-]*)(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s*[\p{Lu}][\p{L}.'’ ]{1,30})?(?:,?\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s*\([^()\n]{2,80}\))?)(?:\s*(?:[-–—:]{1,2}|--)\s+|(?<=\))\s+)(?=\S)/u

/**
 * @example
 * splitDateline('WASHINGTON (Reuters) - Scientists said...') // { dateline: 'WASHINGTON (Reuters)', rest: 'Scientists said...' }
 * splitDateline('The minister said...') // { dateline: null, rest: 'The minister said...' }
 */
export function splitDateline(text: string): { dateline: string | null; rest: string } {
  const match = DATELINE.exec(text.slice(0, 160))
  // The place must be at least two capitals in a row, so "A UK man" or "I — " are not datelines.
  if (!match || !/\p{Lu}{2}/u.test(match[1].split(/[,(]/)[0])) return { dateline: null, rest: text }
  return { dateline: match[1].trim(), rest: text.slice(match[0].length) }
}

/**
 * Joins the pieces of an article body (blocks or lines and the breaks between them), splits a
 * dateline off the start and counts the paragraphs left. The text after the dateline is joined
 * afresh from the pieces rather than sliced from the whole: V8 makes a long slice a view into its
 * parent, and every character the tokenizer and analyses read from a view costs an extra
 * indirection.
 *
 * @example
 * joinBody(['LONDON (AP) — Britain said...', '\n\n', 'More.']) // { dateline: 'LONDON (AP)', rest: 'Britain said...\n\nMore.', paragraphs: 2 }
 */
export function joinBody(pieces: readonly string[]): {
  dateline: string | null
  rest: string
  paragraphs: number
} {
  const text = pieces.join('')
  const { dateline, rest } = splitDateline(text)
  if (!dateline) return { dateline, rest, paragraphs: paragraphCount(rest) }
  let cut = text.length - rest.length
  let first = 0
  while (first < pieces.length && cut >= pieces[first].length) cut -= pieces[first++].length
  const after = pieces.slice(first)
  if (after.length) after[0] = after[0].slice(cut)
  const body = after.join('')
  return { dateline, rest: body, paragraphs: paragraphCount(body) }
}

/** Paragraphs are parted by a blank line; a dateline may have stood as one of its own. */
function paragraphCount(text: string): number {
  return text ? text.split(/\n\s*\n/).length : 0
}

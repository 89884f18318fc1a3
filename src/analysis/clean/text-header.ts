/**
 * @module
 * Reads headline, byline and date from the lines just above a scraped article body.
 */
import type { LineInfo } from './line-shape'

/** "By Jane Doe", "Por Ana Lima", or "Jane Doe Published March 12, 2024 | 09:45 AM". */
export const BYLINE =
  /^(?:(?:[Bb]y|BY|[Pp]or|[Pp]ar|[Vv]on|[Dd]i|[Dd]oor)\s+\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,5}|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s+(?:[Pp]ublished|[Uu]pdated|[Pp]osted|PUBLISHED|UPDATED)\b.*)$/u
/** The word a byline opens with ("By", "Von", "Por", "Par", "Di", "Door", "Av", "Af"). */
const BYLINE_WORD = /^(?:by|von|por|par|di|door|av|af)\s+/i

/**
 * The name a byline gives: "By Priya Nandé | 3 December 2026" -> "Priya Nandé" (the opening
 * word off, and what follows a bar).
 */
export function bylineName(line: string): string {
  return line
    .replace(BYLINE_WORD, '')
    .split(/\s+\|\s*/)[0]
    .trim()
}

const DATE_LINE =
  /^(?:published|updated|posted|date)?:?\s*(?:\w+,?\s+)?(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\d{4}-\d\d-\d\d|\d\d?\.\d\d?\.\d{4})\b.{0,40}$/iu

export interface TextHeader {
  title: string | null
  byline: string | null
  published: string | null
}

/**
 * Looks at up to twelve lines above `start` for the headline, byline and publication date.
 *
 * @example
 * readHeader(lines, 4) // { title: 'US invites China to undersea cable...', byline: 'Marta Okonkwo', published: 'March 14, 2024 | 09:40 AM' }
 */
export function readHeader(lines: LineInfo[], start: number, givenTitle?: string): TextHeader {
  let title = givenTitle?.trim() || null
  let byline: string | null = null
  let published: string | null = null
  // A headline printed twice above the body (page title, then story heading) is the title.
  for (let i = start - 1; i >= Math.max(0, start - 12) && !title; i--) {
    if (lines[i].furniture === 'duplicate' && lines[i].words >= 3 && lines[i].text.length < 200)
      title = lines[i].text
  }
  for (let i = start - 1; i >= Math.max(0, start - 12); i--) {
    const line = lines[i].text
    if (!byline && BYLINE.test(line) && line.length < 120) {
      byline = bylineName(line.replace(/\s+(?:published|updated|posted)\b.*$/i, ''))
      const date = /(?:published|updated|posted)\s*:?\s*(.+)$/i.exec(line)
      if (date) published ??= date[1]
    } else if (!published && DATE_LINE.test(line))
      published = line.replace(/^(?:published|updated|posted|date):?\s*/i, '')
    else if (
      !title &&
      lines[i].words >= 3 &&
      line.length >= 15 &&
      line.length < 200 &&
      !lines[i].furniture &&
      !/[.:]$/.test(line)
    ) {
      title = line
    }
  }
  return { title, byline, published }
}

const WORD_RUN = /[\p{L}\p{N}]+/gu
// "...alone. All opinions", "...corrida! Assista": a sentence end inside the line ("U.S. Navy" and
// "Dr. Lee" are not: the word before the period is not two lower-case letters or more).
const SECOND_SENTENCE = /(?:\p{Ll}{2}[.!]|[?!])["'”’)]*\s+["'“‘(]*\p{Lu}/u
// Somewhere in it, not only at its end: a paragraph's last line may lack its stop (a credit, a
// "(Reuters)" tag, feeds that drop final periods).
const HOLDS_SENTENCE_END = /[.!?…]["'”’)]*(?:\s|$)/

/**
 * Whether `line`, the first paragraph of a text, is a headline over `next`: one line of 3-25
 * words, not in lower case, ending without a period, comma, colon or exclamation mark (a question
 * may end one) and holding no second sentence, link or bar, over a paragraph of prose (12 words or
 * more, holding a sentence end). A one-line lead sentence has its period; a blurb has two sentences.
 * Stricter than {@link readHeader}'s fallback, which has the page's furniture marks to lean on.
 *
 * @example
 * isHeadlineOver('Ferry fares to rise in spring', 'The island ferry company will raise fares by 6% from April, its chief said.') // true
 * isHeadlineOver('Fares are going up.', 'The island ferry company will raise fares by 6% from April, its chief said.') // false
 */
export function isHeadlineOver(line: string, next: string): boolean {
  if (
    line.length > 200 ||
    line.includes('\n') ||
    /[.,;:!]$/.test(line) ||
    /^\P{L}*\p{Ll}/u.test(line) ||
    BYLINE.test(line)
  )
    return false
  if (SECOND_SENTENCE.test(line) || /\||https?:|www\./.test(line)) return false
  const words = line.match(WORD_RUN)?.length ?? 0
  if (words < 3 || words > 25) return false
  return (next.match(WORD_RUN)?.length ?? 0) >= 12 && HOLDS_SENTENCE_END.test(next)
}

/** The same words in the same order, whatever the case, spacing and punctuation. */
export function sameWords(a: string, b: string): boolean {
  return (
    (a.toLowerCase().match(WORD_RUN) ?? []).join(' ') ===
    (b.toLowerCase().match(WORD_RUN) ?? []).join(' ')
  )
}

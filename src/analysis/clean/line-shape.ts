/**
 * @module
 * Describes each line of scraped text by its shape, so the body can be found without markup.
 */
import {
  CAPTION_LINE,
  COMMENTS_HEADING,
  COOKIE_TEXT,
  DATE_LINE,
  endsSentence,
  FURNITURE_LINE,
  isUrlResidue,
  LEGAL_LINE,
  LIST_HEADING,
  META_LINE,
  RELATED_LINE,
  RESIDUE_LINE,
  SIGNUP_LINE,
  STAMP_LINE,
  TIMESTAMP_LINE,
  TRUNCATED_LINE,
} from './boilerplate'
import { LEGAL_WORDS } from './boilerplate-languages'
import { denseScriptCharacters } from '../text/scripts'

export interface LineInfo {
  text: string
  /** A blank line came before it (a paragraph break rather than a list or menu line break). */
  gapBefore: boolean
  words: number
  /** Reads as a paragraph of running text. */
  prose: boolean
  /** Why the line is page furniture ('' when it is not): timestamp, teaser, duplicate, menu... */
  furniture: string
  /** Contribution to the body search: positive for prose, negative for furniture. */
  score: number
  /** Part of a run of terse lines (a menu or link list). */
  menu: boolean
}

const INNER_PUNCT = /[.,;:!?，。、،]/g
const SHORT_COST = 25
const FURNITURE_COST = 80
// Headings of link lists and comment threads are walls the body does not cross.
const LIST_COST = 150
const COMMENTS_COST = 2000
const MENU_COST = 40
// What the blank folding in describeLines would change; most lines need only trimming.
const NEEDS_FOLDING = /[\t\u00a0\u200b\ufeff]| {2}/

// Same as line.split(' ').length - 1 without building the array (this runs on every line of a page).
function countSpaces(line: string): number {
  let n = 0
  for (let i = line.indexOf(' '); i >= 0; i = line.indexOf(' ', i + 1)) n++
  return n
}

/**
 * Splits text into non-empty lines and describes each one.
 *
 * @example
 * describeLines('Home\nNews\n\nA paragraph of the story, long enough to count as prose text here.')
 */
export function describeLines(text: string): { lines: LineInfo[]; evidence: number } {
  const lines: LineInfo[] = []
  // Each line's lower-case text, the key of `count`, kept for the duplicate pass below.
  const keys: string[] = []
  const count = new Map<string, number>()
  let gap = true
  for (const raw of text.split(/\r\n?|\n/)) {
    const line = (
      NEEDS_FOLDING.test(raw) ? raw.replace(/[ \t\u00a0\u200b\ufeff]+/g, ' ') : raw
    ).trim()
    if (!line) {
      gap = true
      continue
    }
    const words = countSpaces(line) + 1
    // Chinese, Japanese and Korean carry a word in one or two characters; count them as longer.
    const dense = denseScriptCharacters(line)
    const len = line.length + dense * 2
    const ends = endsSentence(line)
    // Long lines without an ending still read as prose if punctuated inside; tag clouds are not.
    const prose =
      (len >= 100 && ends) ||
      (len >= 180 && words >= 20 && (line.match(INNER_PUNCT)?.length ?? 0) >= len / 150)
    const key = line.toLowerCase()
    let furniture = ''
    if (
      (len < 60 && (TIMESTAMP_LINE.test(line) || DATE_LINE.test(line))) ||
      (len < 120 && /\d/.test(line) && STAMP_LINE.test(line))
    )
      furniture = 'timestamp'
    else if (len < 80 && COMMENTS_HEADING.test(line)) furniture = 'comments'
    else if (len < 700 && key.includes('cookie') && COOKIE_TEXT.test(line)) furniture = 'cookie'
    else if ((len < 120 && RESIDUE_LINE.test(line)) || (line.includes('://') && isUrlResidue(line)))
      furniture = 'residue'
    else if (len < 200 && META_LINE.test(line) && !ends) furniture = 'meta'
    else if (len < 400 && mayBeLegal(line, key) && LEGAL_LINE.test(line)) furniture = 'legal'
    else if (len < 200 && SIGNUP_LINE.test(line)) furniture = 'newsletter'
    else if (len < 300 && CAPTION_LINE.test(line)) furniture = 'caption'
    else if (len < 200 && RELATED_LINE.test(line)) furniture = 'related'
    else if (len < 60 && FURNITURE_LINE.test(line)) furniture = 'furniture'
    else if (len < 40 && LIST_HEADING.test(line)) furniture = 'listHeading'
    else if (len < 100 && TRUNCATED_LINE.test(line) && !ends) furniture = 'teaser'
    if (!furniture && len >= 60 && isGluedTeaser(line)) furniture = 'glued'
    const seen = count.get(key) ?? 0
    count.set(key, seen + 1)
    if (!furniture && seen > 0) furniture = 'duplicate'
    const info: LineInfo = {
      text: line,
      gapBefore: gap,
      words,
      prose,
      furniture,
      score: 0,
      menu: false,
    }
    info.score = scoreLine(info, len, ends && len >= 40 && (words >= 6 || dense > 0))
    lines.push(info)
    keys.push(key)
    gap = false
  }
  // Cut-off summaries in a list (one per line, no blank line between) are a ticker or teaser list.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.furniture || !TRUNCATED_LINE.test(line.text)) continue
    const listed = !line.gapBefore || (i + 1 < lines.length && !lines[i + 1].gapBefore)
    if (listed) {
      line.furniture = 'teaser'
      line.score = -FURNITURE_COST
    }
  }
  // One glued line may be a name like "PortHaven"; teaser lists glue many.
  const glued = lines.filter((l) => l.furniture === 'glued')
  for (const line of glued) {
    if (glued.length >= 2) line.furniture = 'teaser'
    else {
      line.furniture = ''
      line.score = scoreLine(line, line.text.length, endsSentence(line.text))
    }
  }
  // A long line printed twice is a caption or teaser shown for two screen sizes; story paragraphs
  // do not repeat. Both copies go.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.text.length < 80 || line.furniture || (count.get(keys[i]) ?? 0) < 2) continue
    line.furniture = 'duplicate'
    line.score = -FURNITURE_COST
  }
  markTeaserGrids(lines)
  markDataRows(lines)
  // Strong signs of a page dump: furniture-shaped lines and menus. Repeats alone are not, since
  // clean recipes and fact boxes repeat themselves.
  let evidence = markMenus(lines)
  for (const line of lines)
    if (line.furniture && line.furniture !== 'duplicate' && line.furniture !== 'residue') evidence++
  return { lines, evidence }
}

/**
 * A line's weight in the body search: prose earns its length, short sentences half of it, short
 * labels and furniture cost, list headings and comment threads cost enough to wall the body off.
 */
function scoreLine(line: LineInfo, len: number, shortSentence: boolean): number {
  switch (line.furniture) {
    case '':
      return line.prose ? len : shortSentence ? len / 2 : -SHORT_COST
    case 'residue':
      return -5
    // A repeated short line (a recipe's "Eat every 2–3 hours") costs no more than any short line.
    case 'duplicate':
      return line.prose ? -FURNITURE_COST : -SHORT_COST
    case 'comments':
      return -COMMENTS_COST
    case 'listHeading':
      return -LIST_COST
    default:
      return -FURNITURE_COST
  }
}

/**
 * Rows of a table or items of a list that carry figures ("Schulen: 41 Millionen Euro",
 * "DL Larry Ogunjobi 63 85% 1 tackle"): a line of three words or more with a digit, in a block of
 * two or more such lines with no blank line between. A story's tables and fact lists are made of
 * these, and they cost nothing in the body search, so the story is not cut at them; menus and
 * teaser lists seldom carry figures.
 */
function markDataRows(lines: LineInfo[]): void {
  const isRow = (l: LineInfo | undefined) =>
    l !== undefined &&
    !l.prose &&
    !l.furniture &&
    l.words >= 3 &&
    /\d/.test(l.text) &&
    /\p{L}{2}/u.test(l.text)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.score >= 0 || !isRow(line)) continue
    const before = !line.gapBefore && isRow(lines[i - 1])
    const after = i + 1 < lines.length && !lines[i + 1].gapBefore && isRow(lines[i + 1])
    if (before || after) line.score = 0
  }
}

/**
 * Runs of four or more short lines with no blank line between are menus or link lists; returns how
 * many runs look like menus (mostly one to three words a line).
 */
function markMenus(lines: LineInfo[]): number {
  let menus = 0
  const isMenuLine = (l: LineInfo) => !l.prose && l.text.length < 60 && !endsSentence(l.text)
  for (let i = 0; i < lines.length;) {
    if (!isMenuLine(lines[i])) {
      i++
      continue
    }
    let end = i + 1
    while (end < lines.length && isMenuLine(lines[end]) && !lines[end].gapBefore) end++
    if (end - i >= 4) {
      let terse = 0
      for (let j = i; j < end; j++) {
        if (lines[j].score > -MENU_COST) lines[j].score = -MENU_COST
        if (lines[j].words <= 3) terse++
      }
      if (terse * 2 >= end - i) {
        menus++
        for (let j = i; j < end; j++) lines[j].menu = true
      }
    }
    i = end
  }
  return menus
}

/**
 * Teaser grids: short summaries that each stand alone under a headline, three or more in a row.
 * Story paragraphs mostly sit next to each other; when they alternate with short lines, those are
 * attributions or labels, not headlines.
 */
function markTeaserGrids(lines: LineInfo[]): void {
  const positive = (i: number) => i >= 0 && i < lines.length && lines[i].score > 0
  const headline = (l: LineInfo) =>
    l.words >= 4 && l.text.length >= 25 && l.text.length < 150 && !endsSentence(l.text)
  const lone: number[] = []
  const flushRun = () => {
    if (lone.length >= 3) for (const i of lone) lines[i].score = -SHORT_COST
    lone.length = 0
  }
  // Only grids below a story (two paragraphs in a row) count: a page that is all headline-plus-
  // summary pairs is a listicle, and those pairs are its body.
  let storySeen = false
  for (let i = 0; i < lines.length; i++) {
    if (!positive(i)) continue
    if (!storySeen) {
      storySeen = positive(i + 1)
      continue
    }
    const alone = !positive(i - 1) && !positive(i + 1) && lines[i].text.length < 400
    // A teaser summary sits at most three lines under its headline (name and date between).
    let underHeadline = false
    for (let k = i - 1; alone && k >= Math.max(0, i - 3) && !underHeadline; k--)
      underHeadline = headline(lines[k])
    if (!underHeadline) {
      flushRun()
      continue
    }
    if (lone.length && i - lone[lone.length - 1] > 4) flushRun()
    lone.push(i)
  }
  flushRun()
}

// A headline glued to its summary by a dump that dropped the break: "...At Troy SteakhouseA party
// of six left...". The head must read as a Title Case headline, so "McDonald" or "iPhone" in a
// sentence do not count.
/**
 * False when {@link LEGAL_LINE} cannot match: each of its alternatives needs one of these words
 * (in any ASCII case, which lower-casing keeps), one of {@link LEGAL_WORDS}, or an opening "©"
 * or "(". Plain substring searches dismiss most lines before the regex runs. `lower` is the
 * line in lower case.
 */
function mayBeLegal(line: string, lower: string): boolean {
  const first = line.charCodeAt(0)
  return (
    first === 0xa9 ||
    first === 40 ||
    lower.includes('copyright') ||
    lower.includes('rights reserved') ||
    lower.includes('trademark') ||
    lower.startsWith('terms of') ||
    lower.startsWith('privacy policy') ||
    LEGAL_WORDS.some((word) => lower.includes(word))
  )
}

const GLUE = /^(.{15,150}?[\p{Ll}\d?!’'")])(\p{Lu}[\p{Ll} ])/u

/**
 * False when {@link GLUE} cannot match: in an ASCII line, no capital at 16-151 follows a
 * lower-case letter, digit or `?!'")`. Most prose lines are dismissed by this plain loop, which
 * costs far less than the regex trying every length; a non-ASCII character there defers to it.
 */
function mayBeGlued(line: string): boolean {
  const last = Math.min(line.length - 1, 151)
  for (let i = 0; i <= last; i++) {
    const c = line.charCodeAt(i)
    if (c >= 128) return true
    if (i >= 16 && c >= 65 && c <= 90 && endsGlue(line.charCodeAt(i - 1))) return true
  }
  return false
}

/** `[\p{Ll}\d?!'")]` for an ASCII character. */
function endsGlue(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    c === 63 ||
    c === 33 ||
    c === 39 ||
    c === 34 ||
    c === 41
  )
}

function isGluedTeaser(line: string): boolean {
  if (!mayBeGlued(line)) return false
  const match = GLUE.exec(line)
  if (!match) return false
  const words = match[1].split(' ')
  // "McDonald", "YouTube": a short stem before the capital is a name, not a glued headline.
  if (words.length < 4 || words[words.length - 1].length < 4 || match[1].includes('(')) return false
  let capitalized = 0
  for (const word of words) if (/^[\p{Lu}\d$‘'"“]/u.test(word)) capitalized++
  return capitalized >= words.length * 0.75
}

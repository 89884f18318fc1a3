/**
 * @module
 * Shared tests for boilerplate lines, used on HTML blocks and on scraped plain-text lines alike.
 * Each is the English pattern written here or the same kind of line in another language
 * (`boilerplate-languages.ts`).
 */
import {
  COMMENT_HEADINGS,
  FURNITURE_LINES,
  LEGAL_NOTICES,
  LIST_HEADINGS,
  DATES,
  RELATED_LINES,
  RELATIVE_TIMES,
  SIGNUP_LINES,
} from './boilerplate-languages'

/** `english`, or a whole line that is one of `others` (anchored unless `anchored` is false). */
function orLanguages(english: RegExp, others: readonly string[], anchored = true): RegExp {
  const alternatives = others.join('|')
  return new RegExp(
    `${english.source}|${anchored ? `^(?:${alternatives})\\s*:?$` : `(?:${alternatives})`}`,
    'i',
  )
}

/** Class/id fragments of page furniture (menus, share bars, promos, comments, cookie notices). */
export const BOILERPLATE_PATH =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|footer|header|masthead|sidebar|aside|share|sharing|social|related|recommended|recirc|more-stories|popular|trending|newsletter|subscribe|signup|promo|advert|ads?|ad-slot|sponsor|cookie|consent|gdpr|comments?|disqus|byline|author-bio|tags|caption|credit|modal|popup|paywall|skip|toolbar|pagination|widget)(?:$|[\s_-])/

/** Headings that open a list of links to other stories. */
const LIST_HEADING_EN =
  /^(?:related(?: topics| stories| articles| news| content| coverage| posts)?|recent(?: stories| posts| news| articles)?|more (?:stories|news|from|on|in|coverage|articles|videos|headlines|to explore)\b.{0,30}|more\b.{0,30}\b(?:stories|news|articles|videos|reads)|more|most (?:popular|read|viewed|shared)|trending(?: now)?|you may also like|read (?:more|next|also)|see also|recommended(?: for you)?|top stories|latest(?: news| stories)?|editor'?s picks|also read|popular|don't miss|further reading|explore further|related links|breaking news|latest headlines|headlines|top news|tags?|topics|you might also like|more from \S+(?: \S+){0,3}|sponsored (?:content|stories|links))\s*:?$/i

/** Short furniture lines seen on scraped pages. */
const FURNITURE_LINE_EN =
  /^(?:open menu|close menu|menu|search|home|skip to (?:main )?content|sign in|log ?in|sign up|subscribe(?: now)?|share(?: this)?(?: article| story)?|share on \w+|print|email|facebook|twitter|x|whatsapp|linkedin|advertisement|advert|ad|sponsored|\d+ shares?|tweet|buffer|pin(?: it)?|reddit|flipboard|pocket|cookies?|accept(?: all)?(?: cookies)?|back to top|comments?|\d+ comments?|follow us.*|all rights reserved.*|copyright.*|©.*|click here.*|listen to (?:this )?article.*|photo:.*|image:.*|getty images|reuters|ap photo.*|(?:story|article) continues below.*|continue reading.*|scroll (?:down )?to continue.*|skip (?:advert|ad)\w*|(?:load|show|see|view) (?:more|all)\b.{0,20}|(?:next|previous|prev) (?:article|story|post|page)\b.{0,60}|\d+ min(?:ute)? read|print this article.*|image \d+ of.*|caption|close|expand|enlarge (?:this )?image)$/i

/** Relative timestamps and bare dates that label teasers ("26 minutes ago", "2 hrs ago"). */
const TIMESTAMP_LINE_EN =
  /^(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|just now|yesterday|updated:?.*\bago)$/i

/** A teaser cut off with an ellipsis ("Guterres Urges UNSC to ..."). */
export const TRUNCATED_LINE = /(?:\s\.\.|…|\.\.\.)\s*$/

/** A bare date, optionally with a time: the stamp on a teaser or a comment. */
const DATE_LINE_EN =
  /^(?:(?:published|updated|posted)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*\.?,?\s+\d{4}|\d{4}[-/.]\d\d?[-/.]\d\d?|\d\d?[-/.]\d\d?[-/.]\d{2,4})(?:,?\s*(?:at\s+)?\d\d?[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$/i

/** The start of a comment thread: nothing after it is the article. */
const COMMENTS_HEADING_EN =
  /^(?:[[(]?\s*\d+\s+(?:comments?|responses?|replies|reactions?|thoughts on)\b.*|top rated comments|(?:leave|post|add|write) a (?:reply|comment|response)\b.*|join the (?:discussion|conversation)\b.*|comments?\s*(?:\(\d+\))?|discussion|reader comments|show comments|view comments|.{1,40}\bsays:)$/i

/** Cookie and consent notices, whatever their length. */
export const COOKIE_TEXT =
  /\bcookies?\b.*\b(?:website|site|browser|consent|privacy|experience|accept|agree|settings|partners)\b|\b(?:website|site|we)\b.*\bcookies?\b/i

/** Machine residue in page dumps: ISO timestamps, bare URLs, bare numbers. */
export const RESIDUE_LINE =
  /^(?:\d{4}-\d\d-\d\dT[\d:.+-]+Z?|https?:\/\/\S+|www\.\S+|[\d\s.,:/%+-]+)$/i

/** Photo captions and credits ("(Image: © NASA)", "Credit: ESA", "Jane Doe / AP file", "1of4..."). */
export const CAPTION_LINE =
  /(?:^image (?:caption|copyright)\b|\bfile photo\b|\((?:photo|image|picture)s?\b[^()]*\)$|^follow\b.{0,40}\bon\b.*\b(?:twitter|facebook|instagram)\b|^\(?(?:image|photo|picture|foto|credit|photograph)s?(?: credit)?\s*:|\b(?:credit|photo|image)s?\s*:\s*\S+(?:\s+\S+){0,6}\)?$|\bgetty images\)?$|\s\/\s*(?:ap|afp|reuters|getty|epa|shutterstock)\b[\w\s]{0,12}$|^\d+\s*of\s*\d+\S)/i

/** Legal small print: copyright, trademarks, terms. */
const LEGAL_LINE_EN =
  /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b|\bregistered trademarks?\b|\bsubject to copyright\b|^(?:terms of (?:use|service)|privacy policy)\b/i

/** Newsletter and alert sign-ups. */
const SIGNUP_LINE_EN =
  /\bnewsletters?\b|\b(?:in|to) your inbox\b|\bsubscribe (?:now|today|here|to (?:our|the))\b|\bsign up (?:now|here|today|for (?:our|the|free)|to (?:our|get|receive))\b|\bbreaking news (?:alerts|emails)\b|\be-?mail alerts?\b|\bunsubscribe\b/i

/** "Related: ...", "READ MORE: ..." lines that link to another story. */
const RELATED_LINE_EN =
  /^(?:(?:related|read more|read also|also read|see also|more|watch|listen|recommended|further reading)\s*:\s*\S|also on \S+\.\w{2,}\b)/i

/** "PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: ..." and the like. */
export const STAMP_LINE =
  /^(?:published|updated|posted|last updated|first published|modified)\b\s*(?:on\s*)?:?\s*\S.{0,100}$/i

/** Post metadata lines: "Posted by X in Category", "Publicado por: X - Categoria: Y". */
export const META_LINE =
  /\b(?:posted|written|published|publicado|publicada|publié|pubblicato|veröffentlicht|escrito)\s+(?:by|por|par|da|von)\b|\b(?:categor(?:y|ies|ia|ie)|filed under|tags?)\s*:/i

/** Text that is mostly URLs: image sources and data attributes leaking into the page text. */
export function isUrlResidue(text: string): boolean {
  let urlChars = 0
  for (const match of text.matchAll(/\bhttps?:\/\/\S+/g)) urlChars += match[0].length
  return urlChars > text.length * 0.4
}

/**
 * The end of a sentence. A closing quote or bracket counts only after punctuation: 'said.”' ends
 * a sentence, a quoted headline ('“We needed to win this game”') or a count ('(130)') does not.
 */
export const SENTENCE_END = /(?:[.!?…。！？؟۔」』]|[.!?…,;]["'”’)»]+)$/u

/**
 * `SENTENCE_END.test(text)`, read from the end of the text: the regex, anchored only at the end,
 * is tried from every position of every line and block.
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1
  if (i < 0) return false
  if (FINAL_STOPS.includes(text[i])) return true
  // A closing quote or bracket run counts after one of . ! ? … , ;
  while (i >= 0 && CLOSERS.includes(text[i])) i--
  return i >= 0 && i < text.length - 1 && STOPS_BEFORE_CLOSERS.includes(text[i])
}

const FINAL_STOPS = '.!?…。！？؟۔」』'
const CLOSERS = `"'”’)»`
const STOPS_BEFORE_CLOSERS = '.!?…,;'

/** Calls to action that close a page after the story: "Join our forums", "Follow us", "Want more?". */
export const PROMO_LINE =
  /^(?:join|get|follow|sign up|subscribe|click|tap|download|watch|listen|check out|like us|like this (?:story|article)|don't miss|want more|need more|stay up to date|never miss|support|become a member|sponsored)\b.{0,250}$/i

/** Headings that open a list of links to other stories. */
export const LIST_HEADING = orLanguages(LIST_HEADING_EN, LIST_HEADINGS)

/** Short furniture lines seen on scraped pages. */
export const FURNITURE_LINE = orLanguages(FURNITURE_LINE_EN, FURNITURE_LINES)

/** Relative timestamps and bare dates that label teasers ("26 minutes ago", "vor 2 Stunden"). */
export const TIMESTAMP_LINE = orLanguages(TIMESTAMP_LINE_EN, RELATIVE_TIMES)

/** A bare date with an optional time: "03.12.2026, 07:12 Uhr", "3. Dezember 2026", "3 décembre 2026". */
export const DATE_LINE = orLanguages(DATE_LINE_EN, DATES)

/** The start of a comment thread: nothing after it is the article. */
export const COMMENTS_HEADING = orLanguages(COMMENTS_HEADING_EN, COMMENT_HEADINGS)

/** Legal small print: copyright, trademarks, terms. */
export const LEGAL_LINE = orLanguages(LEGAL_LINE_EN, LEGAL_NOTICES, false)

/** Newsletter and alert sign-ups. */
export const SIGNUP_LINE = orLanguages(SIGNUP_LINE_EN, SIGNUP_LINES, false)

/** "Related: ...", "Lesen Sie auch: ..." lines that link to another story. */
export const RELATED_LINE = orLanguages(RELATED_LINE_EN, RELATED_LINES, false)

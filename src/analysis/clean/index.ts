/**
 * @module
 * `clean`: the article body alone, paragraphs split by a blank line, with title, byline, dateline
 * and published date returned apart; stray control characters and soft hyphens are dropped and
 * the text is NFC. Pure TypeScript on htmlparser2; runs in workerd and Node.
 *
 * - HTML (`html-to-blocks` → `select-body` → `clean-html`): one streaming parse into text blocks,
 *   paragraphs vote for their container, furniture inside it (share bars, related lists, captions,
 *   sign-ups, bylines) is dropped by class words and block shape.
 * - Scraped text (`line-shape` → `body-run` → `clean-text`): lines judged by shape, the body is the
 *   best-scoring run of lines; text with no sign of page furniture passes through untouched.
 *
 * `removed` counts what was dropped per reason: navigation, share, related, newsletter, ad, cookie,
 * comments, caption, meta, byline, title, timestamp, duplicate, legal, promo, links, furniture,
 * hidden, header/trailing/outsideBody/edge (outside the body with no clearer reason), dateline.
 */
import type { ArticleInput, CleanResult, CleanWarning, RemovedCounts } from '../types'
import { cleanHtml } from './clean-html'
import { decodeCharacterReferences } from './character-references'
import { cleanText } from './clean-text'
import { normalizeCleanText } from './normalize'

/**
 * Cleans whichever of `html` or `text` the input carries.
 *
 * @example
 * cleanArticle({ html: '<nav>Home</nav><h1>Rates held</h1><p>The bank held rates on Tuesday.</p>' })
 * // { title: 'Rates held', text: 'The bank held rates on Tuesday.', removed: { navigation: 1, title: 1 }, source: 'html', ... }
 */
export function cleanArticle(input: ArticleInput): CleanResult {
  const result = cleanInput(input)
  const text = normalizeCleanText(result.text)
  return {
    ...result,
    title: result.title === null ? null : normalizeCleanText(result.title),
    text,
    warnings: text.trim() ? result.warnings : [...result.warnings, noText(result.removed)],
  }
}

/** The warning for an empty text, naming what took the input's text away. */
function noText(removed: RemovedCounts): CleanWarning {
  const reasons = Object.entries(removed)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${reason} ${count}`)
  return {
    code: 'no-text',
    message: reasons.length
      ? `No article text was found; removed: ${reasons.join(', ')}.`
      : 'No article text was found: the input holds only markup or scripts.',
  }
}

function cleanInput(input: ArticleInput): CleanResult {
  // Stray controls (a NUL in an ad block) go once, from the clean text on the way out
  // (normalizeCleanText): scanning the whole markup or every text chunk costs more.
  if (input.html !== undefined) return cleanHtml(input.html, input.title)
  // Scraped text may still carry "&rsquo;" and "&amp;"; the HTML parser decodes those itself.
  const text = decodeCharacterReferences(input.text ?? '')
  const title = input.title === undefined ? undefined : decodeCharacterReferences(input.title)
  if (input.options?.assumeClean) {
    const paragraphs = text
      .trim()
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
    return {
      title: title ?? null,
      text: paragraphs.join('\n\n'),
      paragraphs: paragraphs.length,
      removed: {},
      source: 'clean',
      warnings: [],
    }
  }
  return cleanText(text, title)
}

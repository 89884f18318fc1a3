/**
 * @module
 * `clean`: the article body alone, title and furniture kept apart.
 */
import type { ArticleInput, CleanResult } from '../types'
import { cleanHtml } from './clean-html'
import { cleanText } from './clean-text'

/** Cleans whichever of `html` or `text` the input carries. */
export function cleanArticle(input: ArticleInput): CleanResult {
  if (input.html !== undefined) return cleanHtml(input.html, input.title)
  const text = input.text ?? ''
  if (input.options?.assumeClean) {
    const paragraphs = text.trim().split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
    return { title: input.title ?? null, text: paragraphs.join('\n\n'), paragraphs: paragraphs.length, removed: {}, source: 'clean' }
  }
  return cleanText(text, input.title)
}

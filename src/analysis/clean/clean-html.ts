/**
 * @module
 * Article body extraction from HTML: parse once into blocks, pick the container the paragraphs
 * vote for, then drop furniture inside it (share bars, related lists, captions, bylines).
 */
import type { CleanResult, CleanWarning, RemovedCounts } from '../types'
import {
  CAPTION_LINE,
  DATE_LINE,
  endsSentence,
  FURNITURE_LINE,
  isUrlResidue,
  LEGAL_LINE,
  LIST_HEADING,
  META_LINE,
  PROMO_LINE,
  RELATED_LINE,
  SIGNUP_LINE,
  TIMESTAMP_LINE,
} from './boilerplate'
import { joinBody } from './dateline'
import { htmlToBlocks, type HtmlBlock, type HtmlDocument } from './html-to-blocks'
import { selectBody } from './select-body'
import { bylineName } from './text-header'
import { denseScriptCharacters } from '../text/scripts'

const BYLINE =
  /^(?:by|por|par|von|di|door|av|af)\s+\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,5}(?:\s*(?:,|and|&|\|)\s*.*)?$/iu

/**
 * Extracts the article body and title from an HTML page or fragment.
 *
 * @example
 * cleanHtml('<nav>Home</nav><h1>Title</h1><p>Body text.</p>').text // 'Body text.'
 */
export function cleanHtml(html: string, givenTitle?: string): CleanResult {
  const result = cleanBlocks(htmlToBlocks(html), givenTitle)
  if (result.text.trim()) return result
  // Nothing visible: the page shows its text only to scripts (a noscript copy, a hidden app
  // shell, a template). Never answer with nothing when the page has text: read what it hides.
  const revealed = cleanBlocks(htmlToBlocks(html, true), givenTitle)
  if (!revealed.text.trim()) return result
  revealed.warnings.push({
    code: 'hidden-text',
    message:
      'The page shows no text without scripts; this is the text it hides or gives to browsers without JavaScript.',
  })
  return revealed
}

function cleanBlocks(document: HtmlDocument, givenTitle?: string): CleanResult {
  const { nodes, blocks, meta, skipped } = document
  // Copied with Object.assign, not a spread: V8 gives a spread copy a hidden class outside the
  // shared transition tree, and then each reason added below builds a new one (~1.5 µs a drop).
  const removed: RemovedCounts = Object.assign({}, skipped)
  const drop = (reason: string) => (removed[reason] = (removed[reason] ?? 0) + 1)
  const { inBody, furniture } = selectBody(nodes, blocks)

  const title = givenTitle?.trim() || meta.h1 || meta.metaTitle || stripSiteName(meta.title)
  let byline = meta.byline
  const kept: HtmlBlock[] = []
  let inList = false
  let bodySeen = false
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    const text = block.text
    const reason = block.node >= 0 ? furniture[block.node] : ''
    // The story's byline sits in its meta line or its header ("By Priya Nandé | 3 December"),
    // which may lie outside the body container but comes before it; later ones are teasers'.
    const bylineLike =
      (reason === 'meta' || reason === 'header') && text.length < 120 && BYLINE.test(text)
    if (!inBody[i]) {
      if (bylineLike && !bodySeen) byline ??= bylineName(text)
      drop(reason || 'outsideBody')
      continue
    }
    bodySeen = true
    // A standfirst sits in the article's header beside the headline; it is prose, and story.
    const standfirst = reason === 'header' && endsSentence(text) && wordCount(text) >= 15
    if (reason && !standfirst) {
      if (bylineLike) byline ??= bylineName(text)
      drop(reason)
      continue
    }
    const len = text.length
    if (title && sameText(text, title)) drop('title')
    else if (LIST_HEADING.test(text) && len < 40) {
      drop('related')
      inList = true
    } else if (inList && (block.group >= 0 || block.linkChars > len * 0.5) && !endsSentence(text))
      drop('related')
    // Story paragraphs may be mostly link text ("read the report here."); link lists do not end
    // like sentences.
    else if (
      block.linkChars >
      len * ((block.tag === 'p' || len >= 100) && endsSentence(text) ? 0.8 : 0.5)
    )
      drop('links')
    else if (len < 60 && (FURNITURE_LINE.test(text) || TIMESTAMP_LINE.test(text))) drop('furniture')
    // A date stamp on its own line ("June 19, 2024 at 6:15 a.m."), often a bare <time>; the date
    // itself is read from its datetime attribute or the page's meta tags.
    else if (len < 60 && DATE_LINE.test(text)) drop('timestamp')
    else if (len < 300 && CAPTION_LINE.test(text)) drop('caption')
    else if (len < 400 && LEGAL_LINE.test(text)) drop('legal')
    else if (len < 200 && SIGNUP_LINE.test(text)) drop('newsletter')
    else if (len < 200 && RELATED_LINE.test(text)) drop('related')
    else if (len < 200 && META_LINE.test(text) && !endsSentence(text)) drop('meta')
    else if (text.includes('://') && isUrlResidue(text)) drop('residue')
    else if (len < 80 && BYLINE.test(text) && !endsSentence(text)) {
      byline ??= bylineName(text)
      drop('byline')
    } else {
      inList = false
      kept.push(block)
    }
  }

  // Short label-like blocks before the first paragraph and after the last one are furniture
  // (kickers, dates, "Share", sign-offs); real short paragraphs end like sentences and stay.
  // Items of a plain (unlinked) list count as content: a story may end on a list of results.
  // A list or table is one unit: when one of its plain items is content, so are the short ones
  // ("1 onion" under "200 g red lentils").
  const contentGroups = new Set<number>()
  for (const b of kept)
    if (b.group >= 0 && b.linkChars < b.text.length * 0.3 && b.text.length >= 10)
      contentGroups.add(b.group)
  const isParagraph = (b: HtmlBlock) =>
    b.weight >= 80 ||
    (endsSentence(b.text) && wordCount(b.text) >= 4) ||
    (contentGroups.has(b.group) && b.linkChars < b.text.length * 0.3)
  let start = 0
  while (start < kept.length && !isParagraph(kept[start])) start++
  let end = kept.length
  while (end > start && !isParagraph(kept[end - 1])) end--
  while (end > start + 1 && PROMO_LINE.test(kept[end - 1].text)) end--
  if (start > 0) removed.edge = (removed.edge ?? 0) + start
  if (end < kept.length) removed.edge = (removed.edge ?? 0) + kept.length - end
  let body = start < end ? kept.slice(start, end) : kept
  const warnings: CleanWarning[] = []
  // Never answer with nothing when the page has text: the longest blocks, or else every block.
  if (body.length === 0 && blocks.length > 0) {
    body = blocks.filter((b) => b.text.length >= 25)
    if (body.length === 0) body = blocks
    warnings.push({
      code: 'no-paragraphs',
      message:
        'Nothing on the page looked like article text, so the text is its longer blocks, furniture included.',
    })
  }

  // Items of one list or table join with a line break, everything else with a blank line.
  // Joined from an array (in `joinBody`), which makes one flat string: a `+=` chain makes a tree
  // of string pieces that every later character read (tokenizer, analyses) pays to walk or flatten.
  let parts: string[] = []
  for (let i = 0; i < body.length; i++) {
    const block = body[i]
    if (i > 0) parts.push(block.group >= 0 && block.group === body[i - 1].group ? '\n' : '\n\n')
    parts.push(block.text)
  }
  // Safety net for pages whose body is built by script: when the markup yields far less than the
  // page's own JSON-LD articleBody, the publisher's copy is the better answer.
  const declared = meta.articleBody?.trim()
  if (
    declared &&
    declared.length >= 400 &&
    parts.reduce((n, part) => n + part.length, 0) < declared.length * 0.4
  ) {
    parts = declared
      .split(/\s*\n\s*/)
      .filter(Boolean)
      .flatMap((line, i) => (i > 0 ? ['\n\n', line] : [line]))
    removed.replacedByArticleBody = 1
    warnings.push({
      code: 'article-body',
      message:
        "The page's markup held far less text than its JSON-LD articleBody, which is returned instead.",
    })
  }
  const { dateline, rest, paragraphs } = joinBody(parts)
  if (dateline) removed.dateline = 1
  return {
    title: title ?? null,
    text: rest,
    paragraphs,
    removed,
    byline: byline ?? null,
    dateline,
    published: meta.published,
    source: 'html',
    warnings,
  }
}

/** Words split by spaces, with Chinese, Japanese and Korean characters counted as half a word each. */
function wordCount(text: string): number {
  return text.split(' ').length + denseScriptCharacters(text) / 2
}

/** Case- and space-insensitive equality, for dropping a repeated headline. */
function sameText(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 3) return false
  return a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase()
}

/** "Headline | Site" or "Headline - Site" to "Headline". */
function stripSiteName(title: string | null): string | null {
  if (!title) return null
  const cut = title.split(/\s+[|–—-]\s+/)
  return cut.length > 1 && cut[0].length >= 15 ? cut[0] : title
}

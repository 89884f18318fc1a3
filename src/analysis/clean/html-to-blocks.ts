/**
 * @module
 * Streams HTML through htmlparser2 into text blocks (one per paragraph-level element) and a flat
 * table of the element nodes that hold them, so the extractor can score containers without a DOM.
 */
import { Parser } from 'htmlparser2'
import { furnitureReason, hiddenByClass } from './furniture'
import { denseScriptCharacters } from '../text/scripts'

/**
 * Deepest element nesting the parser keeps; an element opened deeper is taken as empty and its
 * content goes to the element above, as Chromium's HTML parser does past 512 levels. Real pages
 * stay far below it; without it, a page of 200,000 unclosed `<div>` took 10 s, because
 * htmlparser2's open-element stack costs time in its depth at every tag.
 */
const MAX_ELEMENT_DEPTH = 512

/**
 * htmlparser2's parser with {@link MAX_ELEMENT_DEPTH}: at that depth an opening tag is reported
 * as a void element, so it is never put on the stack. Closing tags are never capped, so a deep
 * chain still unwinds. `depth` is the depth the handler sees.
 */
class DepthBoundedParser extends Parser {
  private closing = false
  private openedAsVoid: boolean | undefined

  constructor(
    handler: ConstructorParameters<typeof Parser>[0],
    options: ConstructorParameters<typeof Parser>[1],
    private readonly depth: () => number,
  ) {
    super(handler, options)
  }

  override onopentagname(start: number, endIndex: number): void {
    this.openedAsVoid = undefined
    super.onopentagname(start, endIndex)
  }

  override onclosetag(start: number, endIndex: number): void {
    this.closing = true
    try {
      super.onclosetag(start, endIndex)
    } finally {
      this.closing = false
    }
  }

  protected override isVoidElement(name: string): boolean {
    if (super.isVoidElement(name) || this.closing) return super.isVoidElement(name)
    // Asked when the tag opens and again when it ends: one answer for both.
    this.openedAsVoid ??= this.depth() >= MAX_ELEMENT_DEPTH
    return this.openedAsVoid
  }
}

/** One element on the path to a block: enough to score it as a container. */
export interface HtmlNode {
  tag: string
  /** Index of the parent node, -1 for a root. */
  parent: number
  /** Why this element's own tag, id or class marks it as page furniture ('' when it does not). */
  furniture: string
  /** Lower-case id and class, for the container's class weight. */
  label: string
}

export interface HtmlBlock {
  text: string
  /** Lower-case tag of the innermost block element ("p", "h2", "li", "tr"...). */
  tag: string
  /** Index of the innermost block element in `HtmlDocument.nodes`. */
  node: number
  /** Characters inside links, to measure link density. */
  linkChars: number
  /** Index of the enclosing list or table, -1 outside one; items of one list join with a line break. */
  group: number
  /** The block opens with a link, as teasers ("Headline. Summary...") do. */
  leadLink: boolean
  /**
   * Length for judging how much text the block carries: Chinese, Japanese and Korean characters
   * count three times, since one of them holds about what a short word does elsewhere.
   */
  weight: number
}

export interface HtmlDocument {
  nodes: HtmlNode[]
  blocks: HtmlBlock[]
  /** Page metadata from `<title>`, `<meta>`, `<time>` and JSON-LD. */
  meta: HtmlMeta
  /** Subtrees dropped while parsing, per reason (captions, hidden elements). */
  skipped: Record<string, number>
}

export interface HtmlMeta {
  title: string | null
  metaTitle: string | null
  h1: string | null
  byline: string | null
  published: string | null
  /** `articleBody` from JSON-LD, when the page carries one. */
  articleBody: string | null
}

// Subtrees whose text is never article text. Captions are dropped here too: the body excludes them.
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'button',
  'select',
  'textarea',
  'head',
  'figcaption',
  'video',
  'audio',
  'picture',
  'map',
  'dialog',
])
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'tr',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'figure',
  'form',
  'fieldset',
  'address',
  'hr',
  'body',
  'html',
  'center',
  'details',
  'summary',
  'hgroup',
  'menu',
  'legend',
  'option',
])
const VOID = new Set([
  'br',
  'img',
  'hr',
  'meta',
  'link',
  'input',
  'source',
  'wbr',
  'area',
  'base',
  'col',
  'embed',
  'param',
  'track',
])
// Marks a table-cell boundary through whitespace folding; becomes a tab in the block text. A
// Unicode noncharacter, which the standard reserves for a program's internal use (Unicode 15,
// section 23.7), so no page's own text can pass for it; a control character could.
const CELL = '\ufdd0'
/** Skipped elements a browser without scripts shows: read when nothing else is visible. */
const REVEALABLE = new Set(['noscript', 'template'])
const GROUP = new Set(['ul', 'ol', 'dl', 'table'])
const NON_SPACE = /\S/
// Anything the folding below would change besides trimming: runs of spaces, other blanks, line
// breaks and cell marks (U+FDD0, this module's own cell separator).
const NEEDS_FOLDING = /[\t\n\r\f\v\u00a0\u200b\ufeff\ufdd0]| {2}/
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i

/** Folds a block's whitespace: runs of blanks to one space, blank lines to one, cells to tabs. */
function foldSpace(buffer: string): string {
  // Most buffers are blank (markup indentation) or need no folding: skip the five passes.
  if (!NON_SPACE.test(buffer)) return ''
  if (!NEEDS_FOLDING.test(buffer)) return buffer.trim()
  return buffer
    .replace(/[ \t\r\f\v\u00a0\u200b\ufeff]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .replace(/ ?\ufdd0 ?/g, '\t')
}

/**
 * Parses an HTML page or fragment into blocks of text and the nodes above them.
 *
 * @example
 * htmlToBlocks('<p>One <a>two</a></p>').blocks[0] // { text: 'One two', tag: 'p', linkChars: 3, ... }
 */
export function htmlToBlocks(html: string, revealHidden = false): HtmlDocument {
  // A virtual root holds top-level elements, so a body fragment (bare <p>s) still has a container.
  const nodes: HtmlNode[] = [{ tag: '#root', parent: -1, furniture: '', label: '' }]
  /** Open elements as node indexes; `isBlock` is cached so flushes need not look tags up. */
  const stack: number[] = [0]
  const blockStack: number[] = [0]
  const groupStack: number[] = []
  const blocks: HtmlBlock[] = []
  const skipped: Record<string, number> = {}
  const meta: HtmlMeta = {
    title: null,
    metaTitle: null,
    h1: null,
    byline: null,
    published: null,
    articleBody: null,
  }
  let buffer = ''
  // Kept as the buffer grows, so that no step rereads it (that was quadratic in its length).
  let bufferHasText = false
  let bufferEndsInBreak = false
  const append = (text: string) => {
    buffer += text
    if (!bufferHasText && NON_SPACE.test(text)) bufferHasText = true
    bufferEndsInBreak = lineBreakAtEnd(text) ?? bufferEndsInBreak
  }
  let linkChars = 0
  let leadLink = false
  let skipDepth = 0
  let linkDepth = 0
  let preDepth = 0
  let inTitle = false
  let title = ''
  let jsonLd: string | null = null

  const flush = () => {
    if (buffer) {
      const text = preDepth > 0 ? buffer.replace(/^\n+|\s+$/g, '') : foldSpace(buffer)
      if (text) {
        const node = blockStack.length ? blockStack[blockStack.length - 1] : -1
        const tag = node >= 0 ? nodes[node].tag : 'div'
        const dense = denseScriptCharacters(text)
        const group = groupStack.length ? groupStack[groupStack.length - 1] : -1
        blocks.push({
          text,
          tag,
          node,
          linkChars,
          group,
          leadLink,
          weight: text.length + dense * 2,
        })
        if (tag === 'h1' && meta.h1 === null) meta.h1 = text
      }
    }
    buffer = ''
    bufferHasText = false
    bufferEndsInBreak = false
    linkChars = 0
    leadLink = false
  }

  const parser = new DepthBoundedParser(
    {
      onopentag(name, attributes) {
        // Metadata lives in <head>, which is otherwise skipped.
        if (name === 'meta') return readMeta(attributes, meta)
        if (name === 'title' && !title) inTitle = true
        if (name === 'script' && /ld\+json/i.test(attributes.type ?? '')) jsonLd = ''
        if (skipDepth > 0) {
          if (!VOID.has(name)) skipDepth++
          return
        }
        if (name === 'title') return
        // The page's own root is never furniture: a script reveals a body hidden while it loads
        // (`<body style="display:none">`, anti-flicker classes). With `revealHidden`, what a
        // browser without scripts or styles would show is read too (noscript, hidden elements).
        const root = name === 'html' || name === 'body' || name === 'main'
        if (
          (SKIPPED.has(name) && !(revealHidden && REVEALABLE.has(name))) ||
          (!revealHidden &&
            !root &&
            ('hidden' in attributes ||
              attributes['aria-hidden'] === 'true' ||
              (attributes.style !== undefined && HIDDEN_STYLE.test(attributes.style)) ||
              (attributes.class !== undefined && hiddenByClass(attributes.class))))
        ) {
          if (!VOID.has(name)) skipDepth++
          // Count what a reader would have seen; scripts and styles were never text.
          const reason = name === 'figcaption' ? 'caption' : SKIPPED.has(name) ? '' : 'hidden'
          if (reason) skipped[reason] = (skipped[reason] ?? 0) + 1
          return
        }
        if (name === 'br') {
          // Two line breaks in a row are how older CMSes split paragraphs.
          if (bufferEndsInBreak) flush()
          else append('\n')
          return
        }
        if (name === 'time' && attributes.datetime) meta.published ??= attributes.datetime
        if (VOID.has(name)) return
        const isBlock = BLOCK.has(name)
        if (isBlock) flush()
        else if ((name === 'td' || name === 'th') && bufferHasText) append(CELL)
        if (name === 'a') linkDepth++
        if (name === 'pre') preDepth++
        const label = `${attributes.id ?? ''} ${attributes.class ?? ''}`.trim()
        const parent = stack.length ? stack[stack.length - 1] : -1
        const index = nodes.length
        nodes.push({
          tag: name,
          parent,
          furniture: furnitureReason(name, label, attributes.role),
          label: label.toLowerCase(),
        })
        stack.push(index)
        if (isBlock || name === 'td' || name === 'th') blockStack.push(index)
        if (GROUP.has(name)) groupStack.push(index)
      },
      ontext(data) {
        if (inTitle) {
          title += data
          return
        }
        if (jsonLd !== null) {
          jsonLd += data
          return
        }
        if (skipDepth > 0) return
        if (linkDepth > 0) {
          const chars = data.trim().length
          if (chars && linkChars === 0 && !bufferHasText) leadLink = true
          linkChars += chars
        }
        append(data)
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false
        if (name === 'script' && jsonLd !== null) {
          readJsonLd(jsonLd, meta)
          jsonLd = null
        }
        if (skipDepth > 0) {
          if (!VOID.has(name)) skipDepth--
          return
        }
        if (VOID.has(name) || name === 'title' || name === 'meta') return
        // Pop to the matching open tag; htmlparser2 reports implied closes, stray ones are ignored.
        let at = stack.length - 1
        while (at >= 0 && nodes[stack[at]].tag !== name) at--
        if (at < 0) return
        if (BLOCK.has(name)) flush()
        if (name === 'a') linkDepth = Math.max(0, linkDepth - 1)
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1)
        const floor = stack[at]
        stack.length = at
        while (blockStack.length && blockStack[blockStack.length - 1] >= floor) blockStack.pop()
        while (groupStack.length && groupStack[groupStack.length - 1] >= floor) groupStack.pop()
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
    () => stack.length + skipDepth,
  )
  parser.write(html)
  parser.end()
  flush()
  meta.title = title.replace(/\s+/g, ' ').trim() || null
  return { nodes, blocks, meta, skipped }
}

/** Title, author and date from `<meta>` tags. */
function readMeta(attributes: Record<string, string>, meta: HtmlMeta): void {
  const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase()
  const content = attributes.content?.trim()
  if (!content) return
  if (key === 'og:title' || key === 'twitter:title') meta.metaTitle ??= content
  else if (
    key === 'author' ||
    key === 'article:author' ||
    key === 'byl' ||
    key === 'sailthru.author'
  ) {
    if (!/^https?:/.test(content)) meta.byline ??= content
  } else if (
    /^(?:article:published_time|datepublished|date|pubdate|publishdate|dc\.date|sailthru\.date|parsely-pub-date)$/.test(
      key,
    )
  ) {
    meta.published ??= content
  }
}

/**
 * What text appended to a buffer says about whether the buffer now ends in a line break followed
 * only by spaces or tabs: `true` or `false`, or `undefined` when the text is only spaces and tabs
 * (the answer stays what it was). Reads the text, never the buffer: testing the whole buffer at
 * every `<br>` made 40,000 of them take seconds.
 */
function lineBreakAtEnd(text: string): boolean | undefined {
  for (let at = text.length - 1; at >= 0; at--) {
    const char = text[at]
    if (char !== ' ' && char !== '\t') return char === '\n'
  }
  return undefined
}

/** JSON-LD items read per block: a page's article is among its first few. */
const MAX_JSON_LD_ITEMS = 50

/** Headline, author and date from a JSON-LD block; malformed JSON is common and ignored. */
function readJsonLd(source: string, meta: HtmlMeta): void {
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch {
    return
  }
  const queue: unknown[] = [data]
  // Element by element up to the cap: spreading a 300,000-element array into push() overflows
  // the stack.
  const enqueue = (items: unknown[]) => {
    for (const item of items) {
      if (queue.length >= MAX_JSON_LD_ITEMS) return
      queue.push(item)
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const item = queue[i]
    if (Array.isArray(item)) enqueue(item)
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>
      if (Array.isArray(record['@graph'])) enqueue(record['@graph'])
      if (typeof record.datePublished === 'string') meta.published ??= record.datePublished
      if (typeof record.headline === 'string') meta.metaTitle ??= record.headline
      if (
        typeof record.articleBody === 'string' &&
        record.articleBody.length > (meta.articleBody?.length ?? 0)
      )
        meta.articleBody = record.articleBody
      const author = Array.isArray(record.author) ? record.author[0] : record.author
      const name =
        typeof author === 'string' ? author : (author as Record<string, unknown> | undefined)?.name
      if (typeof name === 'string' && record.headline) meta.byline ??= name
    }
  }
}

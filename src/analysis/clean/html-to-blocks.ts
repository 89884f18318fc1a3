/**
 * @module
 * Streams HTML through htmlparser2 into text blocks (one per paragraph-level element), keeping the
 * tag path of each block so the extractor can judge it. No DOM is built.
 */
import { Parser } from 'htmlparser2'

export interface HtmlBlock {
  text: string
  /** Lower-case tag of the block element ("p", "h2", "li", "td"...). */
  tag: string
  /** Characters inside links, to measure link density. */
  linkChars: number
  /** Tag names of the open elements, outermost first, joined by spaces. */
  tags: string
  /** Tags, ids and classes of the ancestors, joined by spaces, for boilerplate hints. */
  path: string
}

export interface HtmlDocument {
  title: string | null
  metaTitle: string | null
  h1: string | null
  blocks: HtmlBlock[]
  byline: string | null
  published: string | null
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'button', 'select', 'textarea', 'head', 'figcaption'])
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'figure', 'form', 'address', 'hr', 'body', 'html', 'center'])
const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'param', 'track'])

/**
 * Parses an HTML page or fragment into blocks of text.
 *
 * @example
 * htmlToBlocks('<p>One <a>two</a></p>').blocks[0] // { text: 'One two', tag: 'p', linkChars: 3, ... }
 */
export function htmlToBlocks(html: string): HtmlDocument {
  const stack: { tag: string; label: string }[] = []
  const blocks: HtmlBlock[] = []
  let buffer = ''
  let linkChars = 0
  let skipDepth = 0
  let linkDepth = 0
  let preDepth = 0
  let inTitle = false
  let title = ''
  let metaTitle: string | null = null
  let h1: string | null = null
  let byline: string | null = null
  let published: string | null = null

  const flush = () => {
    const text = preDepth > 0 ? buffer.replace(/^\n+|\s+$/g, '') : buffer.replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim()
    if (text) {
      const blockTag = [...stack].reverse().find((s) => BLOCK.has(s.tag))?.tag ?? 'div'
      blocks.push({ text, tag: blockTag, linkChars, tags: stack.map((s) => s.tag).join(' '), path: stack.map((s) => s.label).join(' ') })
      if (blockTag === 'h1' && h1 === null) h1 = text
    }
    buffer = ''
    linkChars = 0
  }

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? '').toLowerCase()
          const content = attributes.content?.trim()
          if (!content) return
          if (key === 'og:title' || key === 'twitter:title') metaTitle ??= content
          else if (key === 'author' || key === 'article:author') byline ??= content
          else if (key === 'article:published_time' || key === 'date' || key === 'pubdate') published ??= content
          return
        }
        if (name === 'title') inTitle = true
        if (skipDepth > 0 || SKIPPED.has(name)) {
          if (!VOID.has(name)) skipDepth++
          return
        }
        if (name === 'br') {
          buffer += '\n'
          return
        }
        if (name === 'time' && attributes.datetime) published ??= attributes.datetime
        if (VOID.has(name)) return
        if (BLOCK.has(name)) flush()
        if (name === 'a') linkDepth++
        if (name === 'pre') preDepth++
        const label = [name, attributes.id ?? '', attributes.class ?? '', attributes.role ?? '', attributes.itemprop ?? ''].join(' ').toLowerCase().trim()
        stack.push({ tag: name, label })
      },
      ontext(data) {
        if (inTitle) {
          title += data
          return
        }
        if (skipDepth > 0) return
        buffer += data
        if (linkDepth > 0) linkChars += data.trim().length
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false
        if (skipDepth > 0) {
          if (!VOID.has(name)) skipDepth--
          return
        }
        if (VOID.has(name)) return
        if (BLOCK.has(name)) flush()
        if (name === 'a') linkDepth = Math.max(0, linkDepth - 1)
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1)
        // Pop to the matching open tag; htmlparser2 closes implied tags for us.
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i].tag === name) {
            stack.length = i
            break
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true }
  )
  parser.write(html)
  parser.end()
  flush()
  return { title: title.trim() || null, metaTitle, h1, blocks, byline, published }
}

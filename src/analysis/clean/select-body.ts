/**
 * @module
 * Finds the element that holds the article body: paragraphs vote for the containers above them
 * (nearer ancestors get more), link-heavy containers are discounted, and sibling containers that
 * carry enough text of their own join the winner.
 */
import { endsSentence } from './boilerplate'
import type { HtmlBlock, HtmlNode } from './html-to-blocks'

/** The result of {@link selectBody}: which nodes hold the body, and the furniture reason per node. */
export interface BodySelection {
  /** Per block: true when it lies inside the chosen container(s). */
  inBody: boolean[]
  /** Per node: the nearest furniture reason on its path ('' when none). */
  furniture: string[]
  /** Node index of the winning container, -1 when none scored. */
  top: number
}

const CONTAINER = new Set([
  'div',
  'section',
  'article',
  'main',
  'body',
  'td',
  'form',
  'center',
  'html',
  '#root',
])
const POSITIVE =
  /(?:^|[\s_-])(?:article|articlebody|body|content|entry|main|post|text|blog|story|prose|copy|page)(?:$|[\s_-])|article|story|content/
const SENTENCE_PUNCT = /[,،，、]/g

/**
 * Chooses the article container for blocks parsed by `htmlToBlocks`.
 *
 * @example
 * const { nodes, blocks } = htmlToBlocks(html)
 * selectBody(nodes, blocks).inBody // [false, true, true, ..., false]
 */
export function selectBody(nodes: HtmlNode[], blocks: HtmlBlock[]): BodySelection {
  const n = nodes.length
  // Prose per subtree, to rescue a "furniture" class that wraps most of the page's prose
  // (`<div class="post has-sidebar">`).
  const prose = new Float64Array(n)
  let totalProse = 0
  for (const block of blocks) {
    const len = block.weight
    // Link text in the same units as `len`.
    const linked = (block.linkChars * block.weight) / Math.max(1, block.text.length)
    if (len < 80 || linked > len * 0.3 || block.node < 0) continue
    totalProse += len
    prose[block.node] += len
  }
  sumUp(nodes, prose)
  const furniture: string[] = new Array(n)
  for (let i = 0; i < n; i++) {
    // Weak words ("header", "meta") on a wrapper of real prose are more likely a false alarm.
    const reason = nodes[i].furniture
    const share = reason === 'header' || reason === 'meta' ? 0.25 : 0.5
    const own = reason && !(totalProse > 0 && prose[i] >= totalProse * share) ? reason : ''
    const parent = nodes[i].parent
    furniture[i] = own || (parent >= 0 ? furniture[parent] : '')
  }

  const score = new Float64Array(n)
  const chars = new Float64Array(n)
  const links = new Float64Array(n)
  const good = new Float64Array(n)
  const bad = new Float64Array(n)
  for (const block of blocks) {
    if (block.node < 0 || furniture[block.node]) continue
    const len = block.weight
    // Link text in the same units as `len`.
    const linked = (block.linkChars * block.weight) / Math.max(1, block.text.length)
    chars[block.node] += len
    links[block.node] += linked
    // Linked list items are teasers ("breaking news" tickers) more often than story text.
    const teaser = block.tag === 'li' && block.leadLink && linked > len * 0.1
    if (len >= 80 && linked < len * 0.3 && !teaser) good[block.node] += len
    // Labels (kickers, dates, names) come in crowds around teaser cards and alone in a story.
    else bad[block.node] += linked > len * 0.5 || teaser ? len : Math.max(len, 30)
    if (len < 25 || linked > len * 0.5) continue
    const commas = block.text.match(SENTENCE_PUNCT)?.length ?? 0
    const points = 1 + Math.min(commas, 10) + Math.min(3, Math.floor(len / 100))
    // Votes go to the nearest real container: a table row or list item votes for the story box
    // around its table or list, not for the table.
    let at = block.node
    while (at >= 0 && !CONTAINER.has(nodes[at].tag)) at = nodes[at].parent
    for (let level = 0; at >= 0 && level < 5; level++, at = nodes[at].parent) {
      score[at] += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3)
    }
  }
  sumUp(nodes, chars)
  sumUp(nodes, links)
  sumUp(nodes, good)
  sumUp(nodes, bad)
  let top = -1
  let best = 0
  const final = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    if (score[i] === 0) continue
    const node = nodes[i]
    const bonus =
      (node.tag === 'article' ? 10 : node.tag === 'div' || node.tag === 'main' ? 5 : 0) +
      (POSITIVE.test(node.label) ? 15 : 0)
    final[i] = (score[i] + bonus) * (1 - Math.min(1, links[i] / Math.max(1, chars[i])))
    if (final[i] > best) {
      best = final[i]
      top = i
    }
  }

  // Climb while the parent adds real paragraphs and little else: bodies split by ad slots or
  // "companion" columns sit in sibling wrappers that each hold part of the story.
  if (top >= 0) {
    for (
      let at = nodes[top].parent;
      at >= 0 && nodes[at].tag !== 'body' && !furniture[at];
      at = nodes[at].parent
    ) {
      const addedGood = good[at] - good[top]
      const addedBad = bad[at] - bad[top]
      if (addedBad > addedGood * 0.5 + 200) break
      if (addedGood >= 150 && addedBad <= addedGood * 0.5) top = at
    }
    best = final[top]
  }

  const chosen = new Uint8Array(n)
  if (top >= 0) {
    chosen[top] = 1
    // Siblings that score well on their own are split-off parts of the body (a lede box, a
    // second column of paragraphs).
    const parent = nodes[top].parent
    if (parent >= 0) {
      const threshold = Math.max(10, best * 0.2)
      for (let i = parent + 1; i < n; i++) {
        if (nodes[i].parent === parent && i !== top && !furniture[i] && final[i] >= threshold)
          chosen[i] = 1
      }
    }
  }
  // Inherit "inside a chosen node" down the tree; parents always precede their children.
  for (let i = 1; i < n; i++)
    if (!chosen[i] && nodes[i].parent >= 0 && chosen[nodes[i].parent]) chosen[i] = 1
  const inBody = blocks.map((block) => {
    if (top < 0) return true
    if (block.node >= 0 && chosen[block.node]) return true
    // A paragraph sitting directly beside the winner.
    if (
      block.node >= 0 &&
      nodes[block.node].parent === nodes[top].parent &&
      !furniture[block.node]
    ) {
      if (block.tag !== 'p') return false
      // Long enough and not link-heavy, or short but a clean sentence.
      return (
        (block.weight >= 80 && block.linkChars < block.text.length * 0.25) ||
        (block.linkChars === 0 && endsSentence(block.text))
      )
    }
    return false
  })
  return { inBody, furniture, top }
}

/** Adds each node's value into its ancestors in one backward pass (children follow parents). */
function sumUp(nodes: HtmlNode[], values: Float64Array): void {
  for (let i = nodes.length - 1; i > 0; i--) {
    const parent = nodes[i].parent
    if (parent >= 0) values[parent] += values[i]
  }
}

/**
 * @module
 * What every frame check sees for one cue match, and the small tests they share: offer-like and
 * claim-like words, negators, the verb group before a cue, possessors and addressees, CAMEO codes.
 */
import type { StanceLabel } from '../types'
import { STANCE_LEXICON as lexicon } from './lexicon'
import { clauseSubject, isVerbLike, npLeft, objectPhrase, type TokenRange } from './phrases'
import type { StanceRule } from './rules'
import type { SentenceToken } from './sentence-tokens'

export const BE = new Set([
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'get',
  'got',
  'gets',
  "'s",
  "'re",
  'am',
])

const NEGATORS = new Set(['not', 'never', 'neither', 'nor', 'cannot'])

const CONTACT =
  /^(?:contacted|asked|invited|approached|called|urged|requested|petitioned|lobbied|pressed)$/

export const startsWithAny = (w: string, set: ReadonlySet<string>) =>
  set.has(w) || set.has(w.replace(/s$/, ''))

export const isProposal = (t: SentenceToken | undefined) =>
  !!t &&
  t.kind === 'w' &&
  (lexicon.proposal.has(t.lower) || lexicon.proposal.has(t.lower.replace(/['’]$/, '')))

export const isClaim = (t: SentenceToken | undefined) =>
  !!t && t.kind === 'w' && lexicon.claim.has(t.lower)

export const isNeg = (t: SentenceToken) => NEGATORS.has(t.lower) || t.lower.endsWith("n't")

export const tokenAt = (tokens: SentenceToken[], pos: number) => {
  let i = 0
  while (i < tokens.length && tokens[i].start < pos) i++
  return i
}

/** Context a rule check sees for one cue match. */
export interface Cue {
  rule: StanceRule
  tokens: SentenceToken[]
  sentence: string
  /** Token index of the cue's first token. */
  at: number
  /** Token index where `(?<obj>)` sits (or just after the cue). */
  objectAt: number
  /** Token index just after the cue match. */
  after: number
  match: RegExpMatchArray
}

/** What a frame check decides: no event, or the label, actor ranges and extra events. */
export interface Decision {
  label?: StanceLabel
  cameo?: string
  /** Actor noun phrases; an empty list means a null actor. */
  actors?: TokenRange[]
  /** Use the clause subject (after infinitive/participle handling) as the actor. */
  subject?: boolean
  /** Also emit an `invited` event for the same actor (a reply to an invitation is pending). */
  alsoInvited?: boolean
  /** Skip the negation test (the frame already read it). */
  negationRead?: boolean
}

/**
 * Whether token `k` is a quantifier floated after an auxiliary ("were both invited", "have all
 * declined"): part of the verb group, not a determiner of what follows.
 */
export function floatingQuantifier(tokens: readonly SentenceToken[], k: number): boolean {
  return (
    k > 0 &&
    /^(?:both|all|each)$/.test(tokens[k]?.lower ?? '') &&
    lexicon.auxiliary.has(tokens[k - 1].lower)
  )
}

export function slice(sentence: string, tokens: SentenceToken[], r: TokenRange): string {
  return sentence.slice(tokens[r.a].start, tokens[r.b - 1].end)
}

/** The first token of the verb group ending at the cue ("has however declined" -> "has"). */
export function auxStart(tokens: SentenceToken[], t: number): number {
  let k = t
  while (k > 0) {
    const p = tokens[k - 1]
    if (
      p.kind === 'w' &&
      !p.cap &&
      (lexicon.auxiliary.has(p.lower) ||
        lexicon.adverb.has(p.lower) ||
        isNeg(p) ||
        p.lower === 'to' ||
        p.lower === 'yet' ||
        floatingQuantifier(tokens, k - 1))
    )
      k--
    else if (p.kind === 'p' && /^["“”'‘’]$/.test(p.text)) k--
    else break
  }
  return k
}

/** The noun phrase ending in a possessive just before token `t` ("Washington's refusal"). */
export function possessor(tokens: SentenceToken[], t: number): TokenRange | null {
  let k = t
  while (k > 0 && tokens[k - 1].kind === 'p' && /^["“]$/.test(tokens[k - 1].text)) k--
  const last = tokens[k - 1]
  if (!last) return null
  // "The board signalled its acceptance": a possessive determiner points at its clause's subject.
  if (/^(?:its|their|his|her)$/i.test(last.text)) {
    let verb = k - 2
    while (verb >= 0 && !isVerbLike(tokens[verb]) && tokens[verb].kind !== 'p') verb--
    const subject =
      verb >= 0 && isVerbLike(tokens[verb]) ? clauseSubject(tokens, verb).ranges[0] : undefined
    return subject && subject.b <= verb ? subject : { a: k - 1, b: k }
  }
  if (!/['’]s?$/.test(last.text)) return null
  return npLeft(tokens, k)
}

/** Whoever was contacted or offered something earlier in the sentence. */
export function addressee(cue: Cue): TokenRange[] {
  const { tokens, at: cueAt } = cue
  let found: TokenRange | null = null
  for (let k = 0; k < cueAt; k++) {
    const w = tokens[k].lower
    let at = -1
    if (CONTACT.test(w)) at = k + 1
    else if (w === 'with' && tokens[k - 1]?.lower === 'touch') at = k + 1
    else if (
      w === 'to' &&
      (isProposal(tokens[k - 1]) ||
        /^(?:wrote|written|sent|appealed|offer|offered|proposal|appeal)$/.test(
          tokens[k - 1]?.lower ?? '',
        ))
    ) {
      at =
        tokens[k + 1] && !tokens[k + 1].cap && !lexicon.determiner.has(tokens[k + 1].lower)
          ? k + 2
          : k + 1
    } else if (
      w === 'to' &&
      tokens[k - 2] &&
      isProposal(tokens[k - 2]) === false &&
      /^(?:offer|proposal|invitation|bid)$/.test(tokens[k - 3]?.lower ?? '')
    )
      at = k + 2
    if (at < 0 || at >= cueAt) continue
    const np = objectPhrase(tokens, at)
    if (
      np &&
      (tokens[np.a].cap || lexicon.determiner.has(tokens[np.a].lower) || tokens[np.a].kind === 'w')
    )
      found = np
  }
  return found ? [found] : []
}

/** Scans up to `n` tokens after `i` for an offer-like noun, stopping at claims and clause ends. */
export function proposalAfter(tokens: SentenceToken[], i: number, n = 8): SentenceToken | null {
  let noun = false
  for (let k = i; k < Math.min(tokens.length, i + n); k++) {
    const x = tokens[k]
    // Once the object has a noun, a preposition ends it ("rejected tax cuts in favour of help").
    if (
      noun &&
      /^(?:in|for|with|from|at|on|to|by|against|over|under|about|into|than|as)$/.test(x.lower)
    )
      return null
    if (x.kind === 'w' && !lexicon.determiner.has(x.lower) && !lexicon.notNoun.has(x.lower))
      noun = true
    if (
      x.kind === 'p' &&
      /[,.;:!?"”]/.test(x.text) &&
      !(x.text === ',' && /^\d/.test(tokens[k + 1]?.text ?? ''))
    )
      return null
    if (x.lower === 'that' || x.lower === 'because' || x.lower === 'if') return null
    // A new verb ("... democracy and does not plan") ends the object.
    if (
      k > i &&
      (lexicon.auxiliary.has(x.lower) ||
        (isVerbLike(x) && !lexicon.determiner.has(tokens[k - 1].lower) && !/ed$/.test(x.lower)))
    )
      return null
    if (isClaim(x)) return null
    if (isProposal(x)) return x
    // "the proposed merger", "a planned takeover": what is proposed is a proposal.
    if (
      /^(?:proposed|planned)$/.test(x.lower) &&
      lexicon.determiner.has(tokens[k - 1]?.lower ?? '')
    )
      return x
  }
  return null
}

/** Whether an offer or request was mentioned earlier in the sentence (for "accepted it"). */
export function proposalBefore(tokens: SentenceToken[], t: number): boolean {
  return tokens
    .slice(0, t)
    .some((x) => isProposal(x) || /^(?:request|offer|propos|invit|bid|demand)/.test(x.lower))
}

/** A money-market or commodity tender: "accepted bids ... at its repurchase tender". */
export function tenderContext(tokens: SentenceToken[]): boolean {
  return tokens.some((x) =>
    /^(?:tender|tenders|auction|auctions|repurchase|allotment|allotted|repo|tonnes|tons|bushels)$/.test(
      x.lower,
    ),
  )
}

export function acceptCameo(object: SentenceToken | null): string {
  const w = object?.lower ?? ''
  if (/^(?:invitation|meeting|talks|summit|visit)/.test(w)) return '036'
  if (/^mediation/.test(w)) return '038'
  if (/^(?:settlement|ceasefire|truce|accord|treaty)/.test(w)) return '037'
  return '030'
}

export function declineCameo(object: SentenceToken | null): string {
  const w = object?.lower ?? ''
  if (/^(?:invitation|meeting|talks|summit|visit)/.test(w)) return '125'
  if (/^mediation/.test(w)) return '126'
  if (/^(?:offer|plan|deal|agreement|treaty|initiative|settlement|package|accord|pact)/.test(w))
    return '127'
  if (/^(?:call|appeal)/.test(w)) return '122'
  if (/^(?:aid|assistance|help|loan)/.test(w)) return '122'
  return '120'
}

export function flipCameo(cue: Cue): string {
  return declineCameo(proposalAfter(cue.tokens, cue.objectAt))
}

/** "Shares declined", "its health continued to decline": the subject is a quantity, not a party. */
export function marketSubject(cue: Cue): boolean {
  const info = clauseSubject(cue.tokens, auxStart(cue.tokens, cue.at))
  const r = info.ranges[0]
  if (!r) return false
  // The head decides: "Health stocks declined" is a market, "The Department of Health declined"
  // a party (the head of "X of Y" is X).
  const words = cue.tokens.slice(r.a, r.b)
  const of = words.findIndex((x, i) => i > 0 && (x.lower === 'of' || x.lower === 'for'))
  const head = words[(of > 0 ? of : words.length) - 1]
  return (
    !!head &&
    (lexicon.market.has(head.lower) ||
      (of < 0 && words.some((x) => lexicon.market.has(x.lower)) && !head.cap))
  )
}

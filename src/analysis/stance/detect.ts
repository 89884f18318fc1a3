/**
 * @module
 * The per-sentence matching engine: runs the rules a sentence's gates let through (`gates.ts`),
 * checks each cue's frame (`frames.ts`), drops negated and hypothetical cues (`modality.ts`), and
 * returns raw events whose actors are still mentions (pronouns are resolved across sentences in
 * `index.ts`).
 */
import type { StanceLabel } from '../types'
import { isPartyNoun } from '../lexicons/word-classes'
import { readMention, type Mention } from './actors'
import { auxStart, flipCameo, slice, tokenAt, type Cue } from './cue'
import { decide } from './frames'
import { STANCE_LEXICON as lexicon } from './lexicon'
import {
  clauseBoundary,
  clauseSubject,
  isVerbLike,
  npLeft,
  objectListAfter,
  objectPhrase,
  splitParties,
  type TokenRange,
} from './phrases'
import { ALL_HINTS, rulesToTry } from './gates'
import { controller, hypothetical, negatedBefore } from './modality'
import { closingParen, splitAlternatives } from './regex-source'
import { STANCE_RULES, type StanceRule } from './rules'
import { tokenizeSentence, type SentenceToken } from './sentence-tokens'

/** An event found in one sentence, offsets relative to the sentence. */
export interface RawEvent {
  label: StanceLabel
  start: number
  end: number
  cue: string
  cameo?: string
  /** Null when the frame has a party slot but nothing fills it ("an invitation to restart talks"). */
  mention: Mention | null
  /** The reporting clause's subject, for "X said it ..." */
  speaker: Mention | null
  /** For a pronoun after "but"/"and", the subject of the clause before. */
  firstSubject?: Mention | null
  rule: string
}

/** Characters a `u` pattern reads differently from its `StanceRule.scan` twin. */
const UNICODE_SENSITIVE = /[\ud800-\udfff\u017f\u212a]/

/**
 * Finds the raw stance events of one sentence.
 *
 * @example
 * detectInSentence('Beijing did not respond.').map((e) => e.label) // ['noResponse']
 */
export function detectInSentence(sentence: string, hints = ALL_HINTS): RawEvent[] {
  let sentenceTokens: SentenceToken[] | null = null
  const out: RawEvent[] = []
  // Asked once a hint passes: most candidate sentences are dropped before that.
  let scannable: boolean | undefined
  for (const r of rulesToTry(hints)) {
    const rule = STANCE_RULES[r]
    if (!rule.hint.test(sentence)) continue
    // An exec loop rather than matchAll, which clones the regular expression on every call.
    const { pattern, scan } = rule
    const slot = OBJECT_SLOTS[r]
    let from = 0
    for (;;) {
      let match: RegExpExecArray | null
      if ((scannable ??= !UNICODE_SENSITIVE.test(sentence))) {
        // The fast twin finds the match; only an object slot inside it needs `pattern`, run there.
        scan.lastIndex = from
        match = scan.exec(sentence)
        if (match && slot === 'inside') {
          pattern.lastIndex = match.index
          match = pattern.exec(sentence)
        }
      } else {
        pattern.lastIndex = from
        match = pattern.exec(sentence)
      }
      if (!match) break
      from = match[0] === '' ? nextCodePoint(sentence, match.index) : match.index + match[0].length
      // Tokenize only once some rule has matched: most candidate sentences never get here.
      sentenceTokens ??= tokenizeSentence(sentence)
      const tokens: SentenceToken[] = sentenceTokens
      const start = match.index
      const end = start + match[0].trimEnd().length
      const objPos =
        slot === 'end' ? start + match[0].length : (match.indices?.groups?.obj?.[0] ?? end)
      const cue: Cue = {
        rule,
        tokens,
        sentence,
        at: tokenAt(tokens, start),
        objectAt: tokenAt(tokens, objPos),
        after: tokenAt(tokens, end),
        match,
      }
      if (cue.at >= tokens.length) continue
      const decision = decide(cue)
      if (!decision) continue
      let label = decision.label ?? rule.label
      const bound = clauseBoundary(tokens, cue.at)
      if (
        !decision.negationRead &&
        rule.negation !== 'none' &&
        negatedBefore(tokens, bound.start, cue.at, cue)
      ) {
        if (rule.negation === 'drop' || !rule.flipTo) continue
        label = rule.flipTo
      }
      if (hypothetical(cue, bound.start)) continue
      if (!decision.subject && controller(cue) === 'hypothetical') continue
      // "invited A, B and C": every member of a list after the object is a party.
      let ranges: TokenRange[] = (decision.actors ?? []).flatMap((r) => [
        r,
        ...objectListAfter(tokens, r),
      ])
      let speaker: Mention | null = null
      let speakerRange: TokenRange | null = null
      if (decision.subject) {
        const ctl = controller(cue)
        if (ctl === 'hypothetical') continue
        if (ctl) ranges = [ctl]
        else {
          const info = clauseSubject(tokens, auxStart(tokens, cue.at))
          ranges = info.ranges
          speakerRange = info.speaker
          if (info.speaker) speaker = readMention(slice(sentence, tokens, info.speaker))
          // "Mr Livingstone said his comments were fair and refused to apologise": only a party
          // refuses, accepts or answers, so when the reported clause's subject is a thing, the
          // verb phrase after "and"/"but" is the speaker's, coordinated with "said".
          if (
            info.speaker &&
            ranges.length > 0 &&
            ranges.every((r) => thingPhrase(tokens, r)) &&
            afterCoordinator(tokens, auxStart(tokens, cue.at))
          ) {
            ranges = [info.speaker]
            speakerRange = null
            speaker = null
          }
        }
      } else if (rule.actor === 'subject' || decision.actors === undefined) {
        const info = clauseSubject(tokens, auxStart(tokens, cue.at))
        if (info.speaker) speaker = readMention(slice(sentence, tokens, info.speaker))
      }
      // "Rejecting the offer, the board said ...": a fronted participle takes the main subject.
      if (
        decision.subject &&
        !ranges.length &&
        /ing$/.test(tokens[cue.at].lower) &&
        skipOpeners(tokens, bound.start) >= cue.at
      ) {
        let c = cue.at
        while (c < tokens.length && tokens[c].text !== ',') c++
        const main = c < tokens.length ? objectPhrase(tokens, c + 1) : null
        if (main && isVerbLike(tokens[main.b])) ranges = [main]
      }
      // An imperative ("- refuse to pay your provider") has no subject and starts its clause.
      if (
        decision.subject &&
        !ranges.length &&
        /^(?:refuse|accept|reject|decline|boycott|ignore|agree|attend|join|turn)$/.test(
          tokens[cue.at].lower,
        ) &&
        skipOpeners(tokens, bound.start) >= cue.at
      )
        continue
      // "any voter who refuses", "every club that rejects": a rule about anyone, not an event.
      if (
        ranges.length === 1 &&
        /^(?:any|every|each|no)$/.test(tokens[ranges[0].a]?.lower ?? '') &&
        rule.label !== 'noResponse'
      )
        continue
      let parties =
        ranges.length === 1
          ? splitParties(tokens, ranges[0])
          : ranges.flatMap((r) => splitParties(tokens, r))
      // "Germany and France said they would attend": "they" is each of the speakers.
      if (
        speakerRange &&
        parties.length === 1 &&
        /^(?:they|we)$/i.test(tokens[parties[0].a].text) &&
        parties[0].b - parties[0].a === 1
      ) {
        const speakers = splitParties(tokens, speakerRange)
        if (speakers.length > 1) parties = speakers
      }
      const mentions: (Mention | null)[] = parties.length
        ? parties.map((p) => readMention(slice(sentence, tokens, p)))
        : [null]
      if (mentions.some((m) => m?.kind === 'speaker'))
        speaker = quoteSpeaker(sentence, tokens, cue.at)
      // "Toyota said sales rose, but it declined to comment": a pronoun after "but"/"and" most
      // often continues the first clause's subject; the resolver tries it before nearer names.
      let firstSubject: Mention | null = null
      if (mentions.some((m) => m?.kind === 'pronoun' || m?.kind === 'generic')) {
        const b = clauseBoundary(tokens, auxStart(tokens, cue.at))
        if (b.kind === 'coord' && b.at > 0) {
          const prevInfo = clauseSubject(tokens, b.at)
          const prev = prevInfo.speaker ? null : prevInfo.ranges[0]
          if (prevInfo.speaker)
            firstSubject = readMention(slice(sentence, tokens, prevInfo.speaker))
          else if (prev) firstSubject = readMention(slice(sentence, tokens, prev))
        }
      }
      const cameo = decision.cameo ?? rule.cameo
      for (const [index, mention] of mentions.entries()) {
        const headWord = parties[index] ? tokens[parties[index].b - 1]?.text : undefined
        if (mention && (isAbstractSubject(mention, rule) || notAParty(mention, rule, headWord)))
          continue
        const ev = {
          label,
          start,
          end,
          cue: match[0].trim(),
          mention,
          speaker,
          firstSubject,
          rule: rule.id,
          ...(cameo && label !== 'noResponse' ? { cameo } : {}),
        }
        if (label !== rule.label && rule.label === 'accepted') ev.cameo = flipCameo(cue)
        out.push(ev)
        if (decision.alsoInvited)
          out.push({ ...ev, label: 'invited', cameo: '026', rule: `${rule.id}+invited` })
      }
    }
  }
  return out
}

/**
 * Where a rule pattern's `(?<obj>)` sits: at its end (only a lookahead after it), so it is where
 * the match ends; `inside` it, so only the `d` flag's indices tell; or `none`.
 */
const OBJECT_SLOTS: readonly ('end' | 'inside' | 'none')[] = STANCE_RULES.map(
  ({ pattern: { source } }) => {
    const at = source.indexOf('(?<obj>)')
    if (at < 0) return 'none'
    const after = at + '(?<obj>)'.length
    const atEnd =
      after === source.length ||
      (source.startsWith('(?=', after) && closingParen(source, after) === source.length - 1)
    return atEnd && splitAlternatives(source).length === 1 ? 'end' : 'inside'
  },
)

/** Where a `u` regular expression resumes after an empty match at `i` (past a whole surrogate pair). */
function nextCodePoint(text: string, i: number): number {
  const lead = text.charCodeAt(i)
  const trail = text.charCodeAt(i + 1)
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? i + 2 : i + 1
}

/** "could not be reached" needs a party: "agreement could not be reached" is no event. */
/**
 * Whether a noun phrase names a thing, not a party: lower-case words only, its head neither a
 * pronoun nor a person or group noun (WordNet noun.person / noun.group): "his comments", "the
 * movie", "its results".
 */
function thingPhrase(tokens: readonly SentenceToken[], r: TokenRange): boolean {
  const words = tokens.slice(r.a, r.b)
  const head = words[words.length - 1]
  return (
    !!head &&
    head.kind === 'w' &&
    words.every((x) => !x.cap) &&
    !isPartyNoun(head.lower) &&
    !/^(?:he|she|it|they|we|i|you|who|which|that|one|others?|both|all|each)$/.test(head.lower)
  )
}

/** Whether the verb group at `at` follows "and" or "but" (past any adverbs). */
function afterCoordinator(tokens: readonly SentenceToken[], at: number): boolean {
  let k = at - 1
  while (k >= 0 && tokens[k].kind === 'w' && lexicon.adverb.has(tokens[k].lower)) k--
  return /^(?:and|but)$/.test(tokens[k]?.lower ?? '')
}

function isAbstractSubject(m: Mention, rule: StanceRule): boolean {
  if (rule.check !== 'party-subject') return false
  const head = m.name.toLowerCase().split(/\s+/).pop() ?? ''
  return lexicon.abstract.has(head)
}

/** The people a reporter asks for comment. */
const SPOKES_HEAD =
  /^(?:spokes(?:man|woman|person|men|women|people|persons)|officials?|executives?|representatives?|aides?|lawyers?|attorneys?|officers?)$/i

/** For `party-head` rules: the mention's head must be a name or a person or group noun. */
function notAParty(m: Mention, rule: StanceRule, headWord: string | undefined): boolean {
  if (rule.check !== 'party-head' && rule.check !== 'spokes-head') return false
  if (m.kind === 'pronoun') return false
  // The phrase as written ("Company spokesmen"), before the mention was reduced to its party.
  if (rule.check === 'spokes-head') return !SPOKES_HEAD.test(headWord ?? '')
  const words = m.name.split(/\s+/)
  const head = words[words.length - 1] ?? ''
  if (isPartyNoun(head)) return false
  // A capitalised head is a name ("Morgan Guaranty Trust Co", "VW").
  return !/^\p{Lu}/u.test(head)
}

/** Who speaks a quote holding "I"/"we": "..., said El Guerrouj", "the spokesman said". */
function quoteSpeaker(sentence: string, tokens: SentenceToken[], t: number): Mention | null {
  // `Mr Patel told reporters: "I will not ..."`: the speaker comes before the opening quote.
  for (let q = t - 1; q >= 0; q--) {
    if (!/^(?:said|says|added|told|declared|insisted|replied)$/.test(tokens[q].lower)) continue
    if (!tokens.slice(q + 1, t).some((x) => /^["“]$/.test(x.text))) break
    const r = clauseSubject(tokens, q).ranges[0]
    if (r) return readMention(slice(sentence, tokens, r))
    break
  }
  for (let q = t + 1; q < tokens.length; q++) {
    if (!/^(?:said|says|added|adds|told|explained|insisted|stressed)$/.test(tokens[q].lower))
      continue
    const prevP = tokens[q - 1]
    const before = prevP && prevP.kind !== 'p' ? npLeft(tokens, q) : null
    if (before) return readMention(slice(sentence, tokens, before))
    const after = objectPhrase(tokens, q + 1)
    if (after) return readMention(slice(sentence, tokens, after))
  }
  return null
}

/** Skips quotes and dashes that open a clause. */
function skipOpeners(tokens: SentenceToken[], i: number): number {
  while (i < tokens.length && tokens[i].kind === 'p') i++
  return i
}

/**
 * @module
 * The per-sentence engine: runs each rule's cue pattern, checks its frame (object class,
 * passive/active, infinitive controller), drops negated and hypothetical cues, and returns raw
 * events whose actors are still mentions (pronouns are resolved across sentences in `index.ts`).
 */
import type { StanceLabel } from '../types'
import { isPartyNoun } from '../lexicons/verb-classes'
import { readMention, type Mention } from './actors'
import { auxStart, BE, flipCameo, isNeg, slice, tokenAt, type Cue } from './cue'
import { decide } from './frames'
import { STANCE_LEXICON as L } from './lexicon'
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

const EMBEDDING =
  /^(?:ask|asked|asking|asks|know|knew|known|sure|see|saw|wonder|wondered|decide|decided|said|say|says|tell|told|unclear|uncertain|clear|question|questions|questioned|indicate|indicated|determine|whether)$/

const HOPE =
  /^(?:hope|hopes|hoped|hoping|expect|expects|expected|expecting|wish|wishes|wished|likely|unlikely|indication|indications)$/

const SIGN = /^(?:sign|signs)$/

const LOCAL_MODAL = new Set(['may', 'might', 'could', 'should', 'must', 'ought', 'can'])

const CAUSATIVE =
  /^(?:prompted|prompt|prompts|forced|force|forces|led|lead|leads|caused|cause|persuaded|convinced|pushed|obliged|compelled|moved|got|drove)$/

/** Characters a `u` pattern reads differently from its `StanceRule.scan` twin. */
const UNICODE_SENSITIVE = /[\ud800-\udfff\u017f\u212a]/

/**
 * Finds the raw stance events of one sentence.
 *
 * @example
 * detectInSentence('Beijing did not respond.').map((e) => e.label) // ['noResponse']
 */
export function detectInSentence(sentence: string, hints = ALL_HINTS): RawEvent[] {
  let toks: SentenceToken[] | null = null
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
      toks ??= tokenizeSentence(sentence)
      const tks: SentenceToken[] = toks
      const start = match.index
      const end = start + match[0].trimEnd().length
      const objPos =
        slot === 'end' ? start + match[0].length : (match.indices?.groups?.obj?.[0] ?? end)
      const cue: Cue = {
        rule,
        toks: tks,
        sentence,
        t: tokenAt(tks, start),
        o: tokenAt(tks, objPos),
        after: tokenAt(tks, end),
        match,
      }
      if (cue.t >= tks.length) continue
      const d = decide(cue)
      if (!d) continue
      let label = d.label ?? rule.label
      const bound = clauseBoundary(tks, cue.t)
      if (
        !d.negationRead &&
        rule.negation !== 'none' &&
        negatedBefore(tks, bound.start, cue.t, cue)
      ) {
        if (rule.negation === 'drop' || !rule.flipTo) continue
        label = rule.flipTo
      }
      if (hypothetical(cue, bound.start)) continue
      if (!d.subject && controller(cue) === 'hypothetical') continue
      // "invited A, B and C": every member of a list after the object is a party.
      let ranges: TokenRange[] = (d.actors ?? []).flatMap((r) => [r, ...objectListAfter(tks, r)])
      let speaker: Mention | null = null
      let speakerRange: TokenRange | null = null
      if (d.subject) {
        const ctl = controller(cue)
        if (ctl === 'hypothetical') continue
        if (ctl) ranges = [ctl]
        else {
          const info = clauseSubject(tks, auxStart(tks, cue.t))
          ranges = info.ranges
          speakerRange = info.speaker
          if (info.speaker) speaker = readMention(slice(sentence, tks, info.speaker))
        }
      } else if (rule.actor === 'subject' || d.actors === undefined) {
        const info = clauseSubject(tks, auxStart(tks, cue.t))
        if (info.speaker) speaker = readMention(slice(sentence, tks, info.speaker))
      }
      // "Rejecting the offer, the board said ...": a fronted participle takes the main subject.
      if (
        d.subject &&
        !ranges.length &&
        /ing$/.test(tks[cue.t].lower) &&
        skipOpeners(tks, bound.start) >= cue.t
      ) {
        let c = cue.t
        while (c < tks.length && tks[c].text !== ',') c++
        const main = c < tks.length ? objectPhrase(tks, c + 1) : null
        if (main && isVerbLike(tks[main.b])) ranges = [main]
      }
      // An imperative ("- refuse to pay your provider") has no subject and starts its clause.
      if (
        d.subject &&
        !ranges.length &&
        /^(?:refuse|accept|reject|decline|boycott|ignore|agree|attend|join|turn)$/.test(
          tks[cue.t].lower,
        ) &&
        skipOpeners(tks, bound.start) >= cue.t
      )
        continue
      // "any voter who refuses", "every club that rejects": a rule about anyone, not an event.
      if (
        ranges.length === 1 &&
        /^(?:any|every|each|no)$/.test(tks[ranges[0].a]?.lower ?? '') &&
        rule.label !== 'noResponse'
      )
        continue
      let parties =
        ranges.length === 1
          ? splitParties(tks, ranges[0])
          : ranges.flatMap((r) => splitParties(tks, r))
      // "Germany and France said they would attend": "they" is each of the speakers.
      if (
        speakerRange &&
        parties.length === 1 &&
        /^(?:they|we)$/i.test(tks[parties[0].a].text) &&
        parties[0].b - parties[0].a === 1
      ) {
        const speakers = splitParties(tks, speakerRange)
        if (speakers.length > 1) parties = speakers
      }
      const mentions: (Mention | null)[] = parties.length
        ? parties.map((p) => readMention(slice(sentence, tks, p)))
        : [null]
      if (mentions.some((m) => m?.kind === 'speaker')) speaker = quoteSpeaker(sentence, tks, cue.t)
      // "Toyota said sales rose, but it declined to comment": a pronoun after "but"/"and" most
      // often continues the first clause's subject; the resolver tries it before nearer names.
      let firstSubject: Mention | null = null
      if (mentions.some((m) => m?.kind === 'pronoun')) {
        const b = clauseBoundary(tks, auxStart(tks, cue.t))
        if (b.kind === 'coord' && b.at > 0) {
          const prevInfo = clauseSubject(tks, b.at)
          const prev = prevInfo.speaker ? null : prevInfo.ranges[0]
          if (prevInfo.speaker) firstSubject = readMention(slice(sentence, tks, prevInfo.speaker))
          else if (prev) firstSubject = readMention(slice(sentence, tks, prev))
        }
      }
      const cameo = d.cameo ?? rule.cameo
      for (const [index, mention] of mentions.entries()) {
        const headWord = parties[index] ? tks[parties[index].b - 1]?.text : undefined
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
        if (d.alsoInvited)
          out.push({ ...ev, label: 'invited', cameo: '026', rule: `${rule.id}+invited` })
      }
    }
  }
  return out
}

/**
 * What the words of a sentence may satisfy of the rule hints: bit k of `low` (k < 30) or of `high`
 * (k - 30) for the rule with gate k. A rule whose bit is clear cannot match and is skipped.
 */
export interface HintBits {
  low: number
  high: number
}

/** A word a hint needs: inside one of a sentence's words, or at the end of one (`atEnd`). */
interface HintWord {
  text: string
  atEnd: boolean
}

/**
 * The words one of which a rule hint needs, or null when it needs none that can be told: each
 * alternative of the hint gives its most telling requirement ({@link sequenceWords}). Sound
 * because every letter of a sentence lies in one of its words, and the `i` flag (without `u`)
 * folds ASCII letters only, as lower-casing does.
 */
function hintWords(hint: RegExp): HintWord[] | null {
  return hint.flags === 'i' ? requiredWords(hint.source) : null
}

/** One of these words occurs in every match of `source` (null: none known). */
function requiredWords(source: string): HintWord[] | null {
  const out: HintWord[] = []
  for (const alternative of splitAlternatives(source)) {
    const words = sequenceWords(alternative)
    if (!words) return null
    out.push(...words)
  }
  return out
}

/**
 * What one alternative (a sequence of atoms) surely holds: each run of plain letters in it, and
 * each group it cannot skip, is a requirement; the one whose shortest word is longest tells the
 * most ("(?:n't|not)\s+(?:comment|say)" needs "comment" or "say" rather than "n" or "not"). A
 * letter run followed by a space ends a word ("yet" of "yet to"). A letter or group under `?`, `*`
 * or `{` is optional; a letter under `+` ends its run. Lookarounds and classes require nothing.
 */
function sequenceWords(alternative: string): HintWord[] | null {
  let best: HintWord[] | null = null
  const consider = (words: HintWord[] | null) => {
    if (words && (!best || shortest(words) > shortest(best))) best = words
  }
  let run = ''
  let i = 0
  while (i < alternative.length) {
    const c = alternative[i]
    let end = i + 1
    let group: HintWord[] | null = null
    if (c === '\\') end = i + 2
    else if (c === '[') end = classEnd(alternative, i) + 1
    else if (c === '(') {
      const close = closingParen(alternative, i)
      if (close < 0) return best
      end = close + 1
      if (alternative.startsWith('(?:', i)) group = requiredWords(alternative.slice(i + 3, close))
      else if (alternative[i + 1] !== '?') group = requiredWords(alternative.slice(i + 1, close))
    }
    const quantifier = alternative[end]
    const optional = quantifier === '?' || quantifier === '*' || quantifier === '{'
    const isLetter = c >= 'a' && c <= 'z'
    if (isLetter && !optional) run += c
    if (!isLetter || optional || quantifier === '+') {
      const spaceAfter = !isLetter && !optional && (c === ' ' || alternative.startsWith('\\s', i))
      if (run) consider([{ text: run, atEnd: spaceAfter }])
      run = ''
    }
    if (group && !optional) consider(group)
    i = end
    // Skip the quantifier and a lazy `?` after it.
    if (quantifier === '{') i = alternative.indexOf('}', i) + 1
    else if (quantifier === '?' || quantifier === '*' || quantifier === '+') i++
    if (alternative[i] === '?' && i > end) i++
  }
  if (run) consider([{ text: run, atEnd: false }])
  return best
}

function shortest(words: HintWord[]): number {
  return Math.min(...words.map((w) => w.text.length))
}

/** Splits a regex source at its top-level `|` (outside groups, classes and escapes). */
function splitAlternatives(source: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (c === '[') i = classEnd(source, i)
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i))
      start = i + 1
    }
  }
  parts.push(source.slice(start))
  return parts
}

/** The index of the `)` closing the group opened at `open`, or -1. */
function closingParen(source: string, open: number): number {
  let depth = 0
  for (let i = open; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (c === '[') i = classEnd(source, i)
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i
  }
  return -1
}

/** The index of the `]` closing the character class opened at `open`. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++
    else if (source[i] === ']') return i
  }
  return source.length
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

const HINT_WORDS = STANCE_RULES.map(({ hint }) => hintWords(hint))

/** Each rule's gate (its bit in {@link HintBits}), or -1 for a rule that is always tried. */
const HINT_GATES: readonly number[] = (() => {
  let next = 0
  return HINT_WORDS.map((words) => (words && next < 60 ? next++ : -1))
})()

/** Every bit: a sentence given no word hints tries every rule. */
const ALL_HINTS: HintBits = { low: -1, high: -1 }

/**
 * The hint bits a word may satisfy ({@link hintWords}); OR them over a sentence's words and pass
 * the result to {@link detectInSentence}, which then skips the rules whose hint cannot match.
 *
 * @example
 * stanceHintBits('declined').low !== 0 // true
 */
export function stanceHintBits(lower: string): HintBits {
  const bits: HintBits = { low: 0, high: 0 }
  for (let r = 0; r < HINT_WORDS.length; r++) {
    const words = HINT_WORDS[r]
    const gate = HINT_GATES[r]
    if (
      !words ||
      gate < 0 ||
      !words.some((w) => (w.atEnd ? lower.endsWith(w.text) : lower.includes(w.text)))
    )
      continue
    if (gate < 30) bits.low |= 1 << gate
    else bits.high |= 1 << (gate - 30)
  }
  return bits
}

/** The rule of each gate, and the rules without one. */
const GATED_RULES: readonly number[] = HINT_GATES.flatMap((gate, r) => (gate >= 0 ? [r] : []))
const UNGATED_RULES: readonly number[] = HINT_GATES.flatMap((gate, r) => (gate < 0 ? [r] : []))

/**
 * The rules a sentence may match by its hint bits, in rule order: those whose gate bit is set
 * (gates are numbered in rule order), read off the set bits, and those without a gate.
 */
function rulesToTry(hints: HintBits): number[] {
  const rules: number[] = []
  addGated(rules, hints.low & GATE_WORD, 0)
  addGated(rules, hints.high & GATE_WORD, 30)
  if (UNGATED_RULES.length === 0) return rules
  return [...rules, ...UNGATED_RULES].sort((a, b) => a - b)
}

/** The 30 bits of each of {@link HintBits}' two numbers. */
const GATE_WORD = (1 << 30) - 1

function addGated(rules: number[], bits: number, firstGate: number): void {
  for (; bits !== 0; bits &= bits - 1) {
    const rule = GATED_RULES[firstGate + 31 - Math.clz32(bits & -bits)]
    if (rule !== undefined) rules.push(rule)
  }
}

/** Where a `u` regular expression resumes after an empty match at `i` (past a whole surrogate pair). */
function nextCodePoint(text: string, i: number): number {
  const lead = text.charCodeAt(i)
  const trail = text.charCodeAt(i + 1)
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? i + 2 : i + 1
}

/** "could not be reached" needs a party: "agreement could not be reached" is no event. */
function isAbstractSubject(m: Mention, rule: StanceRule): boolean {
  if (rule.check !== 'party-subject') return false
  const head = m.name.toLowerCase().split(/\s+/).pop() ?? ''
  return L.abstract.has(head)
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

/** Whether a negator sits between the clause start and the cue, outside the subject. */
function negatedBefore(toks: SentenceToken[], from: number, t: number, cue: Cue): boolean {
  const a = Math.max(from, auxStart(toks, cue.t) - 1)
  // "will not attend": the negator sits inside the cue, before its object.
  for (let k = t; k < cue.o && k < toks.length; k++) if (isNeg(toks[k])) return true
  for (let k = a; k < t; k++) {
    if (isNeg(toks[k])) return true
    if (toks[k].lower === 'no' && toks[k + 1]?.lower === 'longer') return true
  }
  // "chose not to accept": the negator before the infinitive's "to".
  const s = auxStart(toks, cue.t)
  if (toks[s]?.lower === 'to' || toks[s - 1]?.lower === 'to') {
    for (let k = Math.max(from, s - 4); k < s; k++) if (isNeg(toks[k])) return true
  }
  return false
}

/** Conditionals, hopes and undecided questions before the cue; modals inside its clause. */
function hypothetical(cue: Cue, clauseStart: number): boolean {
  const { toks, t, rule } = cue
  for (let k = t - 1; k >= 0; k--) {
    const w = toks[k].lower
    // A relative clause is asserted on its own ("..., who have long refused to negotiate").
    if ((w === 'who' || w === 'which') && k < clauseStart) break
    if (w === 'if' || w === 'unless' || w === 'whether') {
      const prev = toks[k - 1]?.lower ?? ''
      const prev2 = toks[k - 2]?.lower ?? ''
      // An embedded question closed by a comma ("Asked whether ..., Smith declined") leaves the
      // cue asserted; a cue inside the question ("will decide whether to reject") is not.
      const closed = toks.slice(k + 1, t).some((x) => x.text === ',' || x.text === ';')
      if (w === 'unless' || !(EMBEDDING.test(prev) || EMBEDDING.test(prev2)) || !closed) return true
      if (rule.check === 'will-attend') return true
    }
    // "recommends his party accept", "suggestions that it consider accepting": a subjunctive.
    if (
      /^(?:recommend|recommends|recommended|suggest|suggests|suggested|suggestion|suggestions|propose|proposes|proposed|insist|insists|insisted|urge|urges|urged)$/.test(
        w,
      ) &&
      !toks
        .slice(k + 1, t)
        .some(
          (x) =>
            x.text === ',' ||
            x.text === ';' ||
            /^(?:but|and)$/.test(x.lower) ||
            (isVerbLike(x) && !L.auxiliary.has(x.lower)),
        )
    )
      return true
    if ((w === 'consider' || w === 'considering' || w === 'considers') && t - k <= 2) return true
    // "no indication that they will attend" is not an acceptance.
    if (
      rule.check === 'will-attend' &&
      (HOPE.test(w) || SIGN.test(w) || /^(?:know|knew|unclear|uncertain|doubt|doubtful)$/.test(w))
    )
      return true
    // "expressed the hope that ...", "expected to accept"; not "his hopes for quick passage".
    const n = toks[k + 1]
    if (
      HOPE.test(w) &&
      rule.check !== 'indication' &&
      n &&
      (n.lower === 'that' ||
        n.lower === 'to' ||
        n.lower === 'would' ||
        n.lower === 'will' ||
        n.cap ||
        L.determiner.has(n.lower) ||
        /^(?:he|she|it|they|we|i)$/.test(n.lower))
    )
      return true
    // "no sign that the rebels would agree": evidence of intent, not the act.
    if (
      SIGN.test(w) &&
      rule.check !== 'indication' &&
      n &&
      (n.lower === 'that' || /^(?:he|she|it|they|we)$/.test(n.lower))
    )
      return true
  }
  // "what nurses were prepared to accept", "willing to join": readiness, not the act.
  if (
    toks[t - 1]?.lower === 'to' &&
    /^(?:prepared|willing|ready|eager)$/.test(toks[t - 2]?.lower ?? '')
  )
    return true
  if (rule.modalInPattern) return false
  for (let k = clauseStart; k < t; k++) {
    const w = toks[k].lower
    if (LOCAL_MODAL.has(w)) return true
    if (
      (w === 'have' || w === 'has' || w === 'had') &&
      toks[k + 1]?.lower === 'to' &&
      toks[k - 1]?.lower === 'would'
    )
      return true
    if (w === 'right' && toks[k + 1]?.lower === 'to') return true
  }
  return false
}

/**
 * The controller of an infinitive cue: "prompted [banks] to refuse" -> banks; "asked Mulroney to
 * refuse" is a request, not a refusal; subject control ("agreed to accept") uses the clause subject.
 */
function controller(cue: Cue): TokenRange | 'hypothetical' | null {
  const { toks } = cue
  let k = cue.t - 1
  while (k >= 0 && toks[k].kind === 'w' && L.adverb.has(toks[k].lower)) k--
  if (toks[k]?.lower !== 'to') return null
  const before = toks[k - 1]
  if (
    !before ||
    isVerbLike(before) ||
    before.kind === 'n' ||
    before.lower === 'yet' ||
    isNeg(before)
  ) {
    // "voted 1314 to 25 to accept", "has yet to", "chose not to": the subject controls.
    if (before && L.directive.has(before.lower) && !BE.has(toks[k - 2]?.lower ?? ''))
      return 'hypothetical'
    return null
  }
  const np = npLeft(toks, k)
  if (!np) return null
  // "the right to refuse", "a plan to reject", "the decision to decline": a noun's complement.
  if (
    /^(?:right|rights|option|ability|freedom|power|threat|plan|plans|proposal|attempt|bid|move|possibility|decision|intention|willingness|readiness|reluctance|chance|opportunity)$/.test(
      toks[np.b - 1].lower,
    )
  )
    return 'hypothetical'
  const verb = toks[np.a - 1]
  if (!verb) return null
  if (L.directive.has(verb.lower)) return 'hypothetical'
  // "called on voters to boycott", "appealed to members to reject": a two-word directive.
  if (/^(?:on|upon|to|with)$/.test(verb.lower) && L.directive.has(toks[np.a - 2]?.lower ?? ''))
    return 'hypothetical'
  if (CAUSATIVE.test(verb.lower)) return np
  return null
}

/** Who speaks a quote holding "I"/"we": "..., said El Guerrouj", "the spokesman said". */
function quoteSpeaker(sentence: string, toks: SentenceToken[], t: number): Mention | null {
  // `Mr Patel told reporters: "I will not ..."`: the speaker comes before the opening quote.
  for (let q = t - 1; q >= 0; q--) {
    if (!/^(?:said|says|added|told|declared|insisted|replied)$/.test(toks[q].lower)) continue
    if (!toks.slice(q + 1, t).some((x) => /^["“]$/.test(x.text))) break
    const r = clauseSubject(toks, q).ranges[0]
    if (r) return readMention(slice(sentence, toks, r))
    break
  }
  for (let q = t + 1; q < toks.length; q++) {
    if (!/^(?:said|says|added|adds|told|explained|insisted|stressed)$/.test(toks[q].lower)) continue
    const prevP = toks[q - 1]
    const before = prevP && prevP.kind !== 'p' ? npLeft(toks, q) : null
    if (before) return readMention(slice(sentence, toks, before))
    const after = objectPhrase(toks, q + 1)
    if (after) return readMention(slice(sentence, toks, after))
  }
  return null
}

/** Skips quotes and dashes that open a clause. */
function skipOpeners(toks: SentenceToken[], i: number): number {
  while (i < toks.length && toks[i].kind === 'p') i++
  return i
}

/**
 * @module
 * Modality around a stance cue: whether it is negated ("did not accept"), hypothetical
 * ("if they accept", "expected to attend", "could refuse"), or the infinitive of someone else's
 * verb ("prompted banks to refuse" -> the banks; "asked Mulroney to refuse" is a request).
 */
import { auxStart, BE, isNeg, type Cue } from './cue'
import { STANCE_LEXICON as lexicon } from './lexicon'
import { isVerbLike, mayIsName, npLeft, type TokenRange } from './phrases'
import type { SentenceToken } from './sentence-tokens'

const EMBEDDING =
  /^(?:ask|asked|asking|asks|know|knew|known|sure|see|saw|wonder|wondered|decide|decided|said|say|says|tell|told|unclear|uncertain|clear|question|questions|questioned|indicate|indicated|determine|whether)$/

const HOPE =
  /^(?:hope|hopes|hoped|hoping|expect|expects|expected|expecting|wish|wishes|wished|likely|unlikely|indication|indications)$/

const SIGN = /^(?:sign|signs)$/

const LOCAL_MODAL = new Set(['may', 'might', 'could', 'should', 'must', 'ought', 'can'])

const CAUSATIVE =
  /^(?:prompted|prompt|prompts|forced|force|forces|led|lead|leads|caused|cause|persuaded|convinced|pushed|obliged|compelled|moved|got|drove)$/

/** Whether a negator sits between the clause start and the cue, outside the subject. */
export function negatedBefore(tokens: SentenceToken[], from: number, t: number, cue: Cue): boolean {
  const a = Math.max(from, auxStart(tokens, cue.at) - 1)
  // "will not attend": the negator sits inside the cue, before its object.
  for (let k = t; k < cue.objectAt && k < tokens.length; k++) if (isNeg(tokens[k])) return true
  for (let k = a; k < t; k++) {
    if (isNeg(tokens[k])) return true
    if (tokens[k].lower === 'no' && tokens[k + 1]?.lower === 'longer') return true
  }
  // "chose not to accept": the negator before the infinitive's "to".
  const s = auxStart(tokens, cue.at)
  if (tokens[s]?.lower === 'to' || tokens[s - 1]?.lower === 'to') {
    for (let k = Math.max(from, s - 4); k < s; k++) if (isNeg(tokens[k])) return true
  }
  return false
}

/** Conditionals, hopes and undecided questions before the cue; modals inside its clause. */
export function hypothetical(cue: Cue, clauseStart: number): boolean {
  const { tokens, at, rule } = cue
  // "Iran would withdraw from the talks if they failed": a conditional's consequence, with its
  // condition after it.
  if (wouldBefore(tokens, at) && tokens.slice(at + 1).some((x) => /^(?:if|unless)$/.test(x.lower)))
    return true
  for (let k = at - 1; k >= 0; k--) {
    const w = tokens[k].lower
    // A relative clause is asserted on its own ("..., who have long refused to negotiate").
    if ((w === 'who' || w === 'which') && k < clauseStart) break
    if (w === 'if' || w === 'unless' || w === 'whether') {
      const prev = tokens[k - 1]?.lower ?? ''
      const prev2 = tokens[k - 2]?.lower ?? ''
      // An embedded question closed by a comma ("Asked whether ..., Smith declined") leaves the
      // cue asserted; a cue inside the question ("will decide whether to reject") is not.
      const closed = tokens.slice(k + 1, at).some((x) => x.text === ',' || x.text === ';')
      if (w === 'unless' || !(EMBEDDING.test(prev) || EMBEDDING.test(prev2)) || !closed) return true
      if (rule.check === 'will-attend') return true
    }
    // "recommends his party accept", "suggestions that it consider accepting": a subjunctive.
    if (
      /^(?:recommend|recommends|recommended|suggest|suggests|suggested|suggestion|suggestions|propose|proposes|proposed|insist|insists|insisted|urge|urges|urged)$/.test(
        w,
      ) &&
      !tokens
        .slice(k + 1, at)
        .some(
          (x) =>
            x.text === ',' ||
            x.text === ';' ||
            /^(?:but|and)$/.test(x.lower) ||
            (isVerbLike(x) && !lexicon.auxiliary.has(x.lower)),
        )
    )
      return true
    if ((w === 'consider' || w === 'considering' || w === 'considers') && at - k <= 2) return true
    // "no indication that they will attend" is not an acceptance.
    if (
      rule.check === 'will-attend' &&
      (HOPE.test(w) || SIGN.test(w) || /^(?:know|knew|unclear|uncertain|doubt|doubtful)$/.test(w))
    )
      return true
    // "expressed the hope that ...", "expected to accept"; not "his hopes for quick passage".
    const n = tokens[k + 1]
    if (
      HOPE.test(w) &&
      rule.check !== 'indication' &&
      n &&
      (n.lower === 'that' ||
        n.lower === 'to' ||
        n.lower === 'would' ||
        n.lower === 'will' ||
        n.cap ||
        lexicon.determiner.has(n.lower) ||
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
    tokens[at - 1]?.lower === 'to' &&
    /^(?:prepared|willing|ready|eager)$/.test(tokens[at - 2]?.lower ?? '')
  )
    return true
  if (rule.modalInPattern) return false
  for (let k = clauseStart; k < at; k++) {
    const w = tokens[k].lower
    // "Theresa May declined": a capitalised "May" after a name is the name, not the modal.
    if (LOCAL_MODAL.has(w) && !mayIsName(tokens[k], tokens[k + 1], tokens[k - 1])) return true
    if (
      (w === 'have' || w === 'has' || w === 'had') &&
      tokens[k + 1]?.lower === 'to' &&
      tokens[k - 1]?.lower === 'would'
    )
      return true
    if (w === 'right' && tokens[k + 1]?.lower === 'to') return true
  }
  return false
}

/**
 * The controller of an infinitive cue: "prompted [banks] to refuse" -> banks; "asked Mulroney to
 * refuse" is a request, not a refusal; subject control ("agreed to accept") uses the clause subject.
 */
export function controller(cue: Cue): TokenRange | 'hypothetical' | null {
  const { tokens } = cue
  let k = cue.at - 1
  while (k >= 0 && tokens[k].kind === 'w' && lexicon.adverb.has(tokens[k].lower)) k--
  if (tokens[k]?.lower !== 'to') return null
  const before = tokens[k - 1]
  if (
    !before ||
    isVerbLike(before) ||
    before.kind === 'n' ||
    before.lower === 'yet' ||
    isNeg(before)
  ) {
    // "voted 1314 to 25 to accept", "has yet to", "chose not to": the subject controls.
    if (before && lexicon.directive.has(before.lower) && !BE.has(tokens[k - 2]?.lower ?? ''))
      return 'hypothetical'
    return null
  }
  const np = npLeft(tokens, k)
  if (!np) return null
  // "the right to refuse", "a plan to reject", "the decision to decline": a noun's complement.
  if (
    /^(?:right|rights|option|ability|freedom|power|threat|plan|plans|proposal|attempt|bid|move|possibility|decision|intention|willingness|readiness|reluctance|chance|opportunity)$/.test(
      tokens[np.b - 1].lower,
    )
  )
    return 'hypothetical'
  const verb = tokens[np.a - 1]
  if (!verb) return null
  if (lexicon.directive.has(verb.lower)) return 'hypothetical'
  // "called on voters to boycott", "appealed to members to reject": a two-word directive.
  if (
    /^(?:on|upon|to|with)$/.test(verb.lower) &&
    lexicon.directive.has(tokens[np.a - 2]?.lower ?? '')
  )
    return 'hypothetical'
  if (CAUSATIVE.test(verb.lower)) return np
  return null
}

/** Whether "would" or "'d" opens the verb group ending at the cue `at` ("would not accept"). */
function wouldBefore(tokens: readonly SentenceToken[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const w = tokens[k].lower
    if (w === 'would' || w === "'d") return true
    if (!(lexicon.adverb.has(w) || lexicon.auxiliary.has(w) || w === 'not' || w === "n't"))
      return false
  }
  return false
}

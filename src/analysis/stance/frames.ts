/**
 * @module
 * The frame checks named by the rules: each reads the words around one cue and decides whether it
 * is an event, with which label, CAMEO code and actor phrase (passive or active "invited", the
 * object class after "accept" or "reject", the infinitive after "declined to", and so on).
 */
import { verbClass } from '../lexicons/verb-classes'
import { STANCE_LEXICON as L } from './lexicon'
import { clauseBoundary, clauseSubject, isVerbLike, npLeft, objectPhrase } from './phrases'
import type { SentenceToken } from './sentence-tokens'
import {
  acceptCameo,
  addressee,
  auxStart,
  BE,
  declineCameo,
  isClaim,
  isNeg,
  isProposal,
  marketSubject,
  possessor,
  proposalAfter,
  proposalBefore,
  startsWithAny,
  tenderContext,
  type Cue,
  type Decision,
} from './cue'

const IMPLICATIVE_NEG = /^(?:refus|declin|reject|fail|unwilling|reluctan|oppos)/

const JOIN_TALKS = /^(?:talks|negotiations|discussions|dialogue|consultations)$/

const ASKED_VERBS = new Set([
  'join',
  'attend',
  'participate',
  'take',
  'testify',
  'appear',
  'serve',
  'speak',
  'meet',
  'sit',
  'mediate',
  'observe',
  'visit',
  'be',
  'become',
  'lead',
  'chair',
  'head',
  'perform',
  'play',
  'present',
  'host',
  'address',
])

const GROUP_WORDS =
  /^(?:talks|negotiations|coalition|alliance|meeting|summit|conference|initiative|effort|efforts|forum|government|cabinet|board|delegation|mission|panel|consortium|group|bloc|pact|programme|program|us|them|boycott|strike|protest|celebrations|ceremony)$/

const COMMENT_VERB =
  /^(?:comment|say|elaborate|specify|identify|disclose|discuss|give|confirm|name|answer|reveal|detail|speculate|provide|respond|reply|release|divulge|explain|describe|talk|be|make|put|offer|go)$/

const MEET_VERB =
  /^(?:meet|attend|negotiate|talk|hold|testify|appear|visit|sit|come|go|resume|open|enter|be)$/

const JOIN_VERB =
  /^(?:join|participate|take|cooperate|co-operate|help|contribute|sign|endorse|support|back)$/

/** Runs the frame check a rule names; null means no event. */
export function decide(cue: Cue): Decision | null {
  const { rule } = cue
  switch (rule.check) {
    case 'invite-verb':
      return inviteVerb(cue)
    case 'invite-noun':
      return inviteNoun(cue)
    case 'asked-to':
      return askedTo(cue)
    case 'accept':
      return accept(cue)
    case 'agree-to':
      return agreeTo(cue)
    case 'will-attend':
      return willAttend(cue)
    case 'refuse-to':
      return refuseTo(cue)
    case 'decline-object':
      return declineObject(cue)
    case 'reject-object':
      return rejectObject(cue)
    case 'passive-reject':
      return passiveReject(cue)
    case 'boycott':
      return boycott(cue)
    case 'respond':
      return respond(cue)
    case 'indication':
      return indication(cue)
    case 'neither-nor':
      return neitherNor(cue)
    case 'reach-party':
      return reachParty(cue)
    case 'ignore-request':
      return ignoreRequest(cue)
    case 'proposal-object':
      return rejectObject(cue)
    case 'quoted-no-comment':
      return quotedNoComment(cue)
    default:
      if (rule.actor === 'object') {
        const np = objectPhrase(cue.toks, cue.o)
        return np ? { actors: [np] } : null
      }
      if (rule.actor === 'possessor') {
        const p = possessor(cue.toks, cue.t)
        return p ? { actors: [p] } : null
      }
      if (rule.actor === 'addressee') return { actors: addressee(cue) }
      return { subject: true }
  }
}

function inviteVerb(cue: Cue): Decision | null {
  const { toks, t, o } = cue
  const word = toks[t].lower
  const prev = toks[t - 1]
  // Attributive participle: "the invited guests", "200 invited delegates".
  if (
    prev &&
    ((L.determiner.has(prev.lower) && prev.lower !== 'all') ||
      prev.kind === 'n' ||
      /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|dozen|dozens|thousands|specially|personally|specifically)$/.test(
        prev.lower,
      ))
  )
    return null
  // Passive: a form of "be" before the participle (adverbs and negation may intervene).
  let k = t - 1
  while (k >= 0 && toks[k].kind === 'w' && (L.adverb.has(toks[k].lower) || isNeg(toks[k]))) k--
  if (word === 'invited' && k >= 0 && BE.has(toks[k].lower))
    return { subject: true, cameo: inviteCameo(cue) }
  const np = objectPhrase(toks, o)
  if (np) {
    for (let q = np.a; q < np.b && toks[q].lower !== 'of'; q++)
      if (L.invitedThing.has(toks[q].lower)) return null
    // "invited anyone who had suspicions": an open call, not a party.
    if (/^(?:anyone|anybody|everyone|everybody|whoever)$/.test(toks[np.a].lower)) return null
    // An active "invited X" needs someone inviting: "Only invited journalists were let in" has none.
    if (!clauseSubject(toks, auxStart(toks, t)).ranges.length && toks[np.b]?.lower !== 'to')
      return null
    if (toks[np.a].lower === 'to' || toks[np.a].lower === 'by') return null
    return { actors: [np], cameo: inviteCameo(cue) }
  }
  // Reduced relative: "the only leader invited to attend".
  const next = toks[o]?.lower
  if (word === 'invited' && (next === 'to' || next === 'by' || next === 'for')) {
    const left = npLeft(toks, t)
    if ((left && !toks[left.b - 1].cap) || (left && left.b - left.a > 0))
      return { actors: left ? [left] : [], cameo: inviteCameo(cue) }
  }
  return null
}

function inviteCameo(cue: Cue): string {
  const rest = cue.toks.slice(cue.t, cue.t + 12).map((x) => x.lower)
  return rest.some((w) =>
    /^(?:meet|talks|negotiat|summit|attend|join|visit|conference|discuss)/.test(w),
  )
    ? '026'
    : '020'
}

function inviteNoun(cue: Cue): Decision | null {
  const { toks, t, o } = cue
  const bound = clauseBoundary(toks, t)
  // A response to the invitation is its own event (the reply rules add the implied invitation).
  for (let k = Math.max(bound.start, t - 7); k < t; k++) {
    if (
      /^(?:accept|declin|reject|refus|turn|repl|respon|answer|ignor|snub|spurn|rebuff|consider|weigh|stud|mull|rsvp)/.test(
        toks[k].lower,
      )
    )
      return null
  }
  const prev = toks[t - 1]?.lower ?? ''
  const next = toks[o]
  if (prev === 'by' || prev === 'little' || next?.lower === 'only') return null
  const received = toks
    .slice(Math.max(bound.start, t - 4), t)
    .some(
      (x) =>
        /^(?:received|receives|receive|got|get|gets|has|have|had)$/.test(x.lower) &&
        !/^(?:has|have|had)$/.test(x.lower),
    )
  if (received) return { subject: true }
  // "The invitation was extended to all member states."
  for (let k = o; k < Math.min(toks.length, o + 4); k++) {
    if (
      /^(?:extended|sent|issued|given|offered|delivered|out)$/.test(toks[k].lower) &&
      toks[k + 1]?.lower === 'to'
    ) {
      const np = objectPhrase(toks, k + 2)
      return np ? { actors: [np] } : null
    }
  }
  if (next?.lower === 'to' || next?.lower === 'for') {
    const n2 = toks[o + 1]
    if (
      n2 &&
      next.lower === 'to' &&
      n2.kind === 'w' &&
      !n2.cap &&
      !L.determiner.has(n2.lower) &&
      n2.lower !== 'both' &&
      /^(?:[a-z]+)$/.test(n2.lower) &&
      !L.occasion.has(n2.lower)
    ) {
      // "invitation to restart the talks": someone was invited, unnamed unless a receiver is given.
      return received ? { subject: true } : { actors: [] }
    }
    const np = objectPhrase(toks, o + 1)
    if (!np) return null
    const words = toks.slice(np.a, np.b).map((x) => x.lower)
    if (words.some((w) => L.occasion.has(w) || startsWithAny(w, L.occasion)))
      return received ? { subject: true } : null
    if (!toks[np.a].cap && !L.determiner.has(toks[np.a].lower)) return null
    return { actors: [np] }
  }
  if (next?.lower === 'from' || received) return { subject: true }
  return null
}

/**
 * Whether "asked to <verb>" asks a party to take part or to speak: the listed verbs of taking
 * part, or a verb whose most frequent WordNet sense is social ("vote", "help", "serve"),
 * communicative ("comment", "explain", "testify") or competitive ("participate"), as the
 * guidelines' "asked to join, attend, take part, meet, talk, visit, serve, comment" generalises
 * (labelled data counts "asked to choose", "asked to contribute" alike). Transactions ("asked to pay") and
 * motions ("asked to leave") are requests of another kind.
 */
export function isAskableVerb(word: string): boolean {
  if (ASKED_VERBS.has(word)) return true
  const kind = verbClass(word)
  return kind === 'social' || kind === 'communication' || kind === 'competition'
}

/** Verbs of leaving a post: "asked to resign" is a demand, not an invitation. */
const LEAVE_POST = /^(?:resign|quit|retire|abdicate|withdraw|leave|go|step)$/

function askedTo(cue: Cue): Decision | null {
  const { toks, t, o } = cue
  const askable = (word: string | undefined) =>
    word !== undefined && !LEAVE_POST.test(word) && isAskableVerb(word)
  // "Asked to comment on ..., the minister said ...": the reporting clause's subject was asked.
  if (t === firstWord(toks) && toks[o]?.lower === 'to' && askable(toks[o + 1]?.lower)) {
    const comma = toks.findIndex((x, i) => i > o && x.text === ',')
    const subject = comma > 0 ? objectPhrase(toks, comma + 1) : null
    return subject ? { actors: [subject], cameo: '026' } : null
  }
  let k = t - 1
  while (k >= 0 && toks[k].kind === 'w' && (L.adverb.has(toks[k].lower) || isNeg(toks[k]))) k--
  const passive = k >= 0 && BE.has(toks[k].lower)
  if (passive && toks[o]?.lower === 'to' && askable(toks[o + 1]?.lower))
    return { subject: true, cameo: '026' }
  if (passive) return null
  // "asked for money to staff a station": a request for things, not a party asked.
  if (/^(?:for|about|after|over|whether|if|why|how|what)$/.test(toks[o]?.lower ?? '')) return null
  const np = objectPhrase(toks, o)
  if (!np || toks[np.b]?.lower !== 'to' || !askable(toks[np.b + 1]?.lower)) return null
  if (toks[np.b + 1].lower === 'be' && !/^(?:part|a|an|the)$/.test(toks[np.b + 2]?.lower ?? ''))
    return null
  return { actors: [np], cameo: '026' }
}

/** The index of the sentence's first word, past opening quotes and brackets. */
function firstWord(toks: readonly SentenceToken[]): number {
  return toks.findIndex((x) => x.kind === 'w')
}

function accept(cue: Cue): Decision | null {
  const { toks, t, o } = cue
  const prev = toks[t - 1]
  if (
    prev &&
    ((L.determiner.has(prev.lower) && !/^(?:both|all|each)$/.test(prev.lower)) ||
      /^(?:generally|widely|universally|commonly|broadly|internationally|socially|readily|well)$/.test(
        prev.lower,
      ))
  )
    return null
  let k = t - 1
  while (k >= 0 && toks[k].kind === 'w' && (L.adverb.has(toks[k].lower) || isNeg(toks[k]))) k--
  if (cue.rule.id === 'accept' && k >= 0 && BE.has(toks[k].lower) && toks[t].lower === 'accepted') {
    // "The offer was accepted by the board": the agent accepted, if the subject was an offer.
    if (toks[o]?.lower !== 'by') return null
    const info = clauseSubject(toks, auxStart(toks, t))
    const subj = info.ranges[0]
    const offer = subj ? toks.slice(subj.a, subj.b).find(isProposal) : undefined
    const agent = objectPhrase(toks, o + 1)
    if (!offer || !agent || tenderContext(toks)) return null
    return { actors: [agent], cameo: acceptCameo(offer) }
  }
  // "refused to accept X": the refusal rules already count it.
  if (
    toks[t - 1]?.lower === 'to' &&
    toks[t - 2] &&
    /^(?:refus|declin|reject)/.test(toks[t - 2].lower)
  )
    return null
  const implicativeNeg =
    toks[t - 1]?.lower === 'to' && toks[t - 2] && IMPLICATIVE_NEG.test(toks[t - 2].lower)
  const next = toks[o]
  const object: SentenceToken | null = proposalAfter(toks, o)
  if (!object) {
    const pronounOrNumber =
      next &&
      (/^(?:it|them|this|these|those)$/.test(next.lower) ||
        (next.lower === 'the' && toks[o + 1]?.kind === 'n'))
    const intransitive =
      !next || next.kind === 'p' || /^(?:with|without|because|after|on|but|and)$/.test(next.lower)
    if (!((pronounOrNumber || intransitive) && proposalBefore(toks, t))) return null
    if (next && /^(?:that)$/.test(next.lower)) return null
  }
  // Central-bank and commodity tenders "accept bids": a market operation, not a response.
  if (object && /^(?:bids?|tenders?|offers?)$/.test(object.lower) && tenderContext(toks))
    return null
  const d: Decision = { subject: cue.rule.actor === 'subject', cameo: acceptCameo(object) }
  if (cue.rule.actor === 'possessor') {
    const p = possessor(toks, t)
    if (!p) return null
    d.actors = [p]
    d.subject = false
  }
  const perfectNeg =
    toks
      .slice(Math.max(0, t - 4), t)
      .some((x) => /^(?:has|have|had|hasn't|haven't|hadn't)$/.test(x.lower)) &&
    toks.slice(Math.max(0, t - 4), t).some(isNeg)
  // "has not accepted any offers yet": no particular offer is pending.
  if (perfectNeg && next?.lower === 'any') return null
  if (perfectNeg && !implicativeNeg) {
    // "has not (yet) accepted the invitation": still pending, not a refusal.
    d.label = 'noResponse'
    d.negationRead = true
    delete d.cameo
  }
  if (implicativeNeg) {
    d.label = 'declined'
    d.cameo = declineCameo(object)
    d.negationRead = true
  }
  return d
}

/**
 * After "agreed to", verbs of a joint undertaking (Levin 1993, 36.1 "correspond" verbs such as
 * collaborate, combine, and the partnering verbs) announce a deal between the parties, and
 * verbs of permission (allow, permit, let) a concession (CAMEO 08 "yield"), not an acceptance.
 */
const JOINT_OR_PERMIT =
  /^(?:collaborate|combine|merge|partner|ally|unite|team|pool|swap|exchange|trade|share|allow|permit|let)$/

function agreeTo(cue: Cue): Decision | null {
  const { toks, o } = cue
  const v = toks[o]
  if (!v) return null
  if (v.kind === 'w' && !v.cap && L.joinVerb.has(v.lower)) {
    // "agreed to hold talks" (not "to hold a 20 pct stake"); "agreed to hold off" a fight or a
    // vote is a concession asked for.
    if (
      /^(?:hold|resume|open|begin|start|enter)$/.test(v.lower) &&
      !toks.slice(o + 1, o + 5).some((x) => JOIN_TALKS.test(x.lower)) &&
      !(v.lower === 'hold' && /^(?:off|back)$/.test(toks[o + 1]?.lower ?? ''))
    )
      return null
    // "agreed to take part", "agreed to take the job": taking part, or taking up a post.
    if (v.lower === 'take' && toks[o + 1]?.lower !== 'part' && !proposalAfter(toks, o + 1, 6))
      return null
    // "agreed to accept rescheduling of the loans": agreeing to accept takes what was offered,
    // unless what is accepted is blame or a claim ("agreed to accept that it erred").
    if (v.lower === 'accept' && !proposalAfter(toks, o + 1)) {
      const next = toks[o + 1]
      if (
        !next ||
        next.kind !== 'w' ||
        next.lower === 'that' ||
        isClaim(next) ||
        /^(?:responsibility|blame|liability|guilt|it|this|that)$/.test(next.lower) ||
        toks
          .slice(o + 1, o + 4)
          .some((x) => /^(?:responsibility|blame|liability|guilt|verdict|ruling)$/.test(x.lower))
      )
        return null
    }
    return {
      subject: true,
      cameo:
        /^(?:meet|hold|resume|open|begin|start|enter|negotiate|talk|discuss|visit|attend)$/.test(
          v.lower,
        )
          ? '036'
          : '030',
    }
  }
  // "agreed to back the bill", "agreed to testify", "agreed to hold off": a verb of taking part or
  // of speaking, by its most frequent WordNet sense (transactions such as "agreed to buy" are
  // deals, not acceptances, and are possession verbs there).
  if (
    v.kind === 'w' &&
    !v.cap &&
    !L.determiner.has(v.lower) &&
    (toks[o + 1]?.kind === 'w' || toks[o + 1]?.kind === 'n') &&
    !/s$/.test(v.lower) &&
    !JOINT_OR_PERMIT.test(v.lower) &&
    (verbClass(v.lower) === 'social' ||
      verbClass(v.lower) === 'communication' ||
      verbClass(v.lower) === 'competition')
  )
    return { subject: true, cameo: '030' }
  // "agreed to pay 5 mln dlrs", "agreed to loan ... the money": a bare singular after "to" is a
  // verb; nouns come with a determiner or in the plural ("agreed to demands", "agreed to terms").
  if (
    isProposal(v) &&
    !/^(?:terms|conditions|talks|ceasefire|truce|mediation|moratorium|settlement|buyout|takeover|nomination|appointment|negotiations|consultations)$/.test(
      v.lower,
    ) &&
    !(/s$/.test(v.lower) && !/ss$/.test(v.lower))
  )
    return null
  const obj = proposalAfter(toks, o, 6)
  if (!obj) return null
  // A noun phrase, not a verb: "to a buyout", "to Britain's request", "to demands", "to new terms".
  const adjective =
    /^(?:new|revised|fresh|final|latest|improved|higher|better|joint|formal|further|sweetened|amended)$/.test(
      v.lower,
    ) && isProposal(toks[o + 1])
  if (
    L.determiner.has(v.lower) ||
    isProposal(v) ||
    (v.kind === 'w' && /['’]s?$/.test(v.text)) ||
    (v.cap && !isVerbLike(v)) ||
    adjective
  )
    return { subject: true, cameo: acceptCameo(obj) }
  return null
}

function willAttend(cue: Cue): Decision | null {
  const { toks, o } = cue
  const v = toks[o]?.lower
  if (v === 'join') {
    if (!toks.slice(o + 1, o + 6).some((x) => GROUP_WORDS.test(x.lower) && x.text !== 'US'))
      return null
  }
  return { subject: true, cameo: '036' }
}

function refuseTo(cue: Cue): Decision | null {
  const { toks, o } = cue
  const v = toks[o]
  if (
    !v ||
    v.kind !== 'w' ||
    v.cap ||
    L.determiner.has(v.lower) ||
    (L.notNoun.has(v.lower) &&
      v.lower !== 'be' &&
      v.lower !== 'say' &&
      // "refused to back the change": "back" is a verb after "to" when an object follows.
      !(v.lower === 'back' && (L.determiner.has(toks[o + 1]?.lower ?? '') || toks[o + 1]?.cap)))
  )
    return null
  // "a source who declined to be identified" protects a name; it is not a refusal to respond.
  if (v.lower === 'be' && /^(?:identified|named|quoted)$/.test(toks[o + 1]?.lower ?? ''))
    return null
  if (
    /^(?:accept|admit|believe|concede|acknowledge|recognise|recognize|rule|agree|accept|consider|see)$/.test(
      v.lower,
    )
  ) {
    for (let k = o + 1; k < Math.min(toks.length, o + 5); k++)
      if (toks[k].lower === 'that' || isClaim(toks[k])) return null
  }
  if (marketSubject(cue)) return null
  const w = v.lower
  const cameo = COMMENT_VERB.test(w)
    ? '011'
    : MEET_VERB.test(w)
      ? '125'
      : JOIN_VERB.test(w)
        ? '121'
        : w === 'accept'
          ? declineCameo(proposalAfter(toks, o + 1))
          : '120'
  return { subject: true, cameo }
}

function declineObject(cue: Cue): Decision | null {
  const { toks, t, o } = cue
  const prev = toks[t - 1]
  if (
    prev &&
    (L.determiner.has(prev.lower) ||
      prev.kind === 'n' ||
      (prev.kind === 'w' && /['’]s?$/.test(prev.text)) ||
      /^(?:sharp|steep|slight|further|gradual|continued|continuing|long|slow|rapid)$/.test(
        prev.lower,
      ))
  )
    return null
  const v = toks[o]
  if (!v || v.kind === 'p') return intransitiveRefusal(cue) ? { subject: true, cameo: '120' } : null
  // Bare "refuse" is the noun (rubbish) unless a modal, "to" or a pronoun governs it, or a
  // determiner opens its object: "collects refuse twice a week" vs "will refuse the offer".
  if (
    toks[t].lower === 'refuse' &&
    !(
      prev &&
      (L.auxiliary.has(prev.lower) ||
        prev.lower === 'to' ||
        isNeg(prev) ||
        /^(?:i|we|they|you)$/.test(prev.lower))
    ) &&
    !(L.determiner.has(v.lower) || v.cap || /['’]s$/.test(v.text))
  )
    return null
  if (
    v.kind !== 'w' ||
    L.notNoun.has(v.lower) ||
    /ly$/.test(v.lower) ||
    /^(?:comment|comments|interviews?)$/.test(v.lower) ||
    (v.lower === 'an' && /^interview/.test(toks[o + 1]?.lower ?? ''))
  )
    return null
  if (
    v.lower === 'to' ||
    L.market.has(v.lower) ||
    /^(?:pct|percent|per|cents?|points?|dlrs|dollars)$/.test(v.lower)
  )
    return null
  const np = objectPhrase(toks, o)
  if (!np) return null
  for (let k = np.a; k < np.b; k++)
    if (isClaim(toks[k]) || L.market.has(toks[k].lower) || toks[k].kind === 'n') return null
  // "an ageing and declining membership base": a participle before a bare noun is an adjective.
  if (
    /ing$/.test(toks[t].lower) &&
    !L.determiner.has(v.lower) &&
    !/['’]s?$/.test(v.text) &&
    !toks.slice(np.a, np.b).some(isProposal)
  )
    return null
  if (marketSubject(cue)) return null
  // "Refuse bins were left out": a noun, with no subject doing any refusing.
  if (!clauseSubject(toks, auxStart(toks, t)).ranges.length) return null
  return { subject: true, cameo: declineCameo(proposalAfter(toks, o)) }
}

/**
 * "He declined." needs a party that was asked something: a personal pronoun, a titled name, or
 * a sentence that says it was asked ("Asked about the deal, Smith declined").
 */
function intransitiveRefusal(cue: Cue): boolean {
  const { toks, t } = cue
  if (!/^(?:declined|refused)$/.test(toks[t].lower)) return false
  // "The invitation was declined" is a passive, read by the passive rule.
  if (BE.has(toks[auxStart(toks, t)]?.lower ?? '') || BE.has(toks[t - 1]?.lower ?? '')) return false
  if (marketSubject(cue)) return false
  const info = clauseSubject(toks, auxStart(toks, t))
  const r = info.ranges[0]
  if (!r) return false
  const first = toks[r.a]
  if (r.b - r.a === 1 && /^(?:he|she|they|i|we)$/.test(first.lower)) return true
  if (/^(?:mr|mrs|ms|dr|sir|president|minister)\.?$/.test(first.lower)) return true
  // Or the sentence already speaks of an offer, an invitation or attending ("..., while Italy declined").
  return toks
    .slice(0, t)
    .some(
      (x) =>
        /^(?:asked|approached|contacted|pressed)$/.test(x.lower) ||
        /^(?:invit|offer|propos|attend|join|particip|request|bid)/.test(x.lower),
    )
}

function rejectObject(cue: Cue): Decision | null {
  const { toks, o } = cue
  if (toks[o]?.lower === 'by') return null
  // "rejected as inadequate the 18 dlr a share offer": the object may come after a predicate;
  // "the offer, which the board rejected": it may be the relative clause's antecedent.
  const obj = proposalAfter(toks, o, 10) ?? relativeAntecedent(cue)
  if (!obj) return null
  // Courts dismiss appeals and cases; "dismissed" is a refusal only of an offer.
  if (
    /^dismiss/.test(toks[cue.t].lower) &&
    !/^(?:offers?|bids?|proposals?|invitations?|overtures?|approach(?:es)?)$/.test(obj.lower)
  )
    return null
  return { subject: true, cameo: declineCameo(obj) }
}

function passiveReject(cue: Cue): Decision | null {
  const { toks, t, o, rule } = cue
  const info = clauseSubject(toks, auxStart(toks, t))
  const subj = info.ranges[0]
  const words = subj ? toks.slice(subj.a, subj.b) : []
  if (words.some(isClaim)) return null
  if (rule.id === 'reject-by') {
    // "declined by 3 pct" is a fall; a passive refusal has a form of "be" before it.
    if (toks[o]?.kind === 'n') return null
    if (
      /^(?:declined|refused)$/.test(toks[t].lower) &&
      !BE.has(toks[auxStart(toks, t)]?.lower ?? '')
    ) {
      let k = t - 1
      while (k >= 0 && toks[k].kind === 'w' && L.adverb.has(toks[k].lower)) k--
      if (!BE.has(toks[k]?.lower ?? '')) return null
    }
    const np = objectPhrase(toks, o)
    return np ? { actors: [np], cameo: declineCameo(words.find(isProposal) ?? null) } : null
  }
  // No agent: the party the offer was made to refused it ("an offer to sell the Soviets ... was rebuffed").
  const clause = toks.slice(info.clauseStart, t)
  const proposal = clause.find(isProposal)
  if (!proposal) return null
  return { actors: addressee({ ...cue, t }), cameo: declineCameo(proposal) }
}

function boycott(cue: Cue): Decision | null {
  const { toks, t, o } = cue
  const prev = toks[t - 1]
  if (prev && (L.determiner.has(prev.lower) || (prev.kind === 'w' && /['’]s?$/.test(prev.text))))
    return null
  for (let k = o; k < Math.min(toks.length, o + 7); k++) {
    if (toks[k].kind === 'p') break
    if (L.meeting.has(toks[k].lower)) return { subject: true, cameo: '125' }
  }
  return null
}

function respond(cue: Cue): Decision | null {
  const { toks, o, match } = cue
  // "Calls to the ministry were not answered": the calls are not a party (another rule reads it).
  const subj = clauseSubject(toks, auxStart(toks, cue.t)).ranges[0]
  if (subj && toks.slice(subj.a, subj.b).some((x) => startsWithAny(x.lower, L.request))) return null
  const verb = match[0].toLowerCase()
  const next = toks[o]
  // "questions that weren't answered": a passive describes the questions, not a party.
  if (/^(?:is|are|was|were)(?:n['’]t)?\b/.test(verb) && /(?:ed|ied)$/.test(verb.trim())) return null
  const isReturn = /return/.test(verb) && !/respond|repl|answer/.test(verb)
  if (isReturn) {
    const ok = toks
      .slice(o, o + 5)
      .some((x) =>
        /^(?:calls?|messages?|e-?mails?|requests?|telephone|phone|voicemails?|inquiries|texts?)$/.test(
          x.lower,
        ),
      )
    return ok ? { subject: true } : null
  }
  if (!next || next.kind === 'p') return { subject: true }
  if (next.lower === 'to') {
    let invitation = false
    let request = false
    for (let k = o + 1; k < Math.min(toks.length, o + 10); k++) {
      if (toks[k].kind === 'p' && toks[k].text !== '’' && toks[k].text !== "'") break
      if (startsWithAny(toks[k].lower, L.request)) request = true
      if (/^invitations?$/.test(toks[k].lower)) invitation = true
    }
    if (!request && !/for comment/i.test(cue.sentence)) return null
    return { subject: true, alsoInvited: invitation }
  }
  if (
    /ly$/.test(next.lower) &&
    !/^(?:immediately|publicly|formally|directly|personally|officially)$/.test(next.lower)
  )
    return null
  if (/^(?:with|by|in|positively|favourably|favorably|well)$/.test(next.lower)) return null
  // "failed to answer the invitation / the summons", not "failed to answer the question" (of a debate).
  if (
    next.kind === 'w' &&
    (L.determiner.has(next.lower) || /['’]s$/.test(next.text) || !L.notNoun.has(next.lower))
  ) {
    let target = false
    let invitation = false
    for (let k = o; k < Math.min(toks.length, o + 5); k++) {
      if (toks[k].kind === 'p') break
      if (
        /^(?:invitations?|requests?|calls?|letters?|summons|subpoenas?|messages?|e-?mails?|ultimatum|charges|allegations|offers?|bids?|proposals?|demands?|appeals?|inquiries|queries|questionnaire)$/.test(
          toks[k].lower,
        )
      )
        target = true
      if (/^invitations?$/.test(toks[k].lower)) invitation = true
    }
    if (!target) return null
    return { subject: true, alsoInvited: invitation }
  }
  return { subject: true }
}

function indication(cue: Cue): Decision | null {
  const { toks, t, o, sentence, match } = cue
  if (/^any\b/i.test(match[0])) {
    const before = toks.slice(Math.max(0, t - 5), t)
    if (!before.some((x) => isNeg(x) || /^(?:without|hardly|barely)$/.test(x.lower))) return null
  }
  const np = objectPhrase(toks, o)
  if (!np) return null
  const rest = sentence.slice(toks[np.b - 1].end)
  const tail =
    /^\s*(?:will|would|is\s+going\s+to|are\s+going\s+to|was\s+going\s+to|were\s+going\s+to|plans?\s+to|planned\s+to|intends?\s+to|intended\s+to|is\s+about\s+to|are\s+about\s+to|might|may|could)\s+(?:\w+ly\s+)?(?:join|attend|participate|take\s+part|accept|agree|come|respond|reply|answer|sign|show\s+up|meet\s+(?:with\b|the\s+(?:\w+\s+){0,2}(?:conditions|demands|terms|deadline)))\b/i
  if (!tail.test(rest)) return null
  return { actors: [np] }
}

/** "Neither Exxon nor Chevron responded": both parties, each its own event. */
function neitherNor(cue: Cue): Decision | null {
  const { toks, o } = cue
  const first = objectPhrase(toks, o)
  if (!first) return null
  let k = first.b
  while (k < toks.length && toks[k].lower !== 'nor') k++
  const second = objectPhrase(toks, k + 1)
  return { actors: second ? [first, second] : [first] }
}

/** "unable to reach the airline", not "could not reach an agreement". */
function reachParty(cue: Cue): Decision | null {
  const np = objectPhrase(cue.toks, cue.o)
  if (!np) return null
  const words = cue.toks.slice(np.a, np.b).map((x) => x.lower)
  if (words.some((w) => L.abstract.has(w) || L.proposal.has(w))) return null
  return { actors: [np] }
}

/** "ignored the invitation / repeated requests": silence in the face of a request. */
function ignoreRequest(cue: Cue): Decision | null {
  const { toks, o } = cue
  if (
    !toks[o] ||
    toks[o].kind !== 'w' ||
    (L.notNoun.has(toks[o].lower) && !L.determiner.has(toks[o].lower))
  )
    return null
  let request = false
  let invitation = false
  for (let k = o; k < Math.min(toks.length, o + 6); k++) {
    if (toks[k].kind === 'p') break
    if (
      startsWithAny(toks[k].lower, L.request) ||
      /^(?:appeals?|summons|pleas?)$/.test(toks[k].lower)
    )
      request = true
    if (/^invitations?$/.test(toks[k].lower)) invitation = true
  }
  return request ? { subject: true, alsoInvited: invitation } : null
}

/** `the chairman said: "No comment."` or `"No comment," said the chairman`. */
function quotedNoComment(cue: Cue): Decision | null {
  const { toks, t } = cue
  const p = possessor(toks, t)
  if (p) return { actors: [p] }
  for (let k = t - 1; k >= 0; k--) {
    if (/^(?:said|says|told|replied|answered|added)$/.test(toks[k].lower)) {
      const info = clauseSubject(toks, k)
      return info.ranges.length ? { actors: info.ranges } : { actors: [] }
    }
  }
  for (let k = cue.after; k < toks.length; k++) {
    if (!/^(?:said|says|replied|added)$/.test(toks[k].lower)) continue
    const before = toks[k - 1]?.kind === 'w' ? npLeft(toks, k) : null
    const after = objectPhrase(toks, k + 1)
    return { actors: before ? [before] : after ? [after] : [] }
  }
  return { actors: [] }
}

/** The offer a relative clause is about: "the offer, which the board rejected last week". */
function relativeAntecedent(cue: Cue): SentenceToken | null {
  const { toks, t } = cue
  const bound = clauseBoundary(toks, auxStart(toks, t))
  if (bound.kind !== 'relative' || bound.start >= t || isVerbLike(toks[bound.start])) return null
  const ante = npLeft(toks, bound.at)
  return ante ? (toks.slice(ante.a, ante.b).find((x) => isProposal(x)) ?? null) : null
}

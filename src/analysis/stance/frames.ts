/**
 * @module
 * The frame checks named by the rules: each reads the words around one cue and decides whether it
 * is an event, with which label, CAMEO code and actor phrase (passive or active "invited", the
 * object class after "accept" or "reject", the infinitive after "declined to", and so on).
 */
import { ACTOR_ALIASES } from '../lexicons/actor-aliases'
import { isPartyNoun, verbClass } from '../lexicons/word-classes'
import { STANCE_LEXICON as lexicon } from './lexicon'
import {
  clauseBoundary,
  clauseSubject,
  isVerbLike,
  npLeft,
  objectPhrase,
  type TokenRange,
} from './phrases'
import type { SentenceToken } from './sentence-tokens'
import {
  acceptCameo,
  addressee,
  auxStart,
  BE,
  declineCameo,
  floatingQuantifier,
  isClaim,
  isNeg,
  isProposal,
  marketSubject,
  possessor,
  proposalAfter,
  proposalBefore,
  slice,
  startsWithAny,
  tenderContext,
  type Cue,
  type Decision,
} from './cue'

/** Words that open a time adjunct after a verb ("rejected last year", "accepted on Friday"). */
const TIME_WORD =
  /^(?:last|next|this|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/
const IMPLICATIVE_NEG = /^(?:refus|declin|reject|fail|unwilling|reluctan|oppos)/

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
    case 'appeal-to':
      return appealTo(cue)
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
    case 'have-rejected':
      return haveRejected(cue)
    case 'withdraw-talks':
      return cue.tokens
        .slice(cue.objectAt, cue.objectAt + 5)
        .some((x) => lexicon.talksNoun.has(x.lower))
        ? { subject: true, cameo: '125' }
        : null
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
        const np = objectPhrase(cue.tokens, cue.objectAt)
        return np ? { actors: [np] } : null
      }
      if (rule.actor === 'possessor') {
        const p = possessor(cue.tokens, cue.at)
        return p ? { actors: [p] } : null
      }
      if (rule.actor === 'addressee') {
        const contacted = addressee(cue)
        // "The White House had no immediate response": with nobody contacted before it, "had no
        // response" is the subject's own silence ("we received no response" needs the addressee).
        if (!contacted.length && cue.match[0].toLowerCase().startsWith('had'))
          return { subject: true }
        return { actors: contacted }
      }
      return { subject: true }
  }
}

function inviteVerb(cue: Cue): Decision | null {
  const { tokens, at, objectAt } = cue
  const word = tokens[at].lower
  const prev = tokens[at - 1]
  // "Mexico is among those invited": the subject is one of them.
  if (word === 'invited' && prev?.lower === 'those' && tokens[at - 2]?.lower === 'among') {
    const subject = clauseSubject(tokens, at - 2).ranges[0]
    if (subject) return { actors: [subject], cameo: inviteCameo(cue) }
  }
  // Attributive participle: "the invited guests", "200 invited delegates".
  if (
    prev &&
    ((lexicon.determiner.has(prev.lower) &&
      prev.lower !== 'all' &&
      // "were both invited": a quantifier floated after the auxiliary, not a determiner.
      !floatingQuantifier(tokens, at - 1)) ||
      prev.kind === 'n' ||
      /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|dozen|dozens|thousands|specially|personally|specifically)$/.test(
        prev.lower,
      ))
  )
    return null
  // Passive: a form of "be" before the participle (adverbs and negation may intervene).
  const k = beforeAdverbs(tokens, at)
  if (word === 'invited' && k >= 0 && BE.has(tokens[k].lower))
    return { subject: true, cameo: inviteCameo(cue) }
  const np = objectPhrase(tokens, objectAt)
  if (np) {
    for (let q = np.a; q < np.b && tokens[q].lower !== 'of'; q++)
      if (lexicon.invitedThing.has(tokens[q].lower)) return null
    // "invited anyone who had suspicions": an open call, not a party.
    if (/^(?:anyone|anybody|everyone|everybody|whoever)$/.test(tokens[np.a].lower)) return null
    // An active "invited X" needs someone inviting: "Only invited journalists were let in" has none.
    if (!clauseSubject(tokens, auxStart(tokens, at)).ranges.length && tokens[np.b]?.lower !== 'to')
      return null
    if (tokens[np.a].lower === 'to' || tokens[np.a].lower === 'by') return null
    return { actors: [np], cameo: inviteCameo(cue) }
  }
  // Reduced relative: "the only leader invited to attend".
  const next = tokens[objectAt]?.lower
  // "Invited to the summit, Chile said it would attend": a fronted participle.
  if (word === 'invited' && at === firstWord(tokens) && (next === 'to' || next === 'by')) {
    const subject = subjectAfterComma(tokens, objectAt)
    return subject ? { actors: [subject], cameo: inviteCameo(cue) } : null
  }
  if (word === 'invited' && (next === 'to' || next === 'by' || next === 'for')) {
    const left = npLeft(tokens, at)
    // "Portugal was among the countries invited": the subject is one of those invited.
    if (left && tokens[left.a - 1]?.lower === 'among') {
      const subject = clauseSubject(tokens, left.a - 1).ranges[0]
      if (subject) return { actors: [subject], cameo: inviteCameo(cue) }
    }
    if ((left && !tokens[left.b - 1].cap) || (left && left.b - left.a > 0))
      return { actors: left ? [left] : [], cameo: inviteCameo(cue) }
  }
  return null
}

function inviteCameo(cue: Cue): string {
  const rest = cue.tokens.slice(cue.at, cue.at + 12).map((x) => x.lower)
  return rest.some((w) =>
    /^(?:meet|talks|negotiat|summit|attend|join|visit|conference|discuss)/.test(w),
  )
    ? '026'
    : '020'
}

function inviteNoun(cue: Cue): Decision | null {
  const { tokens, at, objectAt } = cue
  const bound = clauseBoundary(tokens, at)
  // A response to the invitation is its own event (the reply rules add the implied invitation).
  for (let k = Math.max(bound.start, at - 7); k < at; k++) {
    if (
      /^(?:accept|declin|reject|refus|turn|repl|respon|answer|ignor|snub|spurn|rebuff|consider|weigh|stud|mull|rsvp)/.test(
        tokens[k].lower,
      )
    )
      return null
  }
  const prev = tokens[at - 1]?.lower ?? ''
  const next = tokens[objectAt]
  if (prev === 'by' || prev === 'little' || next?.lower === 'only') return null
  const received = tokens
    .slice(Math.max(bound.start, at - 4), at)
    .some(
      (x) =>
        /^(?:received|receives|receive|got|get|gets|has|have|had)$/.test(x.lower) &&
        !/^(?:has|have|had)$/.test(x.lower),
    )
  if (received) return { subject: true }
  // "The invitation was extended to all member states", "Invitations to the signing ceremony
  // were sent to Egypt, Jordan and Syria".
  for (let k = objectAt; k < Math.min(tokens.length, objectAt + 9); k++) {
    if (/^[.;:!?]$/.test(tokens[k].text)) break
    if (
      /^(?:extended|sent|issued|given|offered|delivered|out)$/.test(tokens[k].lower) &&
      tokens[k + 1]?.lower === 'to'
    ) {
      const np = objectPhrase(tokens, k + 2)
      return np ? { actors: [np] } : null
    }
  }
  if (next?.lower === 'to' || next?.lower === 'for') {
    const n2 = tokens[objectAt + 1]
    if (
      n2 &&
      next.lower === 'to' &&
      n2.kind === 'w' &&
      !n2.cap &&
      !lexicon.determiner.has(n2.lower) &&
      n2.lower !== 'both' &&
      /^(?:[a-z]+)$/.test(n2.lower) &&
      !lexicon.occasion.has(n2.lower)
    ) {
      // "invitation to restart the talks": someone was invited, unnamed unless a receiver is given.
      return received ? { subject: true } : { actors: [] }
    }
    const np = objectPhrase(tokens, objectAt + 1)
    if (!np) return null
    const words = tokens.slice(np.a, np.b).map((x) => x.lower)
    if (words.some((w) => lexicon.occasion.has(w) || startsWithAny(w, lexicon.occasion)))
      return received ? { subject: true } : null
    // "sent invitations to 14 foreign banks": a number may open the invitees' phrase.
    if (
      !tokens[np.a].cap &&
      !lexicon.determiner.has(tokens[np.a].lower) &&
      !(tokens[np.a].kind === 'n' && /s$/.test(tokens[np.b - 1].lower))
    )
      return null
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
  if (lexicon.askedVerb.has(word)) return true
  const kind = verbClass(word)
  return kind === 'social' || kind === 'communication' || kind === 'competition'
}

/** "send a delegation / observers": sending someone to take part. */
function sendsDelegation(tokens: readonly SentenceToken[], at: number): boolean {
  return (
    tokens[at]?.lower === 'send' &&
    tokens.slice(at + 1, at + 4).some((token) => lexicon.delegation.has(token.lower))
  )
}

/**
 * "urged / called on / appealed to / pressed X to join / attend / meet": the appeal's addressee,
 * invited to take part. Passive: "Iran was urged to join the talks".
 */
function appealTo(cue: Cue): Decision | null {
  const { tokens, at, objectAt } = cue
  // What one is urged to join or attend must be a meeting or a group of parties ("join the
  // talks", not "join the police"; "take part in the negotiations", not "in voluntary work").
  const meetingAhead = (from: number) =>
    tokens
      .slice(from, from + 7)
      .some(
        (token) =>
          lexicon.meeting.has(token.lower) ||
          lexicon.talksNoun.has(token.lower) ||
          lexicon.groupWord.has(token.lower) ||
          token.lower === 'table',
      )
  const toMeet = (i: number) => {
    const verb = tokens[i]?.lower
    if (verb === undefined) return false
    if (verb === 'take') return tokens[i + 1]?.lower === 'part' && meetingAhead(i + 2)
    // "to meet Israeli officials", "to meet with the mediators", not "to meet as normal".
    if (verb === 'meet')
      return (
        tokens[i + 1]?.lower === 'with' ||
        !!tokens[i + 1]?.cap ||
        lexicon.determiner.has(tokens[i + 1]?.lower ?? '')
      )
    if (verb === 'negotiate') return true
    if (!lexicon.appealedVerb.has(verb)) return sendsDelegation(tokens, i)
    return meetingAhead(i + 1)
  }
  const k = beforeAdverbs(tokens, at)
  if (k >= 0 && BE.has(tokens[k].lower))
    return tokens[objectAt]?.lower === 'to' && toMeet(objectAt + 1)
      ? { subject: true, cameo: '026' }
      : null
  const np = objectPhrase(tokens, objectAt)
  if (!np || tokens[np.b]?.lower !== 'to' || !toMeet(np.b + 1)) return null
  return { actors: [np], cameo: '026' }
}

function askedTo(cue: Cue): Decision | null {
  const { tokens, at, objectAt } = cue
  const askable = (word: string | undefined, i = -1) =>
    word !== undefined &&
    !lexicon.leavePostVerb.has(word) &&
    !lexicon.taskVerb.has(word) &&
    (isAskableVerb(word) || (i >= 0 && sendsDelegation(tokens, i)))
  // "Asked to comment on ..., the minister said ...": the reporting clause's subject was asked.
  if (
    at === firstWord(tokens) &&
    tokens[objectAt]?.lower === 'to' &&
    askable(tokens[objectAt + 1]?.lower, objectAt + 1)
  ) {
    const subject = subjectAfterComma(tokens, objectAt)
    return subject ? { actors: [subject], cameo: '026' } : null
  }
  const k = beforeAdverbs(tokens, at)
  const passive = k >= 0 && BE.has(tokens[k].lower)
  if (
    passive &&
    tokens[objectAt]?.lower === 'to' &&
    askable(tokens[objectAt + 1]?.lower, objectAt + 1)
  )
    return { subject: true, cameo: '026' }
  // "Norway was asked by the UN to join the mission": the agent comes between.
  if (passive && tokens[objectAt]?.lower === 'by') {
    const agent = objectPhrase(tokens, objectAt + 1)
    if (agent && tokens[agent.b]?.lower === 'to' && askable(tokens[agent.b + 1]?.lower))
      return { subject: true, cameo: '026' }
  }
  if (passive) return null
  // "asked for money to staff a station": a request for things, not a party asked.
  if (/^(?:for|about|after|over|whether|if|why|how|what)$/.test(tokens[objectAt]?.lower ?? ''))
    return null
  const np = objectPhrase(tokens, objectAt)
  if (!np || tokens[np.b]?.lower !== 'to' || !askable(tokens[np.b + 1]?.lower, np.b + 1))
    return null
  if (tokens[np.b + 1].lower === 'be' && !/^(?:part|a|an|the)$/.test(tokens[np.b + 2]?.lower ?? ''))
    return null
  return { actors: [np], cameo: '026' }
}

/** The token before the adverbs and negators that precede `at` ("was not immediately invited"). */
function beforeAdverbs(tokens: readonly SentenceToken[], at: number): number {
  let k = at - 1
  while (
    k >= 0 &&
    tokens[k].kind === 'w' &&
    (lexicon.adverb.has(tokens[k].lower) || isNeg(tokens[k]) || floatingQuantifier(tokens, k))
  )
    k--
  return k
}

/**
 * The subject of the main clause after a fronted participial clause ("Asked to comment, the
 * minister said", "Invited to the summit, Chile said"): the participle's party.
 */
function subjectAfterComma(tokens: readonly SentenceToken[], from: number): TokenRange | null {
  const comma = tokens.findIndex((x, i) => i > from && x.text === ',')
  return comma > 0 ? objectPhrase(tokens as SentenceToken[], comma + 1) : null
}

/** The index of the sentence's first word, past opening quotes and brackets. */
function firstWord(tokens: readonly SentenceToken[]): number {
  return tokens.findIndex((x) => x.kind === 'w')
}

/** "did not / refused to / would not accept": a negated acceptance, which is a refusal. */
function isNegatedAccept(tokens: readonly SentenceToken[], at: number): boolean {
  return tokens.slice(Math.max(0, at - 3), at).some(isNeg)
}

function accept(cue: Cue): Decision | null {
  const { tokens, at, objectAt } = cue
  const prev = tokens[at - 1]
  if (
    prev &&
    cue.rule.id !== 'acceptance-of' &&
    ((lexicon.determiner.has(prev.lower) && !/^(?:both|all|each)$/.test(prev.lower)) ||
      /^(?:generally|widely|universally|commonly|broadly|internationally|socially|readily|well)$/.test(
        prev.lower,
      ))
  )
    return null
  const k = beforeAdverbs(tokens, at)
  if (
    cue.rule.id === 'accept' &&
    k >= 0 &&
    BE.has(tokens[k].lower) &&
    tokens[at].lower === 'accepted'
  ) {
    // "The offer was accepted by the board": the agent accepted, if the subject was an offer.
    const info = clauseSubject(tokens, auxStart(tokens, at))
    const subj = info.ranges[0]
    const offer = subj ? tokens.slice(subj.a, subj.b).find(isProposal) : undefined
    if (!offer || tenderContext(tokens)) return null
    if (tokens[objectAt]?.lower !== 'by') {
      // No agent: the party the offer was made to accepted it, named or not ("The invitation
      // was accepted").
      if (/^(?:that|as)$/.test(tokens[objectAt]?.lower ?? '')) return null
      return { actors: addressee(cue), cameo: acceptCameo(offer) }
    }
    const agent = objectPhrase(tokens, objectAt + 1)
    if (!agent) return null
    return { actors: [agent], cameo: acceptCameo(offer) }
  }
  // "refused to accept X": the refusal rules already count it.
  if (
    tokens[at - 1]?.lower === 'to' &&
    tokens[at - 2] &&
    /^(?:refus|declin|reject)/.test(tokens[at - 2].lower)
  )
    return null
  const implicativeNeg =
    tokens[at - 1]?.lower === 'to' && tokens[at - 2] && IMPLICATIVE_NEG.test(tokens[at - 2].lower)
  const next = tokens[objectAt]
  const object: SentenceToken | null = proposalAfter(tokens, objectAt)
  if (!object) {
    const pronounOrNumber =
      next &&
      (/^(?:it|them|this|these|those)$/.test(next.lower) ||
        (next.lower === 'the' && tokens[objectAt + 1]?.kind === 'n'))
    const intransitive =
      !next || next.kind === 'p' || /^(?:with|without|because|after|on|but|and)$/.test(next.lower)
    // "Athens accepted on Friday": a party's name accepting, with nothing accepted named, has
    // accepted what the article offered it (as "Iran declined" has refused it).
    const subject = intransitive ? clauseSubject(tokens, auxStart(tokens, at)).ranges[0] : undefined
    if (
      !((pronounOrNumber || intransitive) && proposalBefore(tokens, at)) &&
      // "The invitation, which Kenya accepted last week, ...": the antecedent is the object.
      !relativeAntecedent(cue) &&
      !(subject && tokens[at].lower === 'accepted' && namedParty(cue, subject))
    )
      return null
    if (next && /^(?:that)$/.test(next.lower)) return null
  }
  // "will not accept further proposals": a policy about offers still to come, not an answer to
  // one (the dev2 guidelines make even "will not accept offers" optional).
  if (
    object &&
    /^(?:further|future|more)$/.test(tokens[objectAt]?.lower ?? '') &&
    tokens.slice(Math.max(0, at - 4), at).some((x) => /^(?:will|would|wo|shall)$/.test(x.lower))
  )
    return null
  // "accepted an award / a payment": receiving, not answering (refusing one is still declining).
  if (object && lexicon.receivedThing.has(object.lower) && !isNegatedAccept(tokens, at)) return null
  // Central-bank and commodity tenders "accept bids": a market operation, not a response.
  if (object && /^(?:bids?|tenders?|offers?)$/.test(object.lower) && tenderContext(tokens))
    return null
  const d: Decision = { subject: cue.rule.actor === 'subject', cameo: acceptCameo(object) }
  if (cue.rule.actor === 'possessor') {
    const p = possessor(tokens, at)
    if (!p) return null
    d.actors = [p]
    d.subject = false
  }
  // The perfect must be the cue's own ("has not accepted"): in "had decided not to accept" it
  // belongs to "decided", and not accepting is what was decided (a refusal).
  const perfectNeg =
    tokens[at].lower !== 'accept' &&
    tokens
      .slice(Math.max(0, at - 4), at)
      .some((x) => /^(?:has|have|had|hasn't|haven't|hadn't)$/.test(x.lower)) &&
    tokens.slice(Math.max(0, at - 4), at).some(isNeg)
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

function agreeTo(cue: Cue): Decision | null {
  const { tokens, objectAt } = cue
  const v = tokens[objectAt]
  if (!v) return null
  // "agreed to reopen talks", "agreed to restart negotiations": a verb of beginning or going on
  // with talks as its object.
  if (
    v.kind === 'w' &&
    lexicon.startVerb.has(v.lower) &&
    tokens.slice(objectAt + 1, objectAt + 5).some(
      (x) =>
        lexicon.talksNoun.has(x.lower) ||
        // PETRARCH2's "agree to hold summit" (CAMEO 036).
        /^(?:summit|summits|meeting|meetings|conference)$/.test(x.lower),
    )
  )
    return { subject: true, cameo: '036' }
  if (v.kind === 'w' && !v.cap && lexicon.joinVerb.has(v.lower)) {
    // "agreed to hold talks" (not "to hold a 20 pct stake"); "agreed to hold off" a fight or a
    // vote is a concession asked for.
    if (
      /^(?:hold|resume|open|begin|start|enter|return)$/.test(v.lower) &&
      !tokens.slice(objectAt + 1, objectAt + 5).some(
        (x) =>
          lexicon.talksNoun.has(x.lower) ||
          // "agreed to return to the negotiating table".
          (v.lower === 'return' && x.lower === 'table') ||
          // "agreed to enter the coalition": entering a group is joining it.
          (v.lower === 'enter' && lexicon.groupWord.has(x.lower)),
      ) &&
      !(v.lower === 'hold' && /^(?:off|back)$/.test(tokens[objectAt + 1]?.lower ?? ''))
    )
      return null
    // "agreed to take part", "agreed to take the job": taking part, or taking up a post.
    if (
      v.lower === 'take' &&
      tokens[objectAt + 1]?.lower !== 'part' &&
      !proposalAfter(tokens, objectAt + 1, 6)
    )
      return null
    // "agreed to accept rescheduling of the loans": agreeing to accept takes what was offered,
    // unless what is accepted is blame or a claim ("agreed to accept that it erred").
    if (v.lower === 'accept' && !proposalAfter(tokens, objectAt + 1)) {
      const next = tokens[objectAt + 1]
      if (
        !next ||
        next.kind !== 'w' ||
        next.lower === 'that' ||
        isClaim(next) ||
        /^(?:responsibility|blame|liability|guilt|it|this|that)$/.test(next.lower) ||
        tokens
          .slice(objectAt + 1, objectAt + 4)
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
  // "agreed to send a delegation (to the talks)": taking part through representatives, as CAMEO's
  // "agree to meet" does.
  if (
    v.lower === 'send' &&
    tokens
      .slice(objectAt + 1, objectAt + 5)
      .some((x) =>
        /^(?:delegations?|delegates|representatives?|envoys?|observers|negotiators)$/.test(x.lower),
      )
  )
    return { subject: true, cameo: '036' }
  // "agreed to back the bill", "agreed to testify", "agreed to hold off": a verb of taking part or
  // of speaking, by its most frequent WordNet sense (transactions such as "agreed to buy" are
  // deals, not acceptances, and are possession verbs there).
  if (
    v.kind === 'w' &&
    !v.cap &&
    !lexicon.determiner.has(v.lower) &&
    (tokens[objectAt + 1]?.kind === 'w' || tokens[objectAt + 1]?.kind === 'n') &&
    !/s$/.test(v.lower) &&
    !lexicon.jointOrPermitVerb.has(v.lower) &&
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
  const obj = proposalAfter(tokens, objectAt, 6)
  if (!obj) return null
  // A noun phrase, not a verb: "to a buyout", "to Britain's request", "to demands", "to new terms".
  const adjective =
    /^(?:new|revised|fresh|final|latest|improved|higher|better|joint|formal|further|sweetened|amended)$/.test(
      v.lower,
    ) && isProposal(tokens[objectAt + 1])
  if (
    lexicon.determiner.has(v.lower) ||
    isProposal(v) ||
    (v.kind === 'w' && /['’]s?$/.test(v.text)) ||
    (v.cap && !isVerbLike(v)) ||
    adjective
  )
    return { subject: true, cameo: acceptCameo(obj) }
  return null
}

function willAttend(cue: Cue): Decision | null {
  const { tokens, objectAt } = cue
  const v = tokens[objectAt]?.lower
  if (v === 'join') {
    if (
      !tokens
        .slice(objectAt + 1, objectAt + 6)
        .some((x) => lexicon.groupWord.has(x.lower) && x.text !== 'US')
    )
      return null
  }
  return { subject: true, cameo: '036' }
}

function refuseTo(cue: Cue): Decision | null {
  const { tokens, objectAt } = cue
  const v = tokens[objectAt]
  if (
    !v ||
    v.kind !== 'w' ||
    v.cap ||
    lexicon.determiner.has(v.lower) ||
    (lexicon.notNoun.has(v.lower) &&
      v.lower !== 'be' &&
      v.lower !== 'say' &&
      // "refused to back the change": "back" is a verb after "to" when an object follows.
      !(
        v.lower === 'back' &&
        (lexicon.determiner.has(tokens[objectAt + 1]?.lower ?? '') || tokens[objectAt + 1]?.cap)
      ))
  )
    return null
  // "a source who declined to be identified" protects a name; it is not a refusal to respond.
  if (v.lower === 'be' && /^(?:identified|named|quoted)$/.test(tokens[objectAt + 1]?.lower ?? ''))
    return null
  if (
    /^(?:accept|admit|believe|concede|acknowledge|recognise|recognize|rule|agree|accept|consider|see)$/.test(
      v.lower,
    )
  ) {
    for (let k = objectAt + 1; k < Math.min(tokens.length, objectAt + 5); k++)
      if (tokens[k].lower === 'that' || isClaim(tokens[k])) return null
  }
  if (marketSubject(cue)) return null
  // "declined on Friday to close at 212 pence": a price ending a session, whatever the subject.
  if (
    /^declin/.test(tokens[cue.at].lower) &&
    /^(?:close|end|finish|settle|trade|stand)$/.test(v.lower) &&
    /^(?:at|lower|higher|down|up|near|below|above)$/.test(tokens[objectAt + 1]?.lower ?? '')
  )
    return null
  const w = v.lower
  const cameo = lexicon.commentVerb.has(w)
    ? '011'
    : lexicon.meetVerb.has(w)
      ? '125'
      : lexicon.cooperateVerb.has(w)
        ? '121'
        : w === 'accept'
          ? declineCameo(proposalAfter(tokens, objectAt + 1))
          : '120'
  return { subject: true, cameo }
}

function declineObject(cue: Cue): Decision | null {
  const { tokens, at, objectAt } = cue
  const prev = tokens[at - 1]
  if (
    prev &&
    (lexicon.determiner.has(prev.lower) ||
      prev.kind === 'n' ||
      (prev.kind === 'w' && /['’]s?$/.test(prev.text)) ||
      /^(?:sharp|steep|slight|further|gradual|continued|continuing|long|slow|rapid)$/.test(
        prev.lower,
      ))
  )
    return null
  const v = tokens[objectAt]
  if (!v || v.kind === 'p') return intransitiveRefusal(cue) ? { subject: true, cameo: '120' } : null
  // Bare "refuse" is the noun (rubbish) unless a modal, "to" or a pronoun governs it, or a
  // determiner opens its object: "collects refuse twice a week" vs "will refuse the offer".
  if (
    tokens[at].lower === 'refuse' &&
    !(
      prev &&
      (lexicon.auxiliary.has(prev.lower) ||
        prev.lower === 'to' ||
        isNeg(prev) ||
        /^(?:i|we|they|you)$/.test(prev.lower))
    ) &&
    !(lexicon.determiner.has(v.lower) || v.cap || /['’]s$/.test(v.text))
  )
    return null
  if (
    v.kind !== 'w' ||
    lexicon.notNoun.has(v.lower) ||
    /ly$/.test(v.lower) ||
    /^(?:comment|comments|interviews?)$/.test(v.lower) ||
    (v.lower === 'an' && /^interview/.test(tokens[objectAt + 1]?.lower ?? ''))
  )
    return null
  if (
    v.lower === 'to' ||
    lexicon.market.has(v.lower) ||
    /^(?:pct|percent|per|cents?|points?|dlrs|dollars)$/.test(v.lower)
  )
    return null
  const np = objectPhrase(tokens, objectAt)
  if (!np) return null
  for (let k = np.a; k < np.b; k++)
    if (isClaim(tokens[k]) || lexicon.market.has(tokens[k].lower) || tokens[k].kind === 'n')
      return null
  // "an ageing and declining membership base": a participle before a bare noun is an adjective.
  if (
    /ing$/.test(tokens[at].lower) &&
    !lexicon.determiner.has(v.lower) &&
    !/['’]s?$/.test(v.text) &&
    !tokens.slice(np.a, np.b).some(isProposal)
  )
    return null
  if (marketSubject(cue)) return null
  // "Refuse bins were left out": a noun, with no subject doing any refusing.
  if (!clauseSubject(tokens, auxStart(tokens, at)).ranges.length) return null
  return { subject: true, cameo: declineCameo(proposalAfter(tokens, objectAt)) }
}

/**
 * Whether a subject is a party's name: capitalised words only, and a single capitalised word
 * opening the sentence only if it is a known party (it may be a common noun: "Exports declined").
 */
function namedParty(cue: Cue, r: TokenRange): boolean {
  const words = cue.tokens.slice(r.a, r.b)
  const capitalised = words.filter((x) => x.cap).length
  const nameOnly = words.every((x) => x.cap || /^(?:of|and|&|the)$/.test(x.lower))
  const known = ACTOR_ALIASES[slice(cue.sentence, cue.tokens, r).toLowerCase()] !== undefined
  return nameOnly && (known || capitalised >= 2 || r.a > firstWord(cue.tokens))
}

/**
 * "He declined." needs a party that was asked something: a personal pronoun, a titled name, or
 * a sentence that says it was asked ("Asked about the deal, Smith declined").
 */
function intransitiveRefusal(cue: Cue): boolean {
  const { tokens, at } = cue
  if (!/^(?:declined|refused)$/.test(tokens[at].lower)) return false
  // "The invitation was declined" is a passive, read by the passive rule.
  if (BE.has(tokens[auxStart(tokens, at)]?.lower ?? '') || BE.has(tokens[at - 1]?.lower ?? ''))
    return false
  if (marketSubject(cue)) return false
  const info = clauseSubject(tokens, auxStart(tokens, at))
  const r = info.ranges[0]
  if (!r) return false
  const first = tokens[r.a]
  if (r.b - r.a === 1 && /^(?:he|she|they|i|we)$/.test(first.lower)) return true
  // "The senators declined": a definite description of a party points back, as a pronoun does,
  // to one named or invited before (WordNet's person and group nouns).
  if (r.b - r.a === 2 && first.lower === 'the' && isPartyNoun(tokens[r.a + 1].lower)) return true
  if (/^(?:mr|mrs|ms|dr|sir|president|minister)\.?$/.test(first.lower)) return true
  // "Iran declined.", "Greenpeace, however, declined": a party's name with nothing after the
  // verb (a market's fall names a market, or a figure follows).
  if (namedParty(cue, r)) return true
  // Or the sentence already speaks of an offer, an invitation or attending ("..., while Italy declined").
  return tokens
    .slice(0, at)
    .some(
      (x) =>
        /^(?:asked|approached|contacted|pressed)$/.test(x.lower) ||
        /^(?:invit|offer|propos|attend|join|particip|request|bid)/.test(x.lower),
    )
}

function rejectObject(cue: Cue): Decision | null {
  const { tokens, at, objectAt } = cue
  if (tokens[objectAt]?.lower === 'by') return null
  // "Rates turned down as prices faltered": with no object straight after it, "turn down" is
  // the intransitive verb of falling, not of refusing.
  if (
    tokens[at].lower.startsWith('turn') &&
    /^(?:as|in|after|sharply|slightly|again|from|to|with|when|while|because|amid)$/.test(
      tokens[objectAt]?.lower ?? '',
    )
  )
    return null
  // "refused to sign up to the pact": the refusal rules count it.
  if (
    cue.rule.label === 'accepted' &&
    tokens[at - 1]?.lower === 'to' &&
    IMPLICATIVE_NEG.test(tokens[at - 2]?.lower ?? '')
  )
    return null
  // "rejected as inadequate the 18 dlr a share offer": the object may come after a predicate;
  // "the offer, which the board rejected": it may be the relative clause's antecedent.
  const obj = proposalAfter(tokens, objectAt, 10) ?? relativeAntecedent(cue)
  if (!obj) return null
  // One resists a call or an offer; "resist the planned reforms" opposes a policy.
  if (/^resist/.test(tokens[at].lower) && /^(?:proposed|planned)$/.test(obj.lower)) return null
  // Courts dismiss appeals and cases; "dismissed" is a refusal only of an offer.
  if (
    /^dismiss/.test(tokens[cue.at].lower) &&
    !/^(?:offers?|bids?|proposals?|invitations?|overtures?|approach(?:es)?)$/.test(obj.lower)
  )
    return null
  return { subject: true, cameo: declineCameo(obj) }
}

function passiveReject(cue: Cue): Decision | null {
  const { tokens, at, objectAt, rule } = cue
  const info = clauseSubject(tokens, auxStart(tokens, at))
  const subj = info.ranges[0]
  const words = subj ? tokens.slice(subj.a, subj.b) : []
  if (words.some(isClaim)) return null
  if (rule.id === 'reject-by') {
    // "declined by 3 pct" is a fall; a passive refusal has a form of "be" before it.
    if (tokens[objectAt]?.kind === 'n') return null
    if (
      /^(?:declined|refused)$/.test(tokens[at].lower) &&
      !BE.has(tokens[auxStart(tokens, at)]?.lower ?? '')
    ) {
      let k = at - 1
      while (k >= 0 && tokens[k].kind === 'w' && lexicon.adverb.has(tokens[k].lower)) k--
      if (!BE.has(tokens[k]?.lower ?? '')) return null
    }
    const np = objectPhrase(tokens, objectAt)
    return np ? { actors: [np], cameo: declineCameo(words.find(isProposal) ?? null) } : null
  }
  // No agent: the party the offer was made to refused it ("an offer to sell the Soviets ... was rebuffed").
  const clause = tokens.slice(info.clauseStart, at)
  // "an earlier approach from the tycoon, which was rejected": the relative clause's antecedent.
  const proposal =
    clause.find(isProposal) ??
    (tokens[info.clauseStart - 1] && /^(?:which|that)$/.test(tokens[info.clauseStart - 1].lower)
      ? antecedentProposal(tokens, info.clauseStart - 1)
      : null) ??
    (/^(?:which|that)$/.test(tokens[info.clauseStart]?.lower ?? '')
      ? antecedentProposal(tokens, info.clauseStart)
      : null)
  if (!proposal) return null
  return { actors: addressee({ ...cue, at }), cameo: declineCameo(proposal) }
}

/**
 * "had an earlier offer for MCI rejected": a proposal as the object of "have", with the party it
 * was made to (after "for" or "to") as the one refusing, or an unnamed party.
 */
function haveRejected(cue: Cue): Decision | null {
  const { tokens, objectAt } = cue
  const end = cue.after
  let proposal = -1
  for (let k = objectAt; k < end; k++) if (isProposal(tokens[k])) proposal = k
  const opener = tokens[objectAt]
  if (
    proposal < 0 ||
    !(
      lexicon.determiner.has(opener.lower) ||
      opener.kind === 'n' ||
      /^(?:two|three|four|five|six|seven|eight|nine|ten)$/.test(opener.lower)
    )
  )
    return null
  const to = tokens[proposal + 1]?.lower
  if ((to === 'for' || to === 'to') && tokens[proposal + 2]?.cap) {
    const np = objectPhrase(tokens, proposal + 2)
    if (np && np.b <= end) return { actors: [np], cameo: declineCameo(tokens[proposal]) }
  }
  return { actors: [], cameo: declineCameo(tokens[proposal]) }
}

function boycott(cue: Cue): Decision | null {
  const { tokens, at, objectAt } = cue
  // "The talks were boycotted by the opposition": the agent boycotted; with none named, an
  // unnamed party did (dev2 guidelines: passives without an agent have a null actor).
  const k = beforeAdverbs(tokens, at)
  if (tokens[at].lower === 'boycotted' && k >= 0 && BE.has(tokens[k].lower)) {
    const subject = clauseSubject(tokens, auxStart(tokens, at)).ranges[0]
    if (!subject || !tokens.slice(subject.a, subject.b).some((x) => lexicon.meeting.has(x.lower)))
      return null
    if (tokens[objectAt]?.lower !== 'by') return { actors: [], cameo: '125' }
    const agent = objectPhrase(tokens, objectAt + 1)
    return agent ? { actors: [agent], cameo: '125' } : null
  }
  const prev = tokens[at - 1]
  // "the boycotted Moscow Games": the participle as an attribute of a meeting, by parties the
  // sentence does not name (dev2 guidelines: an unnamed agent is a null actor).
  if (tokens[at].lower === 'boycotted' && prev && lexicon.determiner.has(prev.lower))
    return meetingWithin(tokens, at + 1, 5) ? { actors: [], cameo: '125' } : null
  // "an opposition boycott of parliament", "a sporadic opposition boycott": the noun with the
  // boycotting party as its modifier, as "the Soviet boycott".
  const party = boycottModifier(tokens, at)
  if (party)
    return meetingWithin(tokens, 0, tokens.length) ? { actors: [party], cameo: '125' } : null
  if (
    prev &&
    (lexicon.determiner.has(prev.lower) || (prev.kind === 'w' && /['’]s?$/.test(prev.text)))
  )
    return null
  for (let k = objectAt; k < Math.min(tokens.length, objectAt + 7); k++) {
    if (tokens[k].kind === 'p') break
    if (lexicon.meeting.has(tokens[k].lower)) return { subject: true, cameo: '125' }
  }
  return null
}

/** Whether a meeting-like noun ("talks", "parliament", "debate") lies in `[from, from + span)`. */
function meetingWithin(tokens: readonly SentenceToken[], from: number, span: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + span); k++)
    if (lexicon.meeting.has(tokens[k].lower)) return true
  return false
}

/**
 * The party modifying a nominal "boycott" after its determiner ("an opposition boycott", "the
 * Soviet-led boycott" is left out): a capitalised name or a person or group noun, not a trade
 * boycott's goods ("a consumer boycott", "an oil boycott").
 */
function boycottModifier(tokens: readonly SentenceToken[], at: number): TokenRange | null {
  if (!/^boycotts?$/.test(tokens[at].lower)) return null
  let a = at
  while (a > 0 && tokens[a - 1].kind === 'w' && !lexicon.determiner.has(tokens[a - 1].lower)) {
    const word = tokens[a - 1]
    // "opposition" names the parties opposed to a government only in a lesser WordNet sense
    // (noun.group), so the most-frequent-sense party test misses it.
    if (!(word.cap || isPartyNoun(word.lower) || word.lower === 'opposition')) break
    a--
  }
  if (a === at) return null
  // Up to two adjectives may stand before the party ("a sporadic opposition boycott").
  let opener = a - 1
  while (
    opener >= a - 2 &&
    opener > 0 &&
    tokens[opener].kind === 'w' &&
    /[a-z]$/.test(tokens[opener].text) &&
    !tokens[opener].cap &&
    !lexicon.determiner.has(tokens[opener].lower) &&
    !lexicon.notNoun.has(tokens[opener].lower)
  )
    opener--
  if (opener < 0 || !lexicon.determiner.has(tokens[opener].lower)) return null
  if (tokens.slice(a, at).some((x) => /^(?:trade|economic|consumer|oil|arms)$/.test(x.lower)))
    return null
  return { a, b: at }
}

/** Whether the words from `at` name a time ("press time", "the deadline", "Friday", "5 p.m."). */
function byDeadline(tokens: readonly SentenceToken[], at: number): boolean {
  const words = tokens
    .slice(at, at + 4)
    .map((token) => token.lower)
    .join(' ')
  return DEADLINE.test(words)
}

const DEADLINE =
  /^(?:the\s+)?(?:press\s+time|(?:publication|print|filing|reporting)?\s*deadline|time\s+of\s+(?:publication|writing|going\s+to\s+press)|publication|close\s+of\s+business|end\s+of|midday|noon|midnight|nightfall|evening|morning|afternoon|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)/

function respond(cue: Cue): Decision | null {
  const { tokens, objectAt, match } = cue
  // "Calls to the ministry were not answered": the calls are not a party (another rule reads it).
  const subj = clauseSubject(tokens, auxStart(tokens, cue.at)).ranges[0]
  if (subj && tokens.slice(subj.a, subj.b).some((x) => startsWithAny(x.lower, lexicon.request)))
    return null
  const verb = match[0].toLowerCase()
  const next = tokens[objectAt]
  // "questions that weren't answered": a passive describes the questions, not a party.
  if (/^(?:is|are|was|were)(?:n['’]t)?\b/.test(verb) && /(?:ed|ied)$/.test(verb.trim())) return null
  const isReturn = /return/.test(verb) && !/respond|repl|answer/.test(verb)
  if (isReturn) {
    const ok = tokens
      .slice(objectAt, objectAt + 5)
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
    for (let k = objectAt + 1; k < Math.min(tokens.length, objectAt + 10); k++) {
      if (tokens[k].kind === 'p' && tokens[k].text !== '’' && tokens[k].text !== "'") break
      if (startsWithAny(tokens[k].lower, lexicon.request)) request = true
      if (/^invitations?$/.test(tokens[k].lower)) invitation = true
    }
    if (!request && !/for comment/i.test(cue.sentence)) return null
    return { subject: true, alsoInvited: invitation }
  }
  if (
    /ly$/.test(next.lower) &&
    !/^(?:immediately|publicly|formally|directly|personally|officially)$/.test(next.lower)
  )
    return null
  // "did not respond by press time / by Friday": a deadline, not the means ("responded by firing").
  if (next.lower === 'by' && byDeadline(tokens, objectAt + 1)) return { subject: true }
  if (/^(?:with|by|in|positively|favourably|favorably|well)$/.test(next.lower)) return null
  // "failed to answer the invitation / the summons", not "failed to answer the question" (of a debate).
  if (
    next.kind === 'w' &&
    (lexicon.determiner.has(next.lower) ||
      /['’]s$/.test(next.text) ||
      !lexicon.notNoun.has(next.lower))
  ) {
    let target = false
    let invitation = false
    for (let k = objectAt; k < Math.min(tokens.length, objectAt + 5); k++) {
      if (tokens[k].kind === 'p') break
      if (
        // Plural "questions" are a reporter's ("did not answer questions"), unlike "the question".
        /^(?:invitations?|requests?|calls?|letters?|summons|subpoenas?|messages?|e-?mails?|ultimatum|charges|allegations|offers?|bids?|proposals?|demands?|appeals?|inquiries|queries|questionnaire|questions|phone|telephone)$/.test(
          tokens[k].lower,
        )
      )
        target = true
      if (/^invitations?$/.test(tokens[k].lower)) invitation = true
    }
    if (!target) return null
    return { subject: true, alsoInvited: invitation }
  }
  return { subject: true }
}

function indication(cue: Cue): Decision | null {
  const { tokens, at, objectAt, sentence, match } = cue
  if (/^any\b/i.test(match[0])) {
    const before = tokens.slice(Math.max(0, at - 5), at)
    if (!before.some((x) => isNeg(x) || /^(?:without|hardly|barely)$/.test(x.lower))) return null
  }
  const np = objectPhrase(tokens, objectAt)
  if (!np) return null
  const rest = sentence.slice(tokens[np.b - 1].end)
  const tail =
    /^\s*(?:will|would|is\s+going\s+to|are\s+going\s+to|was\s+going\s+to|were\s+going\s+to|plans?\s+to|planned\s+to|intends?\s+to|intended\s+to|is\s+about\s+to|are\s+about\s+to|might|may|could)\s+(?:\w+ly\s+)?(?:join|attend|participate|take\s+part|accept|agree|come|respond|reply|answer|sign|show\s+up|meet\s+(?:with\b|the\s+(?:\w+\s+){0,2}(?:conditions|demands|terms|deadline)))\b/i
  if (!tail.test(rest)) return null
  return { actors: [np] }
}

/** "Neither Exxon nor Chevron responded": both parties, each its own event. */
function neitherNor(cue: Cue): Decision | null {
  const { tokens, objectAt } = cue
  const first = objectPhrase(tokens, objectAt)
  if (!first) return null
  let k = first.b
  while (k < tokens.length && tokens[k].lower !== 'nor') k++
  const second = objectPhrase(tokens, k + 1)
  return { actors: second ? [first, second] : [first] }
}

/** "unable to reach the airline", not "could not reach an agreement". */
function reachParty(cue: Cue): Decision | null {
  const np = objectPhrase(cue.tokens, cue.objectAt)
  if (!np) return null
  const words = cue.tokens.slice(np.a, np.b).map((x) => x.lower)
  if (words.some((w) => lexicon.abstract.has(w) || lexicon.proposal.has(w))) return null
  return { actors: [np] }
}

/** "ignored the invitation / repeated requests": silence in the face of a request. */
function ignoreRequest(cue: Cue): Decision | null {
  const { tokens, objectAt } = cue
  if (
    !tokens[objectAt] ||
    tokens[objectAt].kind !== 'w' ||
    (lexicon.notNoun.has(tokens[objectAt].lower) && !lexicon.determiner.has(tokens[objectAt].lower))
  )
    return null
  let request = false
  let invitation = false
  for (let k = objectAt; k < Math.min(tokens.length, objectAt + 6); k++) {
    if (tokens[k].kind === 'p') break
    if (
      startsWithAny(tokens[k].lower, lexicon.request) ||
      /^(?:appeals?|summons|pleas?)$/.test(tokens[k].lower)
    )
      request = true
    if (/^invitations?$/.test(tokens[k].lower)) invitation = true
  }
  return request ? { subject: true, alsoInvited: invitation } : null
}

/** `the chairman said: "No comment."` or `"No comment," said the chairman`. */
function quotedNoComment(cue: Cue): Decision | null {
  const { tokens, at } = cue
  const p = possessor(tokens, at)
  if (p) return { actors: [p] }
  for (let k = at - 1; k >= 0; k--) {
    if (/^(?:said|says|told|replied|answered|added)$/.test(tokens[k].lower)) {
      const info = clauseSubject(tokens, k)
      return info.ranges.length ? { actors: info.ranges } : { actors: [] }
    }
  }
  for (let k = cue.after; k < tokens.length; k++) {
    if (!/^(?:said|says|replied|added)$/.test(tokens[k].lower)) continue
    const before = tokens[k - 1]?.kind === 'w' ? npLeft(tokens, k) : null
    const after = objectPhrase(tokens, k + 1)
    return { actors: before ? [before] : after ? [after] : [] }
  }
  return { actors: [] }
}

/** The offer a relative clause is about: "the offer, which the board rejected last week". */
function relativeAntecedent(cue: Cue): SentenceToken | null {
  const { tokens, at: at } = cue
  const bound = clauseBoundary(tokens, auxStart(tokens, at))
  // "the bid that Hanson rejected": "that" after a noun opens a relative clause too, one whose
  // verb lacks its object ("so coveted the job that he brushed aside any concern" has one).
  const gap = cue.tokens[cue.objectAt]
  const thatRelative =
    bound.kind === 'that' &&
    bound.at > 0 &&
    tokens[bound.at - 1].kind === 'w' &&
    !tokens[bound.at - 1].cap &&
    isProposal(tokens[bound.at - 1]) &&
    (!gap ||
      gap.kind === 'p' ||
      lexicon.notNoun.has(gap.lower) ||
      lexicon.adverb.has(gap.lower) ||
      TIME_WORD.test(gap.lower))
  if (
    (bound.kind !== 'relative' && !thatRelative) ||
    bound.start >= at ||
    isVerbLike(tokens[bound.start])
  )
    return null
  return antecedentProposal(tokens, bound.at)
}

/**
 * The offer-like noun of the phrase before a relative pronoun at `at`, across one prepositional
 * phrase: "An offer from Vestel, which ...", "the approach by Mr Glazer, which ...".
 */
function antecedentProposal(tokens: readonly SentenceToken[], at: number): SentenceToken | null {
  let ante = npLeft(tokens as SentenceToken[], at)
  for (let hops = 0; ante && hops < 2; hops++) {
    const found = tokens.slice(ante.a, ante.b).find((x) => isProposal(x))
    if (found) return found
    const before = tokens[ante.a - 1]?.lower ?? ''
    if (!/^(?:from|by|of|for|to)$/.test(before)) break
    ante = npLeft(tokens as SentenceToken[], ante.a - 1)
  }
  return null
}

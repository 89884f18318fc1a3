/**
 * @module
 * The stance rules as data: a cue pattern (verb frame), where the actor sits, how negation acts
 * on it, and which object class the frame needs. The engine in `detect.ts` interprets them.
 * Patterns are matched case-insensitively against one sentence; the empty group `(?<obj>)` marks
 * where the object noun phrase starts. Written for copydesk; frames follow the CAMEO/PETRARCH
 * idea that a cue verb codes an event only with the right object (reject + offer, not + claim).
 *
 * @example
 * STANCE_RULES.find((r) => r.id === 'decline-comment')?.cameo // '011'
 */
import type { StanceLabel } from '../types'
import { STANCE_LEXICON } from './lexicon'

/** Bump when a rule or lexicon changes what is detected. */
/** The ending of an unanswered call or offer: "went unanswered", "were not returned". */
const UNANSWERED = String.raw`\b(?:went|have\s+gone|has\s+gone|remained|remain|remains|were|was|have\s+been|has\s+been|had\s+been)\s+(?:not\s+(?:immediately\s+)?(?:returned|answered|acknowledged)|unanswered|unreturned)\b`

export const STANCE_RULES_VERSION = 'stance-rules-2026.12.04-8'

/** Where the actor of an event is found relative to the cue. */
export type ActorSlot =
  /** the subject of the cue's clause (or the controller of an infinitive cue) */
  | 'subject'
  /** the noun phrase at `(?<obj>)` */
  | 'object'
  /** the possessor just before the cue ("Washington's refusal") */
  | 'possessor'
  /** whoever was contacted earlier in the sentence ("in touch with X ... yet to receive a response") */
  | 'addressee'

/** Checks a frame needs beyond its pattern; each is implemented once in the engine. */
export type FrameCheck =
  /** invite as a verb: passive (subject), active (object), reduced relative or attributive */
  | 'invite-verb'
  /** the noun "invitation": invitee after "to"/"for", or the receiver */
  | 'invite-noun'
  /** "asked (X) to join/attend/testify" */
  | 'asked-to'
  /** "urged / called on / appealed to / pressed X to join / attend / negotiate" (CAMEO 026) */
  | 'appeal-to'
  /** accept + an offer-like object; negated accept is a refusal */
  | 'accept'
  /** agree to + a taking-part verb or an offer-like noun */
  | 'agree-to'
  /** decline/refuse + infinitive */
  | 'refuse-to'
  /** decline/refuse + a direct object (not a number, a market or a claim) */
  | 'decline-object'
  /** reject/rebuff/turn down + an offer-like object */
  | 'reject-object'
  /** a passive rejection: the actor is the agent or the addressee of the offer */
  | 'passive-reject'
  /** "had an offer for X rejected": the object names a proposal, its addressee is the actor */
  | 'have-rejected'
  /** boycott + a meeting-like object */
  | 'boycott'
  /** withdraw from + talks or negotiations */
  | 'withdraw-talks'
  /** respond/reply/return + (to) a request, not a manner ("responding rationally") */
  | 'respond'
  /** "no indication (that) X will join" / "did not know if X would attend" */
  | 'indication'
  /** "could not be reached": the subject must be a party, not an agreement */
  | 'party-subject'
  /** "will attend/participate/join the talks" */
  | 'will-attend'
  /** "neither X nor Y responded": two parties */
  | 'neither-nor'
  /** "unable to reach X": X must be a party, not an agreement */
  | 'reach-party'
  /** "ignored the invitation": the object must be a request */
  | 'ignore-request'
  /** "took up the offer", "said no to the plan": an offer-like object */
  | 'proposal-object'
  /** "X was not immediately available": the subject's head must name a party (a name, or a person or group noun) */
  | 'party-head'
  /** "spokesmen were not available": without "for comment", the subject must be the people asked for comment (spokespeople, officials, executives), not a venue or a resource */
  | 'spokes-head'
  /** a quoted "No comment" spoken by the subject of a reporting verb */
  | 'quoted-no-comment'

export interface StanceRule {
  id: string
  label: StanceLabel
  /** A cheap test run before `pattern`: most sentences fail it, so the costly match is skipped. */
  hint: RegExp
  pattern: RegExp
  /**
   * `pattern` without the `d` flag and (unless its source uses `\p{…}` or `\u{…}`) the `u` flag,
   * several times faster. Without `u` it reads a sentence the same way unless the sentence holds
   * an astral character, "ſ" or the Kelvin sign (the characters that `u` case-folds to ASCII
   * letters), so the engine matches with it and runs `pattern` only where it needs the `d`
   * indices (an object slot inside the match).
   */
  scan: RegExp
  actor: ActorSlot
  /** `drop`: a negated cue is no event; `flip`: it becomes `flipTo`; `none`: negation is in the pattern. */
  negation: 'drop' | 'flip' | 'none'
  flipTo?: StanceLabel
  check?: FrameCheck
  /** CAMEO code when the object does not decide it (the engine refines some). */
  cameo?: string
  /** Modal verbs inside the pattern itself ("could not be reached") must not make it hypothetical. */
  modalInPattern?: boolean
}

/**
 * Adverbs inside a verb group ("was swiftly rejected", "has also declined"): the lexicon's
 * adverbs less the negators (negation is read apart), with the phrases "so far" and "in principle".
 */
const ADV = String.raw`(?:\s+(?:${[...STANCE_LEXICON.adverb]
  .filter((word) => !/^(?:not|never|n't)$/.test(word))
  .join('|')}|so far|in principle|tentatively))*`
const NOT = String.raw`(?:\s*n['’]t|\s+not)`
/**
 * An adjunct between a verb and its infinitive, as news writing places the time and the channel
 * of a statement: "declined on Monday to comment", "declined Tuesday to say", "declined in a
 * statement to discuss", "declined through her lawyer, Nancy Oxfeld, to comment". A preposition
 * with a determined noun phrase, or a weekday, up to 45 characters.
 */
const ADJUNCT = String.raw`(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\s+(?:in|at|through|via|during|on|after|when|in\s+an|at\s+a)\s+(?:an?|the|his|her|its|their|a\s+news|interviews?|statements?|[a-z]+\s+)\b[^.;:"“”]{0,45}?)?`
const REPLY = String.raw`(?:respond(?:ed|ing|s)?|repl(?:y|ied|ying|ies)|answer(?:ed|ing|s)?|return(?:ed|ing|s)?|react(?:ed|ing|s)?|acknowledg(?:e|ed|es|ing))`

/** The request nouns of the lexicon, as an alternation: "failed to reply to a court notice". */
const REQUEST_NOUNS = [...STANCE_LEXICON.request].join('|')

const r = (
  id: string,
  label: StanceLabel,
  source: string,
  rest: Omit<StanceRule, 'id' | 'label' | 'pattern' | 'scan'>,
): StanceRule => ({
  id,
  label,
  pattern: new RegExp(source, 'giud'),
  // Without `u`, `\p{…}` and `\u{…}` would read as plain letters: a rule with them keeps `u`.
  scan: new RegExp(source, /\\[pPu]\{/.test(source) ? 'giu' : 'gi'),
  ...rest,
})

/** One cheap test per sentence: a sentence without any of these words holds no stance event. */
export const STANCE_PREFILTER =
  /invit|respon|react|repl|declin|refus|reject|accept|agree|boycott|indicat|sign|comment|reach|yet to|turn|rebuff|spurn|snub|asked|available|return|answer|attend|particip|take part|join|elicit|neither|away|took up|take up|takes up|taken up|taking up|consent|yes|no to|wait|shun|dismiss|against|voted down|vote down|votes down|made no|given no|gave no|decided|undecided|approached|contacted|rule out|ruled out|rules out|ruling out|balk|brush|shrug|silent|pass up|passed up|passes up|passing up|walk away|walked away|walks away|walking away|pull out|pulled out|pulls out|pulling out|reachable|contact|approv|endors|embrac|ratif|green light|go-ahead|threw out|throw out|throws out|thrown out|throwing out|no word|veto|urg|called on|calls on|call on|calling on|called upon|appeal|pressed|presses|pressing|wave|waved|waves|waving|sit out|sat out|sits out|sitting out|opt out|opted out|opts out|opting out|mum|acknowledg|drawn|knock|resist|withdr|acced|assent|acquiesc|bow|give in|gave in|given in|giving in|gives in|yield|cave in|caved in|caves in|blessing/i

export const STANCE_RULES: readonly StanceRule[] = [
  // invited
  r(
    'invite-verb',
    'invited',
    String.raw`(?<![-‐])\b(?:re)?invit(?:e|es|ed|ing)\b(?![-‐])\s*(?<obj>)`,
    { hint: /invit/i, actor: 'object', negation: 'drop', check: 'invite-verb', cameo: '026' },
  ),
  // The noun, also in its informal form after a determiner or a verb of receiving ("gets invite").
  r(
    'invitation',
    'invited',
    String.raw`\b(?:invitations?|(?<=\b(?:an|the|a|his|her|its|their|gets|got|get|received|receives|receive)\s+)invites?)\b\s*(?<obj>)`,
    {
      hint: /invit/i,
      actor: 'object',
      negation: 'drop',
      check: 'invite-noun',
      cameo: '026',
    },
  ),
  r('asked-to', 'invited', String.raw`\basked\s+(?<obj>)`, {
    hint: /asked/i,
    actor: 'object',
    negation: 'drop',
    check: 'asked-to',
    cameo: '026',
  }),
  // An appeal to meet or take part is an invitation to (CAMEO 026): "the UN called on Iran to
  // join the talks", "urged the rebels to return to the negotiating table". ("Encouraged" is
  // left out: it is mostly policy, "encouraging young people to take part in sport".)
  r(
    'appeal-to',
    'invited',
    String.raw`\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|appeal(?:s|ed|ing)?\s+to|press(?:es|ed|ing)?)\s+(?<obj>)`,
    {
      hint: /\b(?:urg|call(?:s|ed|ing)?\s+(?:on|upon)|appeal|press)/i,
      actor: 'object',
      negation: 'drop',
      check: 'appeal-to',
      cameo: '026',
    },
  ),

  // accepted
  r('accept', 'accepted', String.raw`(?<![-‐])\baccept(?:s|ed|ing)?\b(?![-‐])\s*(?<obj>)`, {
    hint: /accept/i,
    actor: 'subject',
    negation: 'flip',
    flipTo: 'declined',
    check: 'accept',
    cameo: '030',
  }),
  // "the Australian government's decision to accept the extradition request": the possessor decided.
  r(
    'decision-to-accept',
    'accepted',
    String.raw`\bdecision\s+to\s+(?:accept|take\s+up)\s+(?<obj>)`,
    {
      hint: /decision/i,
      actor: 'possessor',
      negation: 'drop',
      check: 'proposal-object',
      cameo: '030',
    },
  ),
  r(
    'decision-to-reject',
    'declined',
    String.raw`\bdecision\s+(?:not\s+to\s+accept|to\s+(?:reject|refuse|decline|turn\s+down|rebuff))\s+(?<obj>)`,
    {
      hint: /decision/i,
      actor: 'possessor',
      negation: 'drop',
      check: 'proposal-object',
      cameo: '120',
    },
  ),
  r('acceptance-of', 'accepted', String.raw`\bacceptance\s+of\s+(?<obj>)`, {
    hint: /acceptance/i,
    actor: 'possessor',
    negation: 'drop',
    check: 'accept',
    cameo: '030',
  }),
  r(
    'agree-to',
    'accepted',
    String.raw`\b(?:agree(?:s|d|ing)?|consent(?:s|ed|ing)?)\b${ADV}(?:\s+(?:in|on|at|last|this|late|early|earlier|with)\b[^,.;]{0,30}?)?\s+to\s+(?<obj>)`,
    { hint: /agree|consent/i, actor: 'subject', negation: 'drop', check: 'agree-to', cameo: '036' },
  ),
  // Acceptance in other words, each needing an offer-like object: approving or endorsing an offer
  // (WordNet's "approve" / "O.K." / "sanction" synset), embracing it (WordNet's "espouse, embrace,
  // adopt": accept and support), signing up or on to it, giving it the green light.
  r(
    'approve-offer',
    'accepted',
    String.raw`(?<!\byet\s+to\s+)\b(?:approv(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|ratif(?:y|ies|ied|ying)|embrac(?:e|es|ed|ing))\s+(?<obj>)(?=(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+){0,3}(?:offer|offers|bid|bids|proposal|proposals|invitation|request|terms|demands?|appeal)\b)`,
    {
      hint: /approv|endors|ratif|embrac/i,
      actor: 'subject',
      negation: 'flip',
      flipTo: 'declined',
      check: 'proposal-object',
      cameo: '030',
    },
  ),
  // WordNet's "accede, give in, yield, bow, assent, acquiesce" (to yield to another's wish or
  // demand) with a request-like object: "acceded to the demands", "gave in to the strikers'
  // demands" (not "yielded to pressure", nor "acceded to the pact", a treaty joined).
  r(
    'accede-to',
    'accepted',
    String.raw`\b(?:acced(?:e|es|ed|ing)|assent(?:s|ed|ing)?|acquiesc(?:e|es|ed|ing)|bow(?:s|ed|ing)?|g(?:ive|ives|ave|iving|iven)\s+in|yield(?:ed|ing)|cav(?:e|es|ed|ing)\s+in)${ADV}\s+(?:to|in)\s+(?<obj>)(?=(?:(?:the|a|an|its|their|his|her|our)\s+)?(?:[\w'’-]+\s+){0,3}(?:demands?|requests?|calls?|appeals?|pleas?|wish(?:es)?|terms|conditions|ultimatum)\b)`,
    {
      hint: /acced|assent|acquiesc|\bbow|\bg[ai]ve?\w*\s+in\b|yield|cav\w*\s+in/i,
      actor: 'subject',
      negation: 'flip',
      flipTo: 'declined',
      check: 'proposal-object',
      cameo: '030',
    },
  ),
  // "gave its consent to the proposal": consent as a thing given.
  r(
    'consent-to',
    'accepted',
    String.raw`\bg(?:ive|ives|ave|iving|iven)\s+(?:its|their|his|her|our|the)\s+(?:formal\s+|full\s+)?(?:consent|agreement|assent|approval|blessing)\s+(?:to|for)\s+(?<obj>)`,
    {
      hint: /consent|agreement|assent|approval|blessing/i,
      actor: 'subject',
      negation: 'flip',
      flipTo: 'declined',
      check: 'proposal-object',
      cameo: '030',
    },
  ),
  // "responded positively to the invitation" accepts it; "reacted negatively to the offer" does
  // not (an answer's manner is its content).
  r(
    'respond-positively',
    'accepted',
    String.raw`\b(?:respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|react(?:s|ed|ing)?)\s+(?:positively|favou?rably|affirmatively|warmly)\s+to\s+(?<obj>)`,
    {
      hint: /positively|favou?rably|affirmatively|warmly/i,
      actor: 'subject',
      negation: 'drop',
      check: 'proposal-object',
      cameo: '030',
    },
  ),
  r(
    'respond-negatively',
    'declined',
    String.raw`\b(?:respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|react(?:s|ed|ing)?)\s+(?:negatively|unfavou?rably)\s+to\s+(?<obj>)`,
    {
      hint: /negatively|unfavou?rably/i,
      actor: 'subject',
      negation: 'drop',
      check: 'proposal-object',
      cameo: '120',
    },
  ),
  r('sign-up-to', 'accepted', String.raw`\bsign(?:s|ed|ing)?\s+(?:up|on)\s+(?:to|for)\s+(?<obj>)`, {
    hint: /sign\w*\s+(?:up|on)/i,
    actor: 'subject',
    negation: 'drop',
    check: 'proposal-object',
    cameo: '030',
  }),
  r(
    'green-light',
    'accepted',
    String.raw`\bg(?:ave|ive|ives|iving|iven)\s+(?:its\s+|their\s+|the\s+)?(?:green\s+light|go-ahead)\s+(?:to|for)\s+(?<obj>)`,
    {
      hint: /green light|go-ahead/i,
      actor: 'subject',
      negation: 'drop',
      check: 'proposal-object',
      cameo: '030',
    },
  ),
  r('say-yes-to', 'accepted', String.raw`\bsa(?:id|ys|y|ying)\s+["“]?yes["”]?\s+to\s+(?<obj>)`, {
    hint: /\byes\W*\s+to\b/i,
    actor: 'subject',
    negation: 'drop',
    check: 'agree-to',
    cameo: '030',
  }),
  r('take-up', 'accepted', String.raw`\b(?:take|takes|took|taken|taking)\s+up\s+(?<obj>)`, {
    hint: /\bt[ao]\w*\s+up\b/i,
    actor: 'subject',
    negation: 'flip',
    flipTo: 'declined',
    check: 'proposal-object',
    cameo: '030',
  }),
  r(
    'will-attend',
    'accepted',
    String.raw`\b(?:will|would|shall|wo|plans?\s+to|planned\s+to|intends?\s+to|is\s+going\s+to|are\s+going\s+to)(?:\s+not|n['’]t)?${ADV}\s+(?<obj>)(?:attend|participate|take\s+part|join|be\s+attending|be\s+participating)\b`,
    {
      hint: /attend|particip|take part|join/i,
      actor: 'subject',
      negation: 'flip',
      flipTo: 'declined',
      check: 'will-attend',
      cameo: '036',
    },
  ),
  r(
    'confirm-participation',
    'accepted',
    String.raw`\bconfirm(?:s|ed|ing)?\s+(?:its|their|his|her|our|the)\s+(?:\w+\s+)?(?:participation|attendance|presence)\b`,
    { hint: /confirm/i, actor: 'subject', negation: 'drop', cameo: '036' },
  ),

  // declined
  r(
    'refuse-to',
    'declined',
    String.raw`\b(?:declin|refus)(?:e|es|ed|ing)${ADV}${ADJUNCT},?\s+to\s+(?<obj>)`,
    {
      hint: /declin|refus/i,
      actor: 'subject',
      negation: 'drop',
      check: 'refuse-to',
      cameo: '120',
    },
  ),
  r(
    'decline-comment',
    'declined',
    String.raw`\b(?:declin|refus)(?:e|es|ed|ing)\s+(?:any\s+|further\s+|immediate\s+|all\s+)?(?:comment|comments|interviews?|an\s+interview|requests?\s+for\s+(?:comment|an\s+interview))\b`,
    { hint: /declin|refus/i, actor: 'subject', negation: 'drop', cameo: '011' },
  ),
  r(
    'decline-object',
    'declined',
    String.raw`(?<![-‐/])\b(?:declin|refus)(?:e|es|ed|ing)\b(?![-‐/])\s*(?<obj>)`,
    {
      hint: /declin|refus/i,
      actor: 'subject',
      negation: 'drop',
      check: 'decline-object',
      cameo: '120',
    },
  ),
  r(
    'reject-object',
    'declined',
    String.raw`\b(?:reject(?:s|ed|ing)?|rebuff(?:s|ed|ing)?|spurn(?:s|ed|ing)?|snub(?:s|bed|bing)?|shun(?:s|ned|ning)?|dismiss(?:es|ed|ing)?|turn(?:s|ed|ing)?\s+down|vot(?:e|es|ed|ing)\s+down|knock(?:s|ed|ing)?\s+back|resist(?:s|ed|ing)?|pass(?:es|ed|ing)?\s+up|vetoe?(?:s|d|ing)?)\s+(?<obj>)`,
    {
      hint: /reject|rebuff|spurn|snub|shun|dismiss|(?:turn|vot)\w*\s+down|pass\w*\s+up|veto|knock\w*\s+back|resist/i,
      actor: 'subject',
      negation: 'drop',
      check: 'reject-object',
      cameo: '120',
    },
  ),
  r(
    'reject-by',
    'declined',
    String.raw`\b(?:rejected|rebuffed|turned\s+down|spurned|snubbed|declined|refused|vetoed)\s+by\s+(?<obj>)`,
    {
      hint: /(?:rejected|rebuffed|down|spurned|snubbed|declined|refused|vetoed) by/i,
      actor: 'object',
      negation: 'drop',
      check: 'passive-reject',
      cameo: '120',
    },
  ),
  r(
    'reject-passive',
    'declined',
    String.raw`\b(?:was|were|been|is|are|being)${ADV}\s+(?:rejected|rebuffed|turned\s+down|spurned|snubbed|vetoed|declined|refused)\b(?!\s+by)`,
    {
      hint: /(?:rejected|rebuffed|turned down|spurned|snubbed|vetoed|declined|refused)/i,
      actor: 'addressee',
      negation: 'drop',
      check: 'passive-reject',
      cameo: '120',
    },
  ),
  // The "have" passive: "Qwest, which had an earlier offer for MCI rejected", "Spurs have had two
  // bids for the striker turned down": the offer's addressee refused it.
  r(
    'have-rejected',
    'declined',
    String.raw`\bha(?:s|d|ve|ving)\s+(?:had\s+)?(?<obj>)(?:(?!(?:and|but|or|which|who|that)\b)[\w'’.-]+\s+){1,8}?(?:rejected|rebuffed|turned\s+down|spurned|snubbed)\b(?!\s+by)`,
    {
      hint: /(?:rejected|rebuffed|turned down|spurned|snubbed)/i,
      actor: 'object',
      negation: 'drop',
      check: 'have-rejected',
      cameo: '120',
    },
  ),
  // Phrasal verbs of rejecting, from WordNet's synsets of "reject" and "refuse" (turn down,
  // throw out, brush aside, brush off, shrug off, pass up) and "withdraw" (pull out), and the news idioms
  // "balk at", "walk away from", "rule out joining": each needs an offer-like or meeting-like object.
  // "The player turned it down": a pronoun between verb and particle stands for the offer.
  r(
    'turn-it-down',
    'declined',
    String.raw`\b(?:turn(?:s|ed|ing)?|thr(?:ew|ow|ows|own|owing))\s+(?:it|them)\s+(?:down|out)\b`,
    {
      hint: /\b(?:it|them)\s+(?:down|out)\b/i,
      actor: 'subject',
      negation: 'drop',
      check: 'party-head',
      cameo: '120',
    },
  ),
  r('throw-out', 'declined', String.raw`\bthr(?:ew|ow|ows|own|owing)\s+out\s+(?<obj>)`, {
    hint: /thr\w*\s+out/i,
    actor: 'subject',
    negation: 'drop',
    check: 'proposal-object',
    cameo: '120',
  }),
  r('balk-at', 'declined', String.raw`\bbalk(?:s|ed|ing)?\s+at\s+(?<obj>)`, {
    hint: /balk/i,
    actor: 'subject',
    negation: 'drop',
    check: 'proposal-object',
    cameo: '120',
  }),
  r('brush-aside', 'declined', String.raw`\bbrush(?:es|ed|ing)?\s+(?:aside|off)\s+(?<obj>)`, {
    hint: /brush/i,
    actor: 'subject',
    negation: 'drop',
    check: 'proposal-object',
    cameo: '120',
  }),
  // WordNet's phrasal synonyms of refusing and of not taking part: "wave off/away" (dismiss),
  // "sit out" and "opt out of" ("choose not to participate"), "keep mum" (refrain from talking).
  r('wave-away', 'declined', String.raw`\bwav(?:e|es|ed|ing)\s+(?:away|off|aside)\s+(?<obj>)`, {
    hint: /wav\w*\s+(?:away|off|aside)/i,
    actor: 'subject',
    negation: 'drop',
    check: 'proposal-object',
    cameo: '120',
  }),
  r('sit-out', 'declined', String.raw`\bs(?:it|its|at|itting)\s+out\s+(?<obj>)`, {
    hint: /\bs(?:it|its|at|itting)\s+out\b/i,
    actor: 'subject',
    negation: 'drop',
    check: 'boycott',
    cameo: '125',
  }),
  r('opt-out', 'declined', String.raw`\bopt(?:s|ed|ing)?\s+out\s+of\s+(?<obj>)`, {
    hint: /\bopt\w*\s+out\s+of\b/i,
    actor: 'subject',
    negation: 'drop',
    check: 'boycott',
    cameo: '125',
  }),
  r(
    'keep-mum',
    'declined',
    String.raw`\b(?:kept|keeps?|keeping|stay(?:s|ed|ing)?|remain(?:s|ed|ing)?)\s+mum\b`,
    {
      hint: /\bmum\b/i,
      actor: 'subject',
      negation: 'drop',
      cameo: '011',
    },
  ),
  r('shrug-off', 'declined', String.raw`\bshrug(?:s|ged|ging)?\s+off\s+(?<obj>)`, {
    hint: /shrug/i,
    actor: 'subject',
    negation: 'drop',
    check: 'proposal-object',
    cameo: '120',
  }),
  r('walk-away', 'declined', String.raw`\bwalk(?:s|ed|ing)?\s+away\s+from\s+(?<obj>)`, {
    hint: /walk/i,
    actor: 'subject',
    negation: 'drop',
    check: 'proposal-object',
    cameo: '125',
  }),
  // WordNet's "withdraw, retreat, pull out": leaving talks one had joined (not a race or the
  // Games, which an athlete leaves for other reasons).
  r(
    'withdraw-from',
    'declined',
    String.raw`\bwith(?:draw|draws|drew|drawn|drawing)\s+from\s+(?<obj>)`,
    {
      hint: /withdr/i,
      actor: 'subject',
      negation: 'drop',
      check: 'withdraw-talks',
      cameo: '125',
    },
  ),
  // "turned his back on the offer": the idiom of refusing (Collins: "to refuse to help or support").
  r(
    'turn-back-on',
    'declined',
    String.raw`\bturn(?:s|ed|ing)?\s+(?:its|his|her|their|our|my)\s+backs?\s+on\s+(?<obj>)`,
    {
      hint: /\bbacks?\s+on\b/i,
      actor: 'subject',
      negation: 'drop',
      check: 'proposal-object',
      cameo: '120',
    },
  ),
  // "would not be drawn on the matter": would not be induced to comment (CAMEO 011).
  r(
    'not-drawn',
    'declined',
    String.raw`\b(?:would|will|could|can|was|were|is|are|did|does|do)${NOT}\s+be\s+drawn\b`,
    {
      hint: /drawn/i,
      actor: 'subject',
      negation: 'none',
      cameo: '011',
      modalInPattern: true,
    },
  ),
  r('pull-out', 'declined', String.raw`\bpull(?:s|ed|ing)?\s+out\s+of\s+(?<obj>)`, {
    hint: /pull/i,
    actor: 'subject',
    negation: 'drop',
    check: 'boycott',
    cameo: '125',
  }),
  r(
    'rule-out',
    'declined',
    String.raw`\brul(?:e|es|ed|ing)\s+out\s+(?:any\s+|a\s+)?(?:joining|attending|taking\s+part|participating|meeting|negotiating|talks|negotiations|meetings?)\b`,
    { hint: /rul\w*\s+out/i, actor: 'subject', negation: 'drop', cameo: '125' },
  ),
  r('boycott', 'declined', String.raw`\bboycott(?:s|ed|ing)?\s+(?<obj>)`, {
    hint: /boycott/i,
    actor: 'subject',
    negation: 'drop',
    check: 'boycott',
    cameo: '125',
  }),
  r(
    'boycott-by',
    'declined',
    String.raw`\b(?<!(?:trade|economic|consumer|oil|arms|sugar|grain)\s)boycott\s+(?:of\s+[^,.;]{1,40}?\s+)?by\s+(?<obj>)`,
    { hint: /boycott/i, actor: 'object', negation: 'drop', cameo: '125' },
  ),
  r('neither-confirm', 'declined', String.raw`\bneither\s+confirm(?:ed)?\s+nor\s+den(?:y|ied)\b`, {
    hint: /neither confirm/i,
    actor: 'subject',
    negation: 'none',
    cameo: '011',
    modalInPattern: true,
  }),
  r('stay-away', 'declined', String.raw`\bst(?:ay|ays|ayed|aying)\s+away\s+from\s+(?<obj>)`, {
    hint: /stay\w*\s+away/i,
    actor: 'subject',
    negation: 'drop',
    check: 'boycott',
    cameo: '125',
  }),
  r('say-no-to', 'declined', String.raw`\bsa(?:id|ys|y|ying)\s+["“]?no["”]?\s+to\s+(?<obj>)`, {
    hint: /\bno\W*\s+to\b/i,
    actor: 'subject',
    negation: 'drop',
    check: 'proposal-object',
    cameo: '120',
  }),
  r(
    'vote-against',
    'declined',
    String.raw`\bvot(?:e|es|ed|ing)${ADV}\s+(?:\d[\d,]*\s+to\s+\d[\d,]*\s+)?against\s+(?<obj>)`,
    {
      hint: /against/i,
      actor: 'subject',
      negation: 'drop',
      check: 'proposal-object',
      cameo: '120',
    },
  ),
  // "The union's rejection of the offer", "its rejection of the plan": the possessor refused.
  // "The club received a rejection from the league": the party it came from refused.
  r(
    'rejection-from',
    'declined',
    String.raw`\b(?:received|receives|got|gets|met\s+with|suffered)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:rejection|refusal|rebuff|snub)\s+from\s+(?<obj>)`,
    { hint: /rejection|refusal|rebuff|snub/i, actor: 'object', negation: 'drop', cameo: '120' },
  ),
  r('rejection-of', 'declined', String.raw`\brejection\s+of\s+(?<obj>)`, {
    hint: /rejection/i,
    actor: 'possessor',
    negation: 'drop',
    check: 'proposal-object',
    cameo: '120',
  }),
  r('refusal', 'declined', String.raw`\brefusal\s+(?:to\s+\w+|of\b)`, {
    hint: /refusal/i,
    actor: 'possessor',
    negation: 'drop',
    cameo: '120',
  }),
  // "The refusal by Beijing to attend": the nominalisation's agent in a "by" phrase.
  r('refusal-by', 'declined', String.raw`\brefusal\s+by\s+(?<obj>)(?=[^.;]{0,60}?\bto\s+\w)`, {
    hint: /refusal by/i,
    actor: 'object',
    negation: 'drop',
    cameo: '120',
  }),
  r(
    'no-comment',
    'declined',
    String.raw`\b(?:ha(?:s|d|ve|ving)|with|offered|gave)\s+(?:(?:absolutely|simply|just)\s+)?["“]?no\s+(?:further\s+|official\s+|public\s+)?comment\b`,
    { hint: /no (?:\w+ )?comment/i, actor: 'subject', negation: 'none', cameo: '011' },
  ),
  // "had no immediate comment": the newsroom formula for "not yet", like "no immediate response"
  // (Reuters and AP right-of-reply wording), not a refusal.
  r(
    'no-immediate-comment',
    'noResponse',
    String.raw`\b(?:ha(?:s|d|ve|ving)|with|offered|gave)\s+no\s+immediate\s+(?:comment|reaction|response)\b`,
    { hint: /no immediate/i, actor: 'subject', negation: 'none' },
  ),
  // "remained silent on the invitation", "kept silent about the offer": no answer to an offer or
  // a request (an idiom of the Reuters and AP right-of-reply wording).
  r(
    'remained-silent',
    'noResponse',
    String.raw`\b(?:remain(?:s|ed|ing)?|kept|keeps|keeping|stay(?:s|ed|ing)?)\s+silent\s+(?:on|about|over)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:invitations?|offers?|requests?|proposals?|demands?|appeals?|calls|questions|overtures?)\b`,
    { hint: /silent/i, actor: 'subject', negation: 'drop' },
  ),
  r('quoted-no-comment', 'declined', String.raw`(?<![\w,]\s)["“]no comment[.!,]?["”]`, {
    hint: /no comment/i,
    actor: 'possessor',
    negation: 'none',
    check: 'quoted-no-comment',
    cameo: '011',
  }),
  r(
    'would-not-comment',
    'declined',
    String.raw`\b(?:(?:would|will|could|can)${NOT}|cannot|wo?n['’]t)\s+(?:\w+ly\s+)?(?:comment|discuss|say|elaborate|confirm\s+or\s+deny)\b`,
    {
      hint: /(?:n['’]t|not)\s+(?:\w+ly\s+)?(?:comment|discuss|say|elaborate|confirm)/i,
      actor: 'subject',
      negation: 'none',
      cameo: '011',
      modalInPattern: true,
    },
  ),
  r(
    'will-make-no-comment',
    'declined',
    String.raw`\b(?:would|will)\s+(?:\w+\s+)?make\s+no\s+(?:\w+\s+)?comment`,
    {
      hint: /no (?:\w+ )?comment/i,
      actor: 'subject',
      negation: 'none',
      cameo: '011',
      modalInPattern: true,
    },
  ),

  // noResponse
  r(
    'not-respond',
    'noResponse',
    String.raw`\b(?:did|does|do|has|have|had|is|are|was|were)${ADV}${NOT}${ADV}\s+${REPLY}\b\s*(?<obj>)`,
    {
      hint: /n['’o]t\s+(?:\w+\s+){0,2}(?:respon|repl|answer|return|react|acknowledg)/i,
      actor: 'subject',
      negation: 'none',
      check: 'respond',
    },
  ),
  r(
    'yet-to-respond',
    'noResponse',
    String.raw`\b(?:has|have|had|is|are|was|were)${ADV}\s+(?:still\s+)?yet\s+to\s+(?:respond|reply|answer|comment|react|return|accept|confirm|act\s+on)\b\s*(?<obj>)`,
    { hint: /yet to/i, actor: 'subject', negation: 'none', check: 'respond' },
  ),
  // "said it plans to respond to the proposal after its board evaluates it": an answer announced
  // for later is no answer yet, as "has yet to respond".
  r(
    'plans-to-respond',
    'noResponse',
    String.raw`\b(?:plan(?:s|ned)?|intend(?:s|ed)?|expect(?:s|ed)?)\s+to\s+(?:respond|reply)\s+to\s+(?<obj>)`,
    {
      hint: /(?:plan|intend|expect)\w*\s+to\s+(?:respond|reply)/i,
      actor: 'subject',
      negation: 'drop',
      check: 'respond',
    },
  ),
  r(
    'fail-to-respond',
    'noResponse',
    String.raw`\bfail(?:s|ed|ing)?\s+to\s+(?:respond|reply|answer|return|react|acknowledge)\b\s*(?<obj>)`,
    { hint: /fail/i, actor: 'subject', negation: 'none', check: 'respond' },
  ),
  r(
    'unreachable',
    'noResponse',
    String.raw`\b(?:could(?:n['’]t|\s+not)|cannot|can\s+not)\s+(?:immediately\s+)?be\s+(?:immediately\s+)?(?:reached|contacted|located)\b`,
    {
      hint: /be\s+(?:immediately\s+)?(?:reached|contacted|located)/i,
      actor: 'subject',
      negation: 'none',
      check: 'party-subject',
      modalInPattern: true,
    },
  ),
  r(
    'contacted-for-comment',
    'noResponse',
    String.raw`\b(?:has|have|had|was|were)\s+(?:also\s+)?been\s+(?:approached|contacted|asked)\s+for\s+(?:a\s+)?(?:comment|response|reaction)\b`,
    { hint: /been\s+(?:approached|contacted|asked)\s+for/i, actor: 'subject', negation: 'none' },
  ),
  r(
    'reached-out',
    'noResponse',
    String.raw`\b(?:reached|reaching|reach)\s+out\s+to\s+(?<obj>)(?=[^.;]*\b(?:comment|response|respond|reply)\b)`,
    { hint: /reach\w*\s+out\s+to/i, actor: 'object', negation: 'none' },
  ),
  r(
    'made-no-response',
    'noResponse',
    String.raw`\b(?:made|make|makes|given|gave|give|gives|sent)\s+no\s+(?:\w+\s+)?(?:response|reply|answer)\b`,
    { hint: /(?:made|make|gave|give|given|sent)\s+no\b/i, actor: 'subject', negation: 'none' },
  ),
  r(
    'undecided',
    'noResponse',
    // Also "withheld / reserved / deferred (its) decision on whether to accept" (the dev2
    // guidelines, after v1's "delayed accepting").
    String.raw`\b(?:(?:has|have|had)${NOT}${ADV}\s+decided|(?:has|have|had|is|are|was|were)${ADV}\s+yet\s+to\s+decide|(?:is|are|was|were)\s+(?:still\s+)?undecided|(?:withh[eo]ld(?:s|ing)?|reserv(?:e|es|ed|ing)|defer(?:s|red|ring)?|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?)\s+(?:a|an|the|its|his|her|their)?\s*(?:final\s+)?decision)\s+(?:on\s+)?whether\s+(?:or\s+not\s+)?to\s+(?:accept|attend|join|participate|take\s+part|respond|reply|agree|go)\b`,
    { hint: /decide|decision/i, actor: 'subject', negation: 'none' },
  ),
  r(
    'not-commented',
    'noResponse',
    // "did not (immediately) comment" is the same right-of-reply statement in the simple past.
    String.raw`\b(?:(?:has|have|had)${NOT}${ADV}\s+(?:publicly\s+)?commented|(?:did|does|do)${NOT}${ADV}\s+(?:publicly\s+)?comment)\b`,
    { hint: /n['’o]t\s+(?:\w+\s+){0,2}comment(?:ed)?\b/i, actor: 'subject', negation: 'none' },
  ),
  r(
    'not-immediately-available',
    'noResponse',
    String.raw`\b(?:was|were|is|are)\s+not\s+immediately\s+available\b(?!\s+for)`,
    { hint: /available/i, actor: 'subject', negation: 'none', check: 'party-head' },
  ),
  // "company spokesmen were not available": without "for comment", only the people a reporter
  // asks for comment (spokespeople, officials) make it a right-of-reply formula.
  r(
    'not-available',
    'noResponse',
    String.raw`\b(?:was|were|is|are)${NOT}\s+available\b(?!\s+(?:for|to)\b)`,
    { hint: /available/i, actor: 'subject', negation: 'none', check: 'spokes-head' },
  ),
  // "Comment from officials in Zaire was unavailable."
  r(
    'comment-unavailable',
    'noResponse',
    String.raw`\b(?:comments?|reaction|response)\s+from\s+(?<obj>)[^.;]{1,60}?\b(?:was|were)\s+(?:not\s+(?:immediately\s+)?available|unavailable)\b`,
    { hint: /available/i, actor: 'object', negation: 'none' },
  ),
  // "had failed to reply to an official court notice"
  r(
    'failed-to-reply',
    'noResponse',
    String.raw`\bfail(?:s|ed|ing)?\s+to\s+(?:respond|reply|answer)\b(?=\s*[.,;]|\s*$|\s+(?:to\s+)?(?:(?:a|an|the|his|her|its|their|our|my|several|repeated|numerous|two|three)\s+)?(?:\w+\s+){0,2}(?:${REQUEST_NOUNS})\b)`,
    { hint: /fail/i, actor: 'subject', negation: 'none' },
  ),
  r(
    'unavailable',
    'noResponse',
    String.raw`\b(?:was|were|is|are|been)\s+(?:not\s+(?:immediately\s+)?available|unavailable)\s+(?:for|to)\s+(?:comment|interview|an\s+interview|be\s+interviewed|respond|reply)\b`,
    { hint: /available\s+(?:for|to)/i, actor: 'subject', negation: 'none' },
  ),
  // Right-of-reply variants (Reuters Handbook of Journalism and AP Stylebook wording for parties
  // that could not be asked or did not answer).
  r(
    'made-nobody-available',
    'noResponse',
    String.raw`\b(?:did|does|has|have|had)${NOT}\s+ma(?:de|ke)\s+(?:anyone|anybody|a\s+spokes(?:man|woman|person)|an?\s+(?:official|executive|representative))\s+available\b`,
    { hint: /available/i, actor: 'subject', negation: 'none' },
  ),
  r(
    'contact-failed',
    'noResponse',
    String.raw`\b(?:attempts?|efforts?|calls?)\s+to\s+contact\s+(?<obj>)[^.;]{1,60}?\b(?:were|was|have\s+been|had\s+been|proved)\s+(?:unsuccessful|fruitless|in\s+vain)\b`,
    { hint: /contact/i, actor: 'object', negation: 'none' },
  ),
  r(
    'not-reachable',
    'noResponse',
    String.raw`\b(?:was|were|is|are)\s+(?:not\s+(?:immediately\s+)?reachable|unreachable)\b`,
    { hint: /reachable/i, actor: 'subject', negation: 'none', check: 'party-head' },
  ),
  r(
    'no-response-from',
    'noResponse',
    String.raw`\bno\s+(?:immediate\s+|official\s+|formal\s+)?(?:response|reply|answer|word|reaction|comment)\s+(?:(?:yet|so\s+far|as\s+yet)\s+)?from\s+(?<obj>)`,
    {
      hint: /no\s+(?:\w+\s+)?(?:respon|repl|answer|word|reaction|comment)/i,
      actor: 'object',
      negation: 'none',
    },
  ),
  r(
    'not-received-from',
    'noResponse',
    String.raw`\b(?:yet\s+to|not|n['’]t)\s+(?:yet\s+)?(?:receive|received|get|got|hear|heard)\s+(?:a|an|any)\s+(?:\w+\s+)?(?:response|reply|answer|word)\s+from\s+(?<obj>)`,
    { hint: /(?:respon|repl|answer|word)\w*\s+from/i, actor: 'object', negation: 'none' },
  ),
  r(
    'no-response',
    'noResponse',
    String.raw`\b(?:received|got|had|heard|elicited|drew)\s+no\s+(?:immediate\s+|official\s+|formal\s+)?(?:response|reply|answer|word)\b(?!\s+from)|\byet\s+to\s+(?:receive|get|hear)\s+(?:a|an|any)\s+(?:\w+\s+)?(?:response|reply|answer)\b(?!\s+from)`,
    {
      hint: /no\s+(?:\w+\s+)?(?:respon|repl|answer|word)|yet to (?:receive|get|hear)/i,
      actor: 'addressee',
      negation: 'none',
    },
  ),
  r(
    'made-no-comment',
    'noResponse',
    String.raw`(?<!\b(?:would|will)\s+(?:\w+\s+)?)\bmade\s+no\s+(?:\w+\s+)?comment\b`,
    { hint: /made no/i, actor: 'subject', negation: 'none' },
  ),
  r(
    'no-indication',
    'noResponse',
    String.raw`\b(?:no|any|little)\s+(?:\w+\s+)?(?:indications?|signs?)\s+(?:(?:at\s+the\s+moment|yet|so\s+far|as\s+yet|at\s+this\s+(?:point|time|stage)|for\s+now|whatsoever)\s+)?(?:that\s+|whether\s+|if\s+)?(?<obj>)`,
    { hint: /indication|sign/i, actor: 'object', negation: 'none', check: 'indication' },
  ),
  r(
    'not-know-if',
    'noResponse',
    String.raw`\b(?:(?:not|n['’]t)\s+(?:immediately\s+|yet\s+)?(?:know|sure|clear|certain|say|known)|unclear|uncertain|unknown)\s+(?:if|whether)\s+(?<obj>)`,
    {
      hint: /(?:know|sure|clear|certain|say|unclear|uncertain|unknown|known) (?:if|whether)/i,
      actor: 'object',
      negation: 'none',
      check: 'indication',
    },
  ),
  r(
    'calls-unanswered',
    'noResponse',
    String.raw`\b(?:calls?|messages?|e-?mails?|requests?|inquiries|enquiries|queries|letters?|questions)\b(?:\s+(?:for|seeking)\s+comment)?(?:\s+(?:sent|made|left))?\s+(?:to|for(?!\s+comment)|with|from|at)\s+(?<obj>)[^.;]{0,80}?${UNANSWERED}`,
    {
      hint: /unanswered|unreturned|not (?:immediately )?(?:returned|answered|acknowledged)/i,
      actor: 'object',
      negation: 'none',
    },
  ),
  // "The Commission's invitation to Serbia went unanswered": the party it was made to (not an
  // infinitive: "an offer to buy the club went unanswered" names no party).
  r(
    'offer-unanswered',
    'noResponse',
    String.raw`\b(?:invitations?|offers?|overtures?|appeals?|proposals?)\s+to\s+(?<obj>)(?!(?!the\b)\w+\s+(?:the|an?|its|their|his|her|to)\b)[^.;]{0,60}?${UNANSWERED}`,
    {
      hint: /unanswered|unreturned|not (?:immediately )?(?:returned|answered|acknowledged)/i,
      actor: 'object',
      negation: 'none',
    },
  ),
  r(
    'nobody-reached',
    'noResponse',
    // ... or answered, responded, returned the call ("Nobody at Acme answered the phone").
    String.raw`\b(?:no\s*-?\s*one|nobody|none|no\s+(?:spokes(?:man|woman|person)|official|representative))\s+(?:from|at|of|for|with|in|representing)\s+(?<obj>)[^.;]{0,50}?\b(?:(?:could|was|were)\s+(?:immediately\s+)?(?:be\s+)?(?:reached|contacted|available)|(?:immediately\s+)?(?:answered|responded|replied|returned|picked\s+up))\b`,
    {
      hint: /(?:no\s*-?\s*one|nobody|none|no spokes\w*|no official|no representative)\s+(?:from|at|of|for|with|in|representing)/i,
      actor: 'object',
      negation: 'none',
      modalInPattern: true,
    },
  ),
  r(
    'neither-nor',
    'noResponse',
    String.raw`\bneither\s+(?<obj>)[^.;]{1,60}?\bnor\s+[^.;]{1,60}?\b(?:responded|replied|returned\s+(?:calls|messages|requests|e-?mails)|answered|could\s+be\s+reached|was\s+available|were\s+available)\b`,
    {
      hint: /neither/i,
      actor: 'object',
      negation: 'none',
      check: 'neither-nor',
      modalInPattern: true,
    },
  ),
  r(
    'awaiting-response',
    'noResponse',
    String.raw`\b(?:waiting|awaiting|await|awaits|awaited|wait|waits|waited)\s+(?:for\s+)?(?:a|an|the|any)?\s*(?:\w+\s+)?(?:response|reply|answer|word)\s+from\s+(?<obj>)`,
    {
      hint: /wait\w*\s+(?:for\s+)?(?:\w+\s+){0,2}(?:response|reply|answer|word)\s+from/i,
      actor: 'object',
      negation: 'drop',
    },
  ),
  r(
    'unable-to-reach',
    'noResponse',
    String.raw`\b(?:unable\s+to|could\s*n['’]?o?t|failed\s+to|did\s*n['’]?o?t)\s+(?:immediately\s+)?(?:reach|contact)\s+(?<obj>)(?=[^.;]*\b(?:comment|respon|interview|statement|reply)\w*)`,
    {
      hint: /(?:unable to|n['’]?o?t|failed to)\s+(?:immediately\s+)?(?:reach|contact)\b/i,
      actor: 'object',
      negation: 'none',
      check: 'reach-party',
      modalInPattern: true,
    },
  ),
  r(
    'attempts-to-reach',
    'noResponse',
    String.raw`\b(?:attempts?|efforts?|calls?|tries)\s+(?:by\s+\w+\s+)?to\s+(?:reach|contact)\s+(?<obj>)[^.;]{0,60}?\b(?:unsuccessful|in\s+vain|fruitless|failed|were\s+not\s+successful)\b`,
    {
      hint: /(?:attempts?|efforts?|calls?|tries)\s+(?:by\s+\w+\s+)?to\s+(?:reach|contact)/i,
      actor: 'object',
      negation: 'none',
      check: 'reach-party',
    },
  ),
  r(
    'ignore-request',
    'noResponse',
    String.raw`\b(?:ignor(?:e|es|ed|ing)|disregard(?:s|ed|ing)?)\s+(?<obj>)`,
    { hint: /ignor|disregard/i, actor: 'subject', negation: 'drop', check: 'ignore-request' },
  ),
  r(
    'respond-later',
    'noResponse',
    String.raw`\b(?:would|will)\s+(?:respond|reply|comment|answer)\s+(?:later|in\s+due\s+course|at\s+a\s+later\s+(?:date|time|stage)|soon|shortly)\b`,
    {
      hint: /(?:respond|reply|comment|answer) (?:later|in due|at a later|soon|shortly)/i,
      actor: 'subject',
      negation: 'none',
      modalInPattern: true,
    },
  ),
  r(
    'delay-response',
    'noResponse',
    String.raw`\bdelay(?:s|ed|ing)?\s+(?:accepting|responding|replying|(?:its|their|a|his|her)\s+(?:response|reply|answer)|(?:its|their|a|his|her)\s+decision\s+on\s+(?:the|an?|its|their)\s+(?:\w+\s+){0,2}(?:offer|invitation|proposal|bid|request))\b`,
    { hint: /delay/i, actor: 'subject', negation: 'drop' },
  ),
]

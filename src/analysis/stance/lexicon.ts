/**
 * @module
 * Word classes the stance rules test against. A cue verb alone does not make an event: the
 * object class decides (reject + offer is a refusal, reject + claim is a denial; decline + comment
 * is a refusal, decline + price is a market move). Lower-case, written for copydesk.
 *
 * @example
 * STANCE_LEXICON.proposal.has('offer') // true
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/))

export const STANCE_LEXICON = {
  /**
   * Things one can be offered and then accept, decline or reject (heads of the object NP), with
   * the members of PETRARCH2's &PROPOSAL, &TREATY, &CEASEFIRE and &MEDIATION synonym sets (CAMEO
   * verb dictionary, MIT) that its refusal patterns take as objects.
   */
  proposal: set(`
    offer offers invitation invitations proposal proposals proposition bid bids request requests
    demand demands call calls appeal appeals terms conditions settlement deal plan plans package
    pact accord agreement treaty ceasefire truce compromise nomination appointment reappointment
    post job position role award prize honour honor honours honors peerage knighthood seat mandate
    overture overtures approach initiative moratorium freeze aid help assistance loan mediation
    talks meeting summit ultimatum buyout takeover contract concession concessions visit
    suggestion recommendation recommendations resignation draft scheme formula offering
    conference negotiations dialogue consultations rise raise increase increases
    chairmanship presidency captaincy directorship premiership
    petition petitions entreaty term invite invites plea pleas solicitation supplication
    approaches move chance motion motions amendment amendments bill
    proffer proffers armistice arbitration conciliation solution resolution permission
  `),
  /**
   * Things accepted that are not an answer to an invitation or offer (dev2 guidelines: "not
   * counted: accepting an award or prize, a payment or payoff, cheques or reservations"), and
   * a court accepting a plea. Refusing an honour, or turning down a plea for help, still counts
   * as declining it.
   */
  receivedThing: set(`
    award awards prize prizes honour honor honours honors peerage knighthood medal medals trophy
    payment payments payoff payoffs cheque cheques reservation reservations donation donations
    plea pleas
  `),
  /** Propositions: rejecting or accepting these is (dis)agreement, not a response to an offer. */
  claim: set(`
    claim claims allegation allegations charge accusation accusations criticism criticisms idea
    ideas notion notions view views argument arguments assertion assertions contention premise
    theory theories speculation rumour rumours rumor rumors finding findings conclusion report
    reports suggestion that truth fact facts responsibility blame liability bribes bribe risk
    risks responsibilities evidence logic reasoning analysis
  `),
  /** Things that are "invited" without a party being invited (tenders, criticism, trouble). */
  invitedThing: set(`
    tenders tender offers offer bids bid applications application proposals comment comments
    criticism accusations accusation retaliation attack attacks trouble disaster ridicule
    comparison comparisons scrutiny competition questions speculation suspicion controversy
    guests guest subscriptions entries nominations submissions expressions expression interest
    investment investors quotations quotes prices response responses reaction reactions backlash
    rebuke condemnation protest protests anger ire scorn challenge challenges lawsuit lawsuits
    litigation scrutiny sanctions reprisals disaster ridicule mockery derision doubt doubts
  `),
  /** Verbs after "agreed to" / "will" that mean taking part (accepting to meet or join). */
  joinVerb: set(`
    join attend participate take meet hold resume open begin start enter negotiate talk testify
    appear serve stand stay remain cooperate accept comply visit come speak mediate discuss
    sit co-operate host co-host co-chair co-sponsor rejoin return
  `),
  /** Nouns after "no response/reply ... to" that show a request was made (right of reply). */
  request: set(`
    request requests inquiry inquiries enquiry enquiries query queries call calls message messages
    email emails e-mail e-mails letter letters invitation invitations offer offers bid bids
    proposal proposals question questions charge charges allegation allegations demand demands
    ultimatum approach overture overtures note notes telephone phone voicemail voicemails
    questionnaire subpoena summons telex telexes cable cables fax faxes notice notices
  `),
  /** Events one boycotts by staying away (CAMEO 125), as opposed to trade boycotts (163). */
  meeting: set(`
    meeting meetings talks session sessions summit summits conference conferences parliament
    election elections vote votes poll polls ceremony ceremonies games olympics hearing hearings
    negotiations event events inauguration assembly council cabinet celebrations debate debates
    referendum congress convention funeral parade proceedings trial rally forum address speech
    dinner reception banquet gala festival opening launch premiere tournament celebration
    commemoration commemorations anniversary inquiry
  `),
  /** Occasions one is invited to: "an invitation to the summit" names no invitee. */
  occasion: set(`
    meeting meetings summit summits party parties dinner dinners conference conferences session
    ceremony ceremonies wedding reception receptions event events talks launch celebration
    celebrations festival gala lunch luncheon banquet screening screenings game games match
    opening show promo race tournament forum assembly hearing rally concert premiere breakfast
    gathering visit tour house home office palace headquarters
  `),
  /** Subjects whose "decline" is a fall, not a refusal. */
  market: set(`
    shares share stock stocks price prices index indices dollar yen euro sterling sales earnings
    profit profits output production imports exports rate rates yields yield bonds futures revenue
    revenues volume volumes health market markets economy demand supply growth value values
    population numbers number figures levels level inflation unemployment income margins orders
    spending investment activity turnover attendance ratings popularity support
  `),
  /** Subjects of "could not be reached" that are outcomes, not parties. */
  abstract: set(`
    agreement deal accord consensus compromise settlement decision conclusion verdict target goal
    level levels solution understanding quorum majority peak total figure limit stage point
    destination summit agreements decisions village villages area areas site town towns region
    island city location scene wreck wreckage camp zone valley district
  `),
  /** Verbs that embed an infinitive as a request or permission: the act has not happened. */
  directive: set(`
    ask asks asked asking urge urges urged urging call calls called calling press pressed pressing
    want wants wanted wanting allow allows allowed allowing enable enables enabled permit permits
    permitted encourage encouraged encourages encouraging advise advised tell told require required
    requires invite invited inviting persuade persuading expect expects expected expecting
    wish wishes wished hope hopes hoped hoping plead pleaded appeal appealed
  `),
  /** Words that make the rest of a clause hypothetical or undecided. */
  irrealis: set(`
    if unless whether hope hopes hoped hoping expect expects expected expecting likely unlikely
    may might could should must possible possibly perhaps maybe probably lest consider considering
    considers decide deciding decides wonder
  `),
  /**
   * Verbs that introduce reported speech, and verbs of thinking and feeling that take a finite
   * clause without "that" ("he regretted Volcker had declined"): a clause boundary before the
   * reported subject.
   */
  speech: set(`
    said says say told tells added adds noted notes stated states announced announces reported
    reports confirmed confirms explained indicated indicates insisted insists argued argues
    claimed claims warned warns acknowledged admitted believes believed thinks thought knew
    know understood learned revealed disclosed wrote writes quoted
    regretted regrets feared fears felt feels suspected suspects assumed doubted predicted
  `),
  /**
   * Function words and verb particles ("invited the union back") that never belong to an actor
   * noun phrase.
   */
  notNoun: set(`
    to by for of in from with on at into onto about over under after before during since until through
    against between among across without within upon than as because although though while whereas
    despite
    if unless whether that which who whom whose where when why how what and or but nor so yet
    is are was were be been being am has have had do does did will would shall should can could
    may might must not n't never no also still already just only even again however today
    back away out off along aboard
    yesterday now then later soon also said says told added
  `),
  /**
   * Adverbs allowed inside a verb group ("has however declined", "had also agreed"), with the
   * connective adjuncts of addition and contrast (Huddleston & Pullum 2002, ch. 8: "further",
   * "moreover", "nevertheless") that sit between a subject and its verb ("He further declined").
   */
  adverb: set(`
    also still yet immediately previously already again however initially repeatedly reportedly
    apparently now then provisionally long officially publicly flatly firmly politely later
    subsequently promptly swiftly quickly formally unanimously finally ultimately earlier so far
    today yesterday tonight once twice even only reluctantly readily gladly duly originally
    consistently steadfastly since thus therefore too both all personally specifically specially
    not never n't probably certainly definitely
    further furthermore moreover likewise similarly additionally meanwhile separately instead
    nonetheless nevertheless besides
    roundly overwhelmingly narrowly decisively emphatically categorically summarily resoundingly
    angrily curtly bluntly effectively tacitly
  `),
  /** Auxiliaries and modals that may precede a cue verb. */
  auxiliary: set(`
    is are was were be been being am has have had having do does did will would shall should can
    could may might must 've 's 'd 're wo ca
  `),
  /** Determiners and quantifiers that open a noun phrase. */
  determiner: set(`
    the a an its their his her our my your this that these those other another some several many
    both all each every any no few most about around nearly almost over more than per
  `),
  /**
   * Quantifying determiners (English grammar's closed class): "leaders of both parties",
   * "representatives of several ministries".
   */
  quantifier: set(`
    both all each either neither several many some
  `),
  /**
   * Verbs of taking part after "asked (X) to": "asked to join", "asked to testify" (the
   * guidelines' list, with the roles one is asked to fill: chair, host, lead), and taking part in
   * a financing, which the dev2 guidelines count as invitations ("asked to contribute", as v1's
   * "invited several banks to submit offers") although WordNet files the verbs under possession.
   */
  askedVerb: set(`
    join attend participate take testify appear serve speak meet sit mediate observe visit be
    become lead chair head perform play present host address
    contribute subscribe
  `),
  /** People who act for a party named after "of": "leaders of Chile and Peru" are two parties'. */
  actsFor: set(`
    leaders leader members delegates delegations envoys officials representatives spokesmen
    ministers governments presidents heads negotiators ambassadors
  `),
  /** Who is sent to take part: "asked to send a delegation" is an invitation, "to send data" a task. */
  delegation: set(`
    delegation delegations delegate delegates representative representatives envoy envoys
    observer observers team teams minister ministers official officials emissary emissaries
  `),
  /**
   * Verbs after "urged / called on / appealed to / pressed X to" that make the appeal one to meet
   * or take part (CAMEO 026, "appeal to others to meet or negotiate"; PETRARCH2's verb patterns
   * for appeals): join, attend, take part, meet, negotiate, return to talks.
   */
  appealedVerb: set(`
    join attend participate take meet negotiate talk resume sit return enter rejoin
  `),
  /**
   * Verbs of beginning and of going on (Levin 1993, 55.1 "begin" verbs, less those of ending, with
   * their "re-" forms and the verbs of convening): "agreed to reopen talks" takes up the talks.
   */
  startVerb: set(`
    begin commence continue proceed recommence resume start restart reopen open undertake
    launch relaunch convene reconvene renew hold enter
  `),
  /** Nouns of negotiation that make "agreed to hold/resume/open" an acceptance of talks. */
  talksNoun: set(`
    talks negotiations discussions dialogue consultations
  `),
  /**
   * What one says one will join: a meeting or a group of parties ("will join the talks", "will
   * join the coalition").
   */
  groupWord: set(`
    talks negotiations coalition alliance meeting summit conference initiative effort efforts
    forum government cabinet board delegation mission panel consortium group bloc pact
    programme program us them boycott strike protest celebrations ceremony
  `),
  /** Verbs after "declined to" that refuse to comment (CAMEO 011). */
  commentVerb: set(`
    comment say elaborate specify identify disclose discuss give confirm name answer reveal
    detail speculate provide respond reply release divulge explain describe talk be make put
    offer go
  `),
  /** Verbs after "declined to" that refuse to meet or attend (CAMEO 125). */
  meetVerb: set(`
    meet attend negotiate talk hold testify appear visit sit come go resume open enter be
  `),
  /** Verbs after "declined to" that refuse to take part or support (CAMEO 121). */
  cooperateVerb: set(`
    join participate take cooperate co-operate help contribute sign endorse support back
  `),
  /**
   * Tasks one is asked to do, which the dev2 guidelines do not count as invitations ("asked to
   * explain / supply data / tone down / remain anonymous / approve / investigate"), though WordNet
   * files some under communication.
   */
  taskVerb: set(`
    explain clarify justify supply approve investigate tone remain review reconsider withdraw
    repay pay return stop halt cut reduce raise lower
  `),
  /** Verbs of leaving a post: "asked to resign" is a demand, not an invitation. */
  leavePostVerb: set(`
    resign quit retire abdicate withdraw leave go step
  `),
  /**
   * After "agreed to", verbs of a joint undertaking (Levin 1993, 36.1 "correspond" verbs such as
   * collaborate, combine, and the partnering verbs) announce a deal between the parties, and
   * verbs of permission (allow, permit, let) a concession (CAMEO 08 "yield"), not an acceptance.
   */
  jointOrPermitVerb: set(`
    collaborate combine merge partner ally unite team pool swap exchange trade share allow
    permit let
  `),
} as const

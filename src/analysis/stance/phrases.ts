/**
 * @module
 * Noun-phrase finding over a sentence's tokens without a parser: clause starts (speech verbs,
 * subordinators, clause-joining "and"), the subject of a clause, the object after a cue, and the
 * splitting of coordinated parties. Heuristics chosen for news prose, where subjects are mostly
 * names or determiner phrases and clauses are joined by "said", "that", "but" and commas.
 */
import { ACTOR_ALIASES } from '../lexicons/actor-aliases'
import { isPartyNoun } from '../lexicons/word-classes'
import { STANCE_LEXICON as lexicon } from './lexicon'
import type { SentenceToken } from './sentence-tokens'

/** A half-open token range `[a, b)`. */
export interface TokenRange {
  a: number
  b: number
}

/** The subject found for a cue, with how it was reached (the resolver needs the speaker). */
export interface SubjectInfo {
  ranges: TokenRange[]
  /** The subject of the reporting clause when the cue sits in reported speech ("X said it ..."). */
  speaker: TokenRange | null
  /** Token index where the cue's clause begins. */
  clauseStart: number
}

const HARD_BOUNDARY = new Set([';', ':', '—', '–', '-', '[', ']', '|'])
// "after", "before", "since" and "until" are left out: in news they are mostly prepositions.
const SUBORDINATOR = new Set([
  'because',
  'while',
  'although',
  'though',
  'whereas',
  'when',
  'if',
  'unless',
  'whether',
  'where',
  'why',
  'once',
  'so',
])
const PREPOSITION = new Set([
  'to',
  'in',
  'at',
  'on',
  'by',
  'for',
  'with',
  'of',
  'from',
  'into',
  'about',
  'over',
  'under',
  'after',
  'before',
  'since',
  'until',
  'despite',
  'like',
])
const RELATIVE = new Set(['who', 'which'])
const QUOTE = /^["“”'‘’«»]$/
const LEAD_ADVERBIAL = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'within',
  'during',
  'beyond',
  'despite',
  'under',
  'following',
  'speaking',
  'asked',
  'earlier',
  'meanwhile',
  'however',
  'separately',
  'nevertheless',
  'still',
  'currently',
  'moreover',
  'instead',
  'striking',
  'stung',
  'last',
  'this',
  'yesterday',
  'today',
  'later',
  'now',
  'since',
  'as',
  'for',
  'by',
  'with',
  'without',
  'from',
  'according',
  'like',
  'unlike',
  'amid',
  'when',
  'while',
  'although',
  'though',
  'if',
  'once',
  'given',
  'faced',
  'responding',
  'asked',
  'told',
  'over',
  'through',
  'across',
  'to',
  'around',
  'also',
])
const CONNECTORS_FREE = new Set(['of', 'for'])
/** A quantifier or a number: "both", "all", "three", "12" ("envoys of all three countries"). */
const isQuantifier = (word: string) =>
  lexicon.quantifier.has(word) ||
  /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(word)
const CONNECTORS_CAP = new Set([
  'in',
  'de',
  'du',
  'del',
  'da',
  'von',
  'van',
  'le',
  'la',
  'al',
  'bin',
  'and',
])
const ING_NOUN = new Set([
  'meeting',
  'building',
  'king',
  'thing',
  'something',
  'nothing',
  'anything',
  'everything',
  'spring',
  'string',
  'morning',
  'evening',
  'funding',
  'spending',
  'training',
  'listing',
  'ruling',
  'offering',
  'wedding',
  'hearing',
  'briefing',
  'filing',
  'opening',
  'landing',
  'feeling',
  'earnings',
  'banking',
  'trading',
  'shipping',
  'mining',
  'housing',
  'clothing',
  'marketing',
  'accounting',
  'engineering',
  'broadcasting',
  'publishing',
  'holding',
  'holdings',
  'setting',
  'ceiling',
  'beijing',
  'wellington',
  'reading',
  'sterling',
  'viking',
  'boeing',
  'timing',
  'rating',
  'ratings',
  'polling',
  'bombing',
  'shooting',
  'fighting',
  'uprising',
  'leading',
])
const ED_NOUN = new Set([
  'need',
  'speed',
  'hundred',
  'red',
  'bed',
  'seed',
  'feed',
  'creed',
  'greed',
  'shed',
  'weed',
  'steed',
  'reed',
  'proceed',
  'united',
  'limited',
  'federated',
  'incorporated',
  'associated',
  'allied',
  'consolidated',
  'advanced',
  'integrated',
  'unidentified',
  'unnamed',
  'so-called',
  'elected',
  'retired',
  'detailed',
  'leveraged',
  'sweetened',
  'proposed',
  'skilled',
  'armed',
  'supposed',
  'alleged',
  'renewed',
  'estimated',
  'expected',
  'combined',
  'fixed',
  'qualified',
  'designated',
  'listed',
  'registered',
  'reported',
  'interested',
  'concerned',
  'affected',
  'related',
  'based',
  'led',
  'owned',
  'backed',
  'controlled',
  'operated',
  'run',
])
const FINITE = new Set([
  'met',
  'became',
  'made',
  'took',
  'gave',
  'sent',
  'got',
  'won',
  'lost',
  'held',
  'left',
  'came',
  'went',
  'saw',
  'ran',
  'put',
  'set',
  'cut',
  'hit',
  'let',
  'told',
  'said',
  'says',
  'faces',
  'remains',
  'plans',
  'needs',
  'wants',
  'seems',
  'appears',
  'makes',
  'takes',
  'gives',
  'holds',
  'knew',
  'thought',
  'found',
  'began',
  'brought',
  'bought',
  'sold',
  'kept',
  'paid',
  'meant',
  'felt',
  'led',
  'stood',
  'wrote',
  'spoke',
  'chose',
  'rose',
  'fell',
  'grew',
  'drew',
  'threw',
  'broke',
  'became',
  'shows',
  'owns',
  'owes',
  'agrees',
  'declines',
  'refuses',
  'rejects',
  'accepts',
  'invites',
  'responds',
  'replies',
  'given',
  'taken',
  'done',
  'seen',
  'known',
  'shown',
  'written',
  'chosen',
  'driven',
  'begun',
  'spoken',
  'broken',
  'forgotten',
  'gotten',
  'woke',
  'wore',
  'swore',
  'hid',
  'fought',
  'sought',
  'taught',
  'caught',
  'heard',
  'sat',
  'laid',
  'sang',
  'rang',
  'sank',
  'shook',
  'slept',
  'spent',
  'struck',
  'stuck',
  'swept',
  'withdrew',
  'flew',
  'blew',
  'overcame',
  'froze',
  'rode',
  'drove',
  'stole',
  'fled',
  'quit',
  'shut',
  'won',
  'lost',
  'sold',
  'told',
  'understood',
  'withheld',
  'upheld',
  'overturned',
  'lays',
  'says',
  'includes',
  'contains',
  'owns',
])

/** Reporting verbs that are more often plural nouns ("Arab states", "press reports"). */
const NOUN_LIKE_SPEECH = new Set(['states', 'reports', 'notes', 'claims'])

const isWord = (t: SentenceToken | undefined): t is SentenceToken => !!t && t.kind !== 'p'

/** Whether a token looks like a verb (finite, auxiliary or participle), which ends a subject NP. */
export function isVerbLike(t: SentenceToken | undefined): boolean {
  if (!t || t.kind !== 'w' || t.cap) return false
  const w = t.lower
  if (
    lexicon.auxiliary.has(w) ||
    (lexicon.speech.has(w) && !NOUN_LIKE_SPEECH.has(w)) ||
    FINITE.has(w)
  )
    return true
  if (w.length >= 5 && w.endsWith('ed') && !ED_NOUN.has(w)) return true
  if (w.length >= 5 && w.endsWith('ing') && !ING_NOUN.has(w)) return true
  return false
}

/**
 * "Theresa May declined": a capitalised "May" after a name is a name when a past-tense verb
 * follows, since the modal takes a bare verb ("may decline").
 */
export function mayIsName(
  t: SentenceToken,
  next: SentenceToken | undefined,
  prev: SentenceToken | undefined,
): boolean {
  return (
    t.lower === 'may' &&
    t.cap &&
    !!prev?.cap &&
    !!next &&
    next.kind === 'w' &&
    !next.cap &&
    /(?:ed|ied)$/.test(next.lower)
  )
}

/** Whether a token may sit inside an actor noun phrase. */
function isNPToken(
  t: SentenceToken,
  next: SentenceToken | undefined,
  nextNext: SentenceToken | undefined,
  prev?: SentenceToken,
): boolean {
  if (t.kind === 'n') return true
  if (t.kind === 'p') return t.text === '&'
  // "the Czech governments Monday rejected": a date is not part of the party's name.
  if (
    t.cap &&
    /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/.test(t.lower)
  )
    return false
  if (t.cap)
    return (
      !(lexicon.notNoun.has(t.lower) && !/^[A-Z]{2,}/.test(t.text)) ||
      t.lower === 'and' ||
      mayIsName(t, next, prev)
    )
  // "invited the leaders of all parties for talks": "for" an occasion is the purpose, not a name.
  if (t.lower === 'for' && next && lexicon.occasion.has(next.lower)) return false
  if (CONNECTORS_FREE.has(t.lower)) return isWord(next)
  // "An aide to Senator Carl Levin", "adviser to the minister".
  if (
    t.lower === 'to' &&
    prev &&
    /^(?:aide|aides|adviser|advisers|advisor|advisors|spokesman|spokeswoman|spokesperson|lawyer|lawyers|attorney|envoy|ambassador|successor|heir)$/.test(
      prev.lower,
    )
  )
    return !!next && (next.cap || next.lower === 'the')
  if (CONNECTORS_CAP.has(t.lower))
    return !!next && (next.cap || (next.lower === 'the' && !!nextNext?.cap))
  // "Officials at the embassy", "analysts at Goldman": "at" names the organisation.
  if (t.lower === 'at')
    return (
      !!next &&
      (next.cap ||
        (next.lower === 'the' && !!nextNext && nextNext.kind === 'w' && !isVerbLike(nextNext)))
    )
  // "Leaders of both parties", "envoys of all three countries": quantifiers after "of" (or
  // after such a quantifier) belong to the organisation named next.
  if (
    prev &&
    isQuantifier(t.lower) &&
    (prev.lower === 'of' || isQuantifier(prev.lower)) &&
    isWord(next)
  )
    return true
  if (lexicon.notNoun.has(t.lower)) return false
  // "Mr Brown pointedly refused", "Mr Brown earlier denied": an adverb ends the phrase.
  if (
    lexicon.adverb.has(t.lower) ||
    (/ly$/.test(t.lower) &&
      t.lower.length > 5 &&
      !/(?:ily|ply|ally|ely)$/.test(t.lower) &&
      isVerbLike(next))
  )
    return false
  // "the three largest fishing unions", "the ruling party", "invited striking workers": a
  // participle before a party noun, after a determiner, a number, an adjective or the verb whose
  // object it opens, modifies it.
  if (
    /(?:ing|ed)$/.test(t.lower) &&
    next?.kind === 'w' &&
    !next.cap &&
    isPartyNoun(next.lower) &&
    !isVerbLike(next) &&
    (!prev ||
      isVerbLike(prev) ||
      lexicon.determiner.has(prev.lower) ||
      isQuantifier(prev.lower) ||
      prev.kind === 'n' ||
      (/(?:est|er)$/.test(prev.lower) && !isPartyNoun(prev.lower)))
  )
    return true
  return !isVerbLike(t)
}

/** Words that open a fronted adverbial clause of a participle ("After rejecting the offer, ..."). */
const FRONTING = new Set([
  'after',
  'before',
  'by',
  'while',
  'since',
  'upon',
  'on',
  'despite',
  'without',
  'when',
  'in',
])

/**
 * The subject of a participle in a fronted adverbial clause: "After rejecting the offer, the
 * union called a strike" (the union rejected it), "Rejecting the offer, the board said": the
 * main clause's subject after the comma, which English makes the participle's subject too.
 */
function frontedParticipleSubject(tokens: SentenceToken[], t: number): TokenRange | null {
  if (!/ing$/.test(tokens[t]?.lower ?? '')) return null
  let k = tokens.findIndex((x) => x.kind === 'w')
  if (k < 0 || k > t) return null
  if (FRONTING.has(tokens[k].lower)) k++
  while (
    k < t &&
    (lexicon.adverb.has(tokens[k].lower) ||
      tokens[k].lower === 'not' ||
      tokens[k].lower === 'never')
  )
    k++
  if (k !== t) return null
  const comma = tokens.findIndex((x, i) => i > t && x.text === ',')
  if (comma < 0) return null
  const from = comma + 1
  const end = npEnd(tokens, from)
  if (end <= from) return null
  let v = end
  while (v < tokens.length && lexicon.adverb.has(tokens[v].lower)) v++
  return lexicon.auxiliary.has(tokens[v]?.lower ?? '') || isVerbLike(tokens[v])
    ? { a: from, b: end }
    : null
}

/** Extends a noun phrase rightwards from token `i` (inclusive); returns the end index. */
export function npEnd(
  tokens: SentenceToken[],
  i: number,
  limit = tokens.length,
  maxLen = 14,
): number {
  const objectMode = limit === tokens.length
  let j = i
  while (j < limit && j - i < maxLen) {
    const t = tokens[j]
    if (t.lower === 'and' || t.lower === 'or') {
      // "and" joins parties only when a noun phrase follows.
      const n = tokens[j + 1]
      if (!n || n.kind === 'p' || isVerbLike(n) || (lexicon.notNoun.has(n.lower) && !n.cap)) break
      // After an object, "and the talks were ..." starts a new clause, not a second party.
      if (objectMode && depthOk(tokens, j)) break
      j++
      continue
    }
    // "about 1,000 employees", "more than 80 banks": a quantifier may open the phrase.
    if (j === i && /^(?:more|fewer|less)$/.test(t.lower) && tokens[j + 1]?.lower === 'than') {
      j += 2
      continue
    }
    if (j === i && t.kind === 'w' && !t.cap && lexicon.determiner.has(t.lower)) {
      j++
      continue
    }
    // A pronoun is a phrase of its own: "on Tuesday | it had rejected", "they | want 6m".
    // ("it and NYNEX Corp agreed" coordinates the pronoun with a name.)
    if (/^(?:he|she|it|they|we|i|you)$/.test(t.lower)) {
      if (j > i) break
      j++
      if (!/^(?:and|or)$/.test(tokens[j]?.lower ?? '')) break
      continue
    }
    // A participle used as an adjective: "the existing producers", "a sweetened offer".
    const prev = tokens[j - 1]
    if (
      j > i &&
      isVerbLike(t) &&
      !lexicon.auxiliary.has(t.lower) &&
      prev &&
      (lexicon.determiner.has(prev.lower) || prev.kind === 'n') &&
      tokens[j + 1]?.kind === 'w' &&
      !isVerbLike(tokens[j + 1]) &&
      !lexicon.notNoun.has(tokens[j + 1].lower)
    ) {
      j++
      continue
    }
    if (!isNPToken(t, tokens[j + 1], tokens[j + 2], tokens[j - 1])) break
    // A lower-case word after a name ends the phrase unless it is a noun of the same phrase
    // ("Merrill Lynch officials"): stop at lower-case words followed by a cue or verb.
    j++
  }
  // Trailing connectors ("of", "and") are not part of the phrase.
  while (
    j > i &&
    ['of', 'for', 'and', 'or', 'in', 'at', 'the', 'a', 'an'].includes(tokens[j - 1].lower)
  )
    j--
  return j
}

/** Whether the noun phrase after the "and" at `j` is followed by a verb (a new clause). */
function depthOk(tokens: SentenceToken[], j: number): boolean {
  let k = j + 1
  while (
    k < tokens.length &&
    k - j < 8 &&
    tokens[k].kind !== 'p' &&
    !isVerbLike(tokens[k]) &&
    !(
      lexicon.notNoun.has(tokens[k].lower) &&
      !tokens[k].cap &&
      !lexicon.determiner.has(tokens[k].lower)
    )
  )
    k++
  return k > j + 1 && isVerbLike(tokens[k])
}

/** Skips quotes and leading adverbials ("Earlier this week,", "In the interview,") from `i`. */
function skipLead(tokens: SentenceToken[], i: number, limit: number): number {
  for (let guard = 0; guard < 4; guard++) {
    while (
      i < limit &&
      ((tokens[i].kind === 'p' && tokens[i].text !== ',') ||
        [
          'and',
          'but',
          'so',
          'yet',
          'or',
          'that',
          'then',
          'thus',
          'only',
          'even',
          'just',
          'also',
          'not',
        ].includes(tokens[i].lower) ||
        (tokens[i].lower === 'far' && tokens[i - 1]?.lower === 'so'))
    )
      i++
    if (i >= limit) return i
    const t = tokens[i]
    let c = i
    while (c < limit && tokens[c].text !== ',') c++
    // "Sitting on Wednesday, ...", "Three years ago, ...": a participle or time phrase before a comma.
    const lead = tokens.slice(i, c)
    const timeLike =
      c < limit &&
      lead.some((x) =>
        /^(?:ago|years?|months?|weeks?|days?|yesterday|today|tonight|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/.test(
          x.lower,
        ),
      ) &&
      !lead.some((x) => isVerbLike(x) && !/^(?:ago)$/.test(x.lower))
    // Sentence-initial participles are capitalised ("Reached by phone, Miller declined").
    if (
      c < limit &&
      (timeLike || (isVerbLike({ ...t, cap: false }) && !lexicon.auxiliary.has(t.lower)))
    ) {
      i = c + 1
      continue
    }
    // "About 80 pct of the creditors agreed": the subject opens after an approximator before a number.
    if (
      /^(?:about|around|nearly|almost|roughly|approximately|over|under)$/.test(t.lower) &&
      (tokens[i + 1]?.kind === 'n' ||
        /^(?:half|a|one|two|three|four|five|ten)$/.test(tokens[i + 1]?.lower ?? ''))
    )
      return i + 1
    if (!LEAD_ADVERBIAL.has(t.lower) && !(t.kind === 'n')) return i
    if (c >= limit) {
      // "Since Purolator agreed ...": a subordinator with no comma before the verb opens the clause.
      if (
        /^(?:since|after|before|until|as|once|when|while|although|though|because|if|unless)$/.test(
          t.lower,
        )
      )
        return i + 1
      // "said on Tuesday it had rejected": a short time or place phrase before the subject.
      if (
        PREPOSITION.has(t.lower) ||
        /^(?:last|this|yesterday|today|earlier|later|now)$/.test(t.lower)
      ) {
        let e = npEnd(tokens, i + 1, limit, 4)
        while (
          e < limit &&
          (tokens[e].kind === 'n' ||
            /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night)$/.test(
              tokens[e].lower,
            ))
        )
          e++
        if (e > i && e < limit && npEnd(tokens, e, limit) > e) {
          i = e
          continue
        }
      }
      return i
    }
    i = c + 1
  }
  return i
}

/** Whether the tokens `[a, b)` hold a finite verb (so an "and" after them joins clauses). */
function hasVerb(tokens: SentenceToken[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isVerbLike(tokens[k])) return true
  return false
}

/** The first token of the auxiliaries and adverbs right before `t`. */
function auxLeft(tokens: SentenceToken[], t: number): number {
  let k = t
  while (
    k > 0 &&
    tokens[k - 1].kind === 'w' &&
    !tokens[k - 1].cap &&
    (lexicon.auxiliary.has(tokens[k - 1].lower) ||
      lexicon.adverb.has(tokens[k - 1].lower) ||
      tokens[k - 1].lower.endsWith("n't"))
  )
    k--
  return k
}

/** Finds where the clause holding token `t` begins, and what kind of boundary opened it. */
export function clauseBoundary(
  tokens: SentenceToken[],
  t: number,
): {
  start: number
  kind: 'start' | 'hard' | 'speech' | 'that' | 'sub' | 'coord' | 'relative'
  at: number
} {
  let comma = -1
  for (let k = t - 1; k >= 0; k--) {
    const w = tokens[k]
    // A parenthesis ("$6.75bn (£3.6bn)", "Reuters (UrduPoint News - July)") is skipped whole.
    if (w.text === ')') {
      let d = k - 1
      while (d >= 0 && tokens[d].text !== '(') d--
      if (d >= 0) {
        k = d
        continue
      }
    }
    if (w.kind === 'p') {
      if (HARD_BOUNDARY.has(w.text) && !innerHyphen(tokens, k))
        return { start: k + 1, kind: 'hard', at: k }
      if (w.text === ',' && comma < 0) comma = k
      continue
    }
    // "Asked whether Turkey would attend, he declined": the fronted clause ends at the comma.
    // (Only when a subject follows the comma: in "while X, a spokesman, didn't" it is an apposition.)
    if (
      comma >= 0 &&
      comma + 1 < auxLeft(tokens, t) &&
      (SUBORDINATOR.has(w.lower) ||
        (/^(?:asked|told)$/.test(w.lower) && (k === 0 || tokens[k - 1].kind === 'p')))
    ) {
      return { start: comma + 1, kind: 'hard', at: comma }
    }
    const lw = w.lower
    // A relative clause closed by a comma before the cue ("X, a Democrat who heads the panel,
    // declined") belongs to the subject: keep scanning leftwards past it.
    if (RELATIVE.has(lw)) {
      if (comma >= 0 && comma > k) {
        comma = -1
        continue
      }
      return { start: k + 1, kind: 'relative', at: k }
    }
    // "that" after a preposition is a determiner ("To that end").
    if (
      lw === 'that' &&
      k > 0 &&
      !determinerThat(tokens, k) &&
      !lexicon.determiner.has(tokens[k - 1].lower) &&
      !PREPOSITION.has(tokens[k - 1].lower)
    )
      return { start: k + 1, kind: 'that', at: k }
    // "had been told of the sale" is a passive, not a report.
    if (
      lexicon.speech.has(lw) &&
      !w.cap &&
      !speechNoun(tokens, k) &&
      !(k > 0 && /^(?:been|was|were|being|is|are|be)$/.test(tokens[k - 1].lower))
    )
      return { start: k + 1, kind: 'speech', at: k }
    if (SUBORDINATOR.has(lw) && (!w.cap || k === 0 || tokens[k - 1].kind === 'p'))
      return { start: k + 1, kind: 'sub', at: k }
    // "The move comes after Britain agreed": a preposition that opens a whole clause.
    if (
      /^(?:after|before|until|since|as)$/.test(lw) &&
      k > 0 &&
      tokens[t]?.kind === 'w' &&
      !/^(?:and|but|or)$/.test(tokens[t].lower)
    ) {
      const e = npEnd(tokens, k + 1, t)
      let v = e
      while (
        v < t &&
        (lexicon.auxiliary.has(tokens[v].lower) || lexicon.adverb.has(tokens[v].lower))
      )
        v++
      if (e > k + 1 && v === t) return { start: k + 1, kind: 'sub', at: k }
    }
    if (lw === 'but') return { start: k + 1, kind: 'coord', at: k }
    // (Only from a verb: scanning back from "but" in "met Brazil and Peru but", "and" joins names.)
    if (
      (lw === 'and' || lw === 'or') &&
      k > 0 &&
      tokens[t]?.kind === 'w' &&
      !/^(?:and|but|or)$/.test(tokens[t].lower)
    ) {
      // "and" opens a new clause when the stretch before it already has its own verb.
      let s = k - 1
      while (
        s >= 0 &&
        !(tokens[s].kind === 'p' && HARD_BOUNDARY.has(tokens[s].text)) &&
        !(
          lexicon.speech.has(tokens[s].lower) ||
          tokens[s].lower === 'that' ||
          tokens[s].lower === 'but'
        )
      )
        s--
      if (hasVerb(tokens, s + 1, k)) return { start: k + 1, kind: 'coord', at: k }
    }
  }
  return { start: 0, kind: 'start', at: -1 }
}

/** A hyphen written between two words with no space ("U.S.-British") joins them; it is no dash. */
function innerHyphen(tokens: SentenceToken[], k: number): boolean {
  const hyphen = tokens[k]
  return (
    hyphen.text === '-' &&
    tokens[k - 1]?.end === hyphen.start &&
    tokens[k + 1]?.start === hyphen.end
  )
}

/** "stopped releasing that statement and said": a determiner "that", not a complementizer. */
function determinerThat(tokens: SentenceToken[], k: number): boolean {
  return (
    !!tokens[k + 1] &&
    tokens[k + 1].kind === 'w' &&
    !tokens[k + 1].cap &&
    !lexicon.determiner.has(tokens[k + 1].lower) &&
    !/^(?:he|she|it|they|we|i)$/.test(tokens[k + 1].lower) &&
    !isVerbLike(tokens[k + 2]) &&
    !lexicon.auxiliary.has(tokens[k + 2]?.lower ?? '')
  )
}

/** "states", "reports", "notes" and "claims" are nouns unless a "that" clause follows. */
function speechNoun(tokens: SentenceToken[], k: number): boolean {
  return (
    /^(?:states|reports|notes|claims|thought|learned|quoted)$/.test(tokens[k].lower) &&
    tokens[k + 1]?.lower !== 'that'
  )
}

/** A word that may head a noun phrase: not a determiner, preposition, adverb or verb form. */
function isNounLike(token: SentenceToken): boolean {
  return (
    !lexicon.determiner.has(token.lower) &&
    !PREPOSITION.has(token.lower) &&
    !lexicon.adverb.has(token.lower) &&
    !lexicon.notNoun.has(token.lower) &&
    !lexicon.auxiliary.has(token.lower)
  )
}

/**
 * {@link npLeft}, taken on across a coordination of names: "Apple and Google, which were
 * invited" is both (split into parties later).
 */
function coordinatedLeft(tokens: SentenceToken[], t: number): TokenRange | null {
  const last = npLeft(tokens, t)
  if (!last) return null
  let a = last.a
  for (let first = true; ; first = false) {
    const joiner = tokens[a - 1]
    // The last two conjuncts are joined by "and" ("A, B and C"); commas only before that.
    const joins = joiner && (joiner.lower === 'and' || (!first && joiner.text === ','))
    if (!joins || !tokens[a].cap) break
    const before = npLeft(tokens, a - 1)
    if (!before || !tokens[before.a].cap || before.b !== a - 1) break
    a = before.a
  }
  return { a, b: last.b }
}

/** The noun phrase ending just before token `t` (walking left), last conjunct only. */
export function npLeft(tokens: SentenceToken[], t: number): TokenRange | null {
  let b = t
  while (
    b > 0 &&
    (tokens[b - 1].text === ',' || tokens[b - 1].text === '>' || QUOTE.test(tokens[b - 1].text))
  )
    b--
  let a = b
  while (a > 0) {
    const p = tokens[a - 1]
    if (p.lower === 'and' || p.lower === 'or') break
    // A determiner opens the phrase: nothing to its left belongs to it.
    if (
      a < b &&
      tokens[a].kind === 'w' &&
      !tokens[a].cap &&
      lexicon.determiner.has(tokens[a].lower)
    )
      break
    // A lower-case word before a name joins it only as a title after a determiner, a name or a
    // possessive ("the opposition Labour Party", "Kremlin chief Mikhail Gorbachev"), not "despite George Bush".
    if (a < b && tokens[a].cap && p.kind === 'w' && !p.cap && !lexicon.determiner.has(p.lower)) {
      const pp = tokens[a - 2]
      if (
        pp &&
        pp.kind === 'w' &&
        !pp.cap &&
        !lexicon.determiner.has(pp.lower) &&
        !/['’]s?$/.test(pp.text)
      )
        break
    }
    if (p.kind === 'p' && !(p.text === '&')) break
    if (
      p.kind === 'w' &&
      !p.cap &&
      lexicon.notNoun.has(p.lower) &&
      !CONNECTORS_FREE.has(p.lower) &&
      !(CONNECTORS_CAP.has(p.lower) && tokens[a]?.cap)
    )
      break
    if (isVerbLike(p) || (!p.cap && lexicon.directive.has(p.lower))) break
    a--
  }
  while (
    a < b &&
    (CONNECTORS_FREE.has(tokens[a].lower) ||
      (tokens[a].lower === 'one' && tokens[a + 1]?.lower === 'of'))
  )
    a++
  return a < b ? { a, b } : null
}

const FIRM_TAIL = /^(?:Sons|Son|Co|Co\.|Company|Partners|Associates|Brothers|Bros|Daughters)$/
const FIRM_NAME_END =
  /^(?:Capital|Bank|Ltd|Limited|Inc|Corp|Corporation|Group|Holdings|Trust|plc|PLC|LLC|AG|SA|NV|GmbH|Partners|Securities|Fund)$/
const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|dozen|several)$/

/** Whether the noun phrase from `i` to `end` ends on a person or group noun ("two councillors"). */
function isPartyHead(tokens: SentenceToken[], i: number, end: number): boolean {
  const last = tokens[end - 1]
  return end > i - 1 && !!last && last.kind === 'w' && isPartyNoun(last.lower)
}

/** Whether the last "of" before `k` (from `a`) follows a word for people acting for others. */
function actsForBeforeOf(tokens: SentenceToken[], a: number, k: number): boolean {
  for (let i = k - 1; i > a; i--)
    if (tokens[i].lower === 'of') return lexicon.actsFor.has(tokens[i - 1].lower)
  return false
}

/** Splits an NP range on "and" and list commas into separate parties. */
export function splitParties(tokens: SentenceToken[], r: TokenRange): TokenRange[] {
  const parts: TokenRange[] = []
  let a = r.a
  for (let k = r.a; k < r.b; k++) {
    const w = tokens[k]
    if (w.lower !== 'and' && w.lower !== 'or' && w.text !== ',') continue
    const n = tokens[k + 1]
    if (!n) continue
    // "N.M. Rothschild and Sons", "Procter & Gamble and Co": the firm's own name.
    if (
      FIRM_TAIL.test(n.text) &&
      (tokens[k + 2] === undefined || k + 2 >= r.b || !tokens[k + 2].cap)
    )
      continue
    // "Ministry of International Trade and Industry": "and" inside a name's "of" phrase, with
    // no list comma in the phrase, joins the name's words.
    if (
      w.lower === 'and' &&
      n.cap &&
      tokens[k - 1]?.cap &&
      tokens.slice(r.a, k).some((x) => x.lower === 'of') &&
      !tokens.slice(r.a, r.b).some((x) => x.text === ',') &&
      // ... but "Leaders of Chile and Peru" are two parties' leaders: the head acts for them.
      !actsForBeforeOf(tokens, r.a, k) &&
      // ... unless the right-hand name is a firm of its own ("Bank of Leith and Marlow Capital").
      !FIRM_NAME_END.test(tokens[r.b - 1]?.text ?? '')
    )
      continue
    const rightStartsParty =
      n.cap ||
      lexicon.determiner.has(n.lower) ||
      ['other', 'several'].includes(n.lower) ||
      // "the mayor and two councillors": a counted party.
      (w.lower === 'and' &&
        (n.kind === 'n' || NUMBER_WORD.test(n.lower)) &&
        isPartyHead(tokens, k + 2, r.b))
    if (!rightStartsParty) continue
    // Shared head: "Wellington and Auckland staff" is one party (a single name left, a lower-case head right).
    const lead = lexicon.determiner.has(tokens[a].lower) ? a + 1 : a
    if (w.lower === 'and' && k - lead === 1 && tokens[lead].cap) {
      let e = k + 1
      while (e < r.b && tokens[e].lower !== 'and' && tokens[e].text !== ',') e++
      // "The Slovak and Czech governments": a plural party head shared by two modifiers is
      // two parties, one for each ("Wellington and Auckland staff", a collective head, is one).
      const head = tokens[e - 1]
      if (e - (k + 1) === 2 && !head.cap && /[^s]s$/.test(head.lower) && isPartyNoun(head.lower)) {
        parts.push({ a: lead, b: k }, { a: k + 1, b: e - 1 })
        a = e
        k = e - 1
        continue
      }
      if (!tokens[e - 1].cap && !lexicon.determiner.has(n.lower)) continue
      // "the Food and Drug Administration": one name, unless the first word is a country ("the US and Britain").
      if (
        lead > a &&
        tokens[a].lower === 'the' &&
        n.cap &&
        !ACTOR_ALIASES[tokens[lead].lower] &&
        // Two acronyms ("the EU and US") are two parties.
        !(/^[A-Z]{2,}$/.test(tokens[lead].text) && /^[A-Z.]{2,}$/.test(n.text)) &&
        tokens.slice(k + 1, e).every((x) => x.cap || CONNECTORS_FREE.has(x.lower))
      )
        continue
    }
    if (k > a) parts.push({ a, b: k })
    a = k + 1
  }
  if (r.b > a) parts.push({ a, b: r.b })
  return parts.filter((p) => p.b > p.a && !(p.b - p.a === 1 && tokens[p.a].kind === 'p'))
}

/**
 * The subject of the clause that holds token `t`: the first noun phrase after the clause start,
 * the antecedent for a relative clause, or the previous clause's subject for "... and agreed".
 */
export function clauseSubject(tokens: SentenceToken[], t: number, depth = 0): SubjectInfo {
  // Several checks ask for the same subject of one sentence: the answers are kept with its token
  // list, and go with it.
  let subjects = subjectsByTokens.get(tokens)
  if (!subjects) subjectsByTokens.set(tokens, (subjects = new Map()))
  const key = t * 4 + depth
  let info = subjects.get(key)
  if (!info) subjects.set(key, (info = findSubject(tokens, t, depth)))
  return info
}

const subjectsByTokens = new WeakMap<SentenceToken[], Map<number, SubjectInfo>>()

function findSubject(tokens: SentenceToken[], t: number, depth: number): SubjectInfo {
  const bound = clauseBoundary(tokens, t)
  if (bound.kind === 'relative') {
    // "the offer, which the board rejected": the relative clause has its own subject.
    const own = npEnd(tokens, bound.start, t)
    let v = own
    while (v < t && (lexicon.auxiliary.has(tokens[v].lower) || lexicon.adverb.has(tokens[v].lower)))
      v++
    if (own > bound.start && v === t)
      return { ranges: [{ a: bound.start, b: own }], speaker: null, clauseStart: bound.start }
    // Otherwise the antecedent: "the Taliban, who have long refused", "X, of which it owns 25 pct, agreed".
    let k = bound.at
    if (k > 0 && PREPOSITION.has(tokens[k - 1].lower)) k--
    const ante = coordinatedLeft(tokens, k)
    return { ranges: ante ? [ante] : [], speaker: null, clauseStart: bound.start }
  }
  // "The banks that were invited": "that" right after a noun and before a verb opens a relative
  // clause whose subject is that noun's phrase.
  if (
    bound.kind === 'that' &&
    bound.at > 0 &&
    tokens[bound.at - 1].kind === 'w' &&
    !lexicon.speech.has(tokens[bound.at - 1].lower) &&
    !isVerbLike(tokens[bound.at - 1]) &&
    isNounLike(tokens[bound.at - 1]) &&
    (lexicon.auxiliary.has(tokens[bound.at + 1]?.lower ?? '') || isVerbLike(tokens[bound.at + 1]))
  ) {
    const ante = coordinatedLeft(tokens, bound.at)
    if (ante) return { ranges: [ante], speaker: null, clauseStart: bound.start }
  }
  const from = skipLead(tokens, bound.start, t)
  let speaker: TokenRange | null = null
  if (bound.kind === 'speech' || bound.kind === 'that') {
    // The reporting clause's subject: "X said (that) ..." or "X told reporters that ...".
    let s = bound.at
    if (bound.kind === 'that') {
      while (s > 0 && !lexicon.speech.has(tokens[s].lower)) s--
    }
    if (s >= 0 && lexicon.speech.has(tokens[s].lower) && depth < 2) {
      const sp = clauseSubject(tokens, s, depth + 1)
      speaker = sp.ranges[0] ?? null
    }
  }
  if (
    from >= t ||
    isVerbLike(tokens[from]) ||
    (tokens[from].kind === 'w' &&
      lexicon.adverb.has(tokens[from].lower) &&
      isVerbLike(tokens[from + 1]))
  ) {
    // No subject of its own ("... and agreed to stay"): share the previous clause's subject.
    // (A dash before it is crossed only from inside such a chain: "denied X - but refused".)
    if (
      (bound.kind === 'coord' ||
        (bound.kind === 'hard' && depth > 0 && /^[-–—]$/.test(tokens[bound.at].text))) &&
      bound.at > 0 &&
      depth < 2
    ) {
      const prev = clauseSubject(tokens, bound.at, depth + 1)
      // "X said the proposals were interesting, but declined to elaborate": after a comma, a
      // verb with no subject continues the reporting clause, so X declined ("X said staff are
      // unhappy but accepted it", without the comma, stays inside the report).
      if (prev.speaker && bound.kind === 'coord' && tokens[bound.at - 1]?.text === ',')
        return { ranges: [prev.speaker], speaker: null, clauseStart: bound.start }
      return { ranges: prev.ranges, speaker: prev.speaker, clauseStart: bound.start }
    }
    const fronted = frontedParticipleSubject(tokens, t)
    if (fronted) return { ranges: [fronted], speaker, clauseStart: bound.start }
    return { ranges: [], speaker, clauseStart: bound.start }
  }
  const end = npEnd(tokens, from, t)
  if (end <= from) return { ranges: [], speaker, clauseStart: bound.start }
  // "that they want 6m and Williams has rejected": when the clause's first phrase stops short
  // and a conjunction later opens a phrase running into the verb, that phrase is the subject.
  if (
    end < t &&
    (isVerbLike(tokens[t]) || lexicon.auxiliary.has(tokens[t]?.lower ?? '')) &&
    (isVerbLike(tokens[end]) ||
      (end - from === 1 && /^(?:he|she|it|they|we|i|you)$/.test(tokens[from].lower)))
  ) {
    for (let k = t - 1; k > end; k--) {
      if (!/^(?:and|but)$/.test(tokens[k].lower)) continue
      const own = npEnd(tokens, k + 1, t)
      let v = own
      while (
        v < t &&
        (lexicon.auxiliary.has(tokens[v].lower) || lexicon.adverb.has(tokens[v].lower))
      )
        v++
      if (own > k + 1 && v === t && tokens[k + 1].cap)
        return { ranges: [{ a: k + 1, b: own }], speaker, clauseStart: k + 1 }
      break
    }
  }
  const ranges: TokenRange[] = [{ a: from, b: end }]
  // A list before the verb: "Indonesia, Sri Lanka and the Seychelles accepted",
  // "India, along with China, Brazil and Russia, has been invited".
  if (tokens[end]?.text === ',') {
    const list = parseList(tokens, end, t)
    // "Two senators, Ruth Ames and Colin Park, were invited": a plural description named by the
    // list in apposition is those names, not one party more.
    if (
      list &&
      !tokens.slice(from, end).some((x) => x.cap && x !== tokens[from]) &&
      /s$/.test(tokens[end - 1].lower) &&
      list.every((r) => tokens[r.a].cap) &&
      tokens[list[list.length - 1].b]?.text === ','
    )
      ranges.splice(0, 1, ...list)
    else if (list) ranges.push(...list)
    else {
      // "..., east London, Mr Galloway said": a name running straight into the verb is the
      // subject; one closed by another comma ("Hal Richards, president, could") is an apposition.
      const s2 = end + 1
      const e2 = s2 < t ? npEnd(tokens, s2, t) : s2
      let v = e2
      while (
        v < t &&
        (lexicon.auxiliary.has(tokens[v].lower) || lexicon.adverb.has(tokens[v].lower))
      )
        v++
      if (e2 > s2 && v === t && tokens[s2].cap) ranges[0] = { a: s2, b: e2 }
      // "its chief executive, Leo Brandt, declined", "Acme's chairman, Ann Fell, declined": a
      // role (a phrase headed by a common noun) is named by the apposition after it.
      else if (
        e2 > s2 &&
        tokens[e2]?.text === ',' &&
        (/^(?:its|his|her|their)$/i.test(tokens[from].text) ||
          (!tokens[end - 1].cap &&
            tokens.slice(from, end - 1).some((x) => /['’]s?$/.test(x.text) || x.text === "'s")) ||
          // "The director of the film, Vinod Pande, declined": a description of common nouns.
          (/^the$/i.test(tokens[from].text) &&
            end - from > 1 &&
            tokens.slice(from + 1, end).every((x) => !x.cap) &&
            e2 - s2 > 1)) &&
        tokens.slice(s2, e2).every((x) => x.cap) &&
        (() => {
          let v2 = e2 + 1
          while (
            v2 < t &&
            (lexicon.auxiliary.has(tokens[v2].lower) || lexicon.adverb.has(tokens[v2].lower))
          )
            v2++
          return v2 === t
        })()
      )
        ranges[0] = { a: s2, b: e2 }
      // "Dana Cole, a spokeswoman for Larkspur Media, declined": the employer is the party.
      else if (
        e2 > s2 &&
        tokens[e2]?.text === ',' &&
        tokens
          .slice(s2, e2)
          .some((x) => /^(?:spokes(?:man|woman|person)|representative|aide)$/.test(x.lower)) &&
        tokens.slice(s2, e2).some((x) => x.cap)
      ) {
        let v2 = e2 + 1
        while (
          v2 < t &&
          (lexicon.auxiliary.has(tokens[v2].lower) || lexicon.adverb.has(tokens[v2].lower))
        )
          v2++
        if (v2 === t) ranges[0] = { a: s2, b: e2 }
      }
    }
  }
  return { ranges, speaker, clauseStart: bound.start }
}

/** Parses ", NP, NP and NP" from a comma at `i` up to `t`; null when it is an apposition. */
function parseList(tokens: SentenceToken[], i: number, t: number): TokenRange[] | null {
  const out: TokenRange[] = []
  let k = i
  let sawAnd = false
  while (k < t && tokens[k].text === ',') {
    let s = k + 1
    if (tokens[s]?.lower === 'along' || tokens[s]?.lower === 'together') s += 2
    else if (tokens[s]?.lower === 'as' && tokens[s + 1]?.lower === 'well') s += 3
    else if (tokens[s]?.lower === 'including') s += 1
    if (tokens[s]?.lower === 'and') {
      sawAnd = true
      s++
    }
    if (s >= t) break
    const e = npEnd(tokens, s, t)
    if (e <= s) return null
    for (let q = s; q < e; q++) if (tokens[q].lower === 'and') sawAnd = true
    out.push({ a: s, b: e })
    k = e
  }
  // The list must run up to the verb group; otherwise the commas were an apposition.
  let v = k
  if (tokens[v]?.text === ',') v++
  while (v < t && (lexicon.auxiliary.has(tokens[v].lower) || lexicon.adverb.has(tokens[v].lower)))
    v++
  if (!sawAnd || v < t) return null
  return out
}

/** The object noun phrase starting at token `i` ("invited [the opposition Labour Party] to"). */
/**
 * The other members of a list after an object noun phrase: ", B, C and D" in "invited A, B, C and
 * D to subscribe". Only a list closed by "and" or "or" counts ("invited China, the US said" is
 * not one); a parenthesis inside a name ("Bank (Singapore) Ltd") is skipped.
 */
export function objectListAfter(tokens: SentenceToken[], r: TokenRange): TokenRange[] {
  const items: TokenRange[] = []
  let i = r.b
  while (i < tokens.length && items.length < 30) {
    if (tokens[i].text === '(') {
      let close = i + 1
      while (close < tokens.length && close - i < 8 && tokens[close].text !== ')') close++
      if (tokens[close]?.text !== ')') break
      i = close + 1
      // "Ltd" after the parenthesis still belongs to the name.
      while (i < tokens.length && tokens[i].cap && tokens[i].kind === 'w') i++
      continue
    }
    let k = i
    if (tokens[k]?.text === ',') k++
    const conj = tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or'
    if (conj) k++
    if (k === i) break
    const next = tokens[k]
    if (!next || !(next.cap || lexicon.determiner.has(next.lower))) break
    const np = objectPhrase(tokens, k)
    // Each member must be a party: a name, or a person or group noun ("no reply from NMIC and
    // the talks were ..." joins a clause, not a party).
    if (
      !np ||
      !(tokens.slice(np.a, np.b).some((x) => x.cap) || isPartyNoun(tokens[np.b - 1].lower))
    )
      break
    // In a comma list the last "and" joins the last two members ("Greenpeace, the WWF and local
    // fishermen"): the coordinator before the final conjunct, so split the item there.
    const inner = conj ? -1 : lastCoordinator(tokens, np)
    const party = (range: TokenRange) =>
      range.b > range.a &&
      (tokens.slice(range.a, range.b).some((x) => x.cap) || isPartyNoun(tokens[range.b - 1].lower))
    if (inner > np.a && tokens[i]?.text === ',') {
      const left = { a: np.a, b: inner }
      const right = { a: inner + 1, b: np.b }
      // Firm names keep their "and" ("N.M. Rothschild and Sons", "Smith and Co").
      const firmTail = right.b - right.a === 1 && FIRM_NAME_TAIL.test(tokens[right.a].lower)
      if (party(left) && party(right) && !firmTail) {
        items.push(left, right)
        return items
      }
    }
    items.push(np)
    i = np.b
    // The last item may have taken the "and" in ("Bank of Leith and Marlow Capital").
    if (conj || inner >= 0) return items
  }
  return []
}

/** Words that end a firm's name after "and": "and Sons", "and Co", "and Partners". */
const FIRM_NAME_TAIL = /^(?:sons|co|company|partners|associates|brothers|bros|daughters)\.?$/

/** The last "and" or "or" inside a range, or -1. */
function lastCoordinator(tokens: SentenceToken[], range: TokenRange): number {
  for (let k = range.b - 1; k > range.a; k--)
    if (tokens[k].lower === 'and' || tokens[k].lower === 'or') return k
  return -1
}

export function objectPhrase(tokens: SentenceToken[], i: number): TokenRange | null {
  let a = i
  while (a < tokens.length && (QUOTE.test(tokens[a].text) || tokens[a].lower === 'both')) a++
  // "rejected by one of the party's longest-serving MPs": the party is the "of" phrase.
  if (tokens[a]?.lower === 'one' && tokens[a + 1]?.lower === 'of') a += 2
  if (a >= tokens.length) return null
  const e = npEnd(tokens, a)
  return e > a ? { a, b: e } : null
}

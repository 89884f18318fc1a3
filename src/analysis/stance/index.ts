/**
 * @module
 * Stance events: who was invited, and who accepted, declined or did not respond, with the
 * sentence and offsets as evidence. Sentences pass one cheap cue test first; the rule engine
 * (`detect.ts`) runs only on the few that do. Pronouns and "the company" are resolved to the last
 * named actor of the right kind, aliases are merged (Beijing -> China), and each distinct
 * (label, actor) pair counts once per text, as the newsroom question is "who", not "how often".
 *
 * Counting: `counts` and `events` hold one event per (label, party); a party nobody names counts
 * once per sentence. `actors[].evidence` keeps every mention, repeats included.
 *
 * Resolution order for "it", "he", "the company": the speaker of "X said it ...", an event
 * earlier in the same sentence (the invitee first: "invited China ... they"), the last name
 * before the cue, the previous sentence's quoted person or subject, events of the two sentences
 * before. "He" and "she" keep to the party they first resolved to.
 */
import { ACTOR_ALIASES } from '../lexicons/actor-aliases'
import { NOT_NAME_WORDS } from '../lexicons/capitalised-words'
import { lexemes } from '../text/lexeme'
import type { Stance, StanceActor, StanceEvent, StanceLabel, Tokens } from '../types'
import { actorKey, canonicalActor, readMention, sameActor } from './actors'
import { detectInSentence, type RawEvent } from './detect'
import { stanceHintBits, type HintBits } from './gates'
import { STANCE_PREFILTER } from './rules'

export { STANCE_RULES_VERSION } from './rules'
export { canonicalActor } from './actors'

interface Resolved {
  event: StanceEvent
  sentence: number
  /** Index into the actor groups, or -1 for an unnamed party. */
  group: number
}

interface Group {
  keys: string[]
  name: string
  /** Set once "he" or "she" has resolved to this party (or a title says it), so the other pronoun skips it. */
  gender?: 'he' | 'she'
}

const BARE_SPOKES =
  /^(?:the\s+|a\s+|an\s+)?(?:spokes(?:man|woman|person|men|women|people)|officials?|sources?|aides?|representatives?|press officer)$/i
// Regular expressions with `\p{…}` live at module level: esbuild, targeting Node, rewrites such a
// literal into `new RegExp(…)`, which inside a function would build it anew on every call.
const OPENING_NAME =
  /^(?:The\s+)?([A-Z][\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|de|for|and|&)\s+)?[A-Z][\p{L}\p{N}'’&.-]*)*)/u
const QUOTED_PERSON =
  /(?:,|\bsaid|\bsays|\badded)\s+([A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+)+),?(?:\s+(?:said|says|added|told\s+\w+))?\.?["”]?$/u
/** Names that end like an organisation's ("Defense Department", "Democratic Union"), not a person's. */
const ORGANISATION_END =
  /\b(?:Department|Ministry|Union|Party|Bank|Corp|Corporation|Inc|Ltd|Group|Council|Committee|Commission|Agency|Authority|Office|Board|Association|Federation|Institute|Trust|Company|Co)\.?$/

/** A sentence opening "A Wendy's spokesman", "The ministry's spokeswoman": the organisation. */
const SPOKES_OPENING =
  /^(?:An?|The)\s+([A-Z][\p{L}\p{N}&.-]*(?:['’][\p{L}]+)?(?:\s+[A-Z][\p{L}\p{N}&.-]*)*?)(?:['’]s?)?\s+(?:spokes(?:man|woman|person)|official|executive|representative)\b/u
/** A sentence opening "A spokesman for Larkspur Media": the organisation. */
const SPOKES_FOR_OPENING =
  /^(?:An?|The)\s+(?:spokes(?:man|woman|person)|official|executive|representative)\s+(?:for|at|of|with)\s+(?:the\s+)?([A-Z][\p{L}\p{N}'’&.-]*(?:\s+[A-Z][\p{L}\p{N}'’&.-]*)*)/u
/** A sentence-opening prepositional or temporal adjunct up to its comma ("In October 2004, "). */
const OPENING_ADJUNCT =
  /^(?:In|On|At|After|Before|By|During|Since|Until|Under|For|From|With|Without|Last|Earlier|Later|Meanwhile|However|Separately|Also|Yesterday|Today)\b[^,.;:]{0,60},\s*/
/** Text ending in "an offer from ", "a bid by the ": a proposer's name follows. */
const OFFER_FROM =
  /\b(?:offers?|bids?|approach(?:es)?|proposals?|overtures?|invitations?)\s+(?:\S+\s+){0,2}?(?:from|by)\s+(?:the\s+)?$/i
/** A name with a personal title: one person, never "it" or "they". */
const TITLED_PERSON = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s/
const TWO_NAMES = /(?:^|^(?:[a-z-]+\s+)+)[A-Z][\p{L}'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\p{L}'’-]+$/u
const NAME_SPAN =
  /\b[A-Z][\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|de|del|for|and|&)\s+)?[A-Z][\p{L}\p{N}'’&.-]*)*/gu

/**
 * Finds stance events in tokenized clean text.
 *
 * @example
 * detectStance(tokenize('The US invited China to join. Beijing did not respond.')).counts
 * // { invited: 1, accepted: 0, declined: 0, noResponse: 1 }
 */
export function detectStance(tokens: Tokens): Stance {
  const { text } = tokens
  const groups: Group[] = []
  const resolved: Resolved[] = []
  for (let i = 0; i < tokens.sentences.length; i++) {
    const s = tokens.sentences[i]
    const cue = cueIn(tokens.words, s.firstWord, s.endWord)
    if (cue === 0) continue
    const sentence = text.slice(s.start, s.end)
    if (cue === 1 && !OTHER_CUES.test(sentence)) continue
    const hints = hintBits(tokens.words, s.firstWord, s.endWord)
    const raws = sentenceEvents(sentence, hints).sort((a, b) => a.start - b.start)
    for (const raw of raws) {
      // "Greece and Turkey were invited. Both declined.": "they" or "both" with no party in
      // its own sentence stands for every party of the last sentence that had several.
      const several =
        raw.mention?.kind === 'pronoun' && raw.mention.name === 'they'
          ? severalParties(resolved, i, raw.start, tokens)
          : []
      if (several.length > 1) {
        for (const group of several)
          resolved.push({
            event: eventOf(raw, groups[group].name, sentence, s.start),
            sentence: i,
            group,
          })
        continue
      }
      const name = resolve(raw, i, tokens, resolved, groups)
      const group = name ? groupOf(groups, name) : -1
      const pronoun = raw.mention?.kind === 'pronoun' ? raw.mention.name : ''
      if (group >= 0 && (pronoun === 'he' || pronoun === 'she')) groups[group].gender ??= pronoun
      if (group >= 0 && /^(?:Mr|Sir|Lord)\b/.test(name ?? '')) groups[group].gender ??= 'he'
      if (group >= 0 && /^(?:Mrs|Ms|Miss|Lady)\b/.test(name ?? '')) groups[group].gender ??= 'she'
      const event = eventOf(raw, group >= 0 ? groups[group].name : null, sentence, s.start)
      resolved.push({ event, sentence: i, group })
    }
    addNorParty(sentence, s.start, i, resolved, groups)
  }
  return summarize(resolved, groups)
}

/**
 * {@link STANCE_PREFILTER} asked of one word: the word may hold one of its cues, or ends in the
 * first word of a two-word cue ("yet" of "yet to"). Every letter of a sentence lies in one of its
 * words, so a sentence none of whose words passes cannot match the prefilter. (An alternative that
 * is not plain words would be left empty here, passing every word.)
 */
const WORD_CUE = new RegExp(
  STANCE_PREFILTER.source
    .split('|')
    .map((cue) =>
      !/^[a-z]+(?: [a-z]+)*$/.test(cue)
        ? ''
        : cue.includes(' ')
          ? `${cue.slice(0, cue.indexOf(' '))}$`
          : cue,
    )
    .join('|'),
  'i',
)

/**
 * The prefilter's one-word cues. A word as written that matches them is a stretch of the sentence
 * that does, so its sentence passes the prefilter without asking it.
 */
const WHOLE_CUE = new RegExp(
  STANCE_PREFILTER.source
    .split('|')
    .filter((cue) => /^[a-z]+$/.test(cue))
    .join('|'),
  'i',
)

/**
 * The rest of the prefilter ("yet to", "take part"): all a sentence can still match when none of
 * its words holds a one-word cue, as each match of those lies within one word.
 */
const OTHER_CUES = new RegExp(
  STANCE_PREFILTER.source
    .split('|')
    .filter((cue) => !/^[a-z]+$/.test(cue))
    .join('|'),
  'i',
)

/**
 * Whether the words of `words[from, to)` hold a prefilter cue (`2`), may hold one so the sentence
 * must be asked (`1`), or cannot (`0`); the verdict is cached per spelling.
 */
const cueVerdicts = lexemes.cache<0 | 1 | 2>('stance.cueVerdicts')

function cueIn(words: Tokens['words'], from: number, to: number): 0 | 1 | 2 {
  let found: 0 | 1 = 0
  for (let i = from; i < to; i++) {
    const lexeme = words[i].lexeme
    const cue =
      cueVerdicts.get(lexeme) ??
      cueVerdicts.set(lexeme, WHOLE_CUE.test(lexeme.text) ? 2 : WORD_CUE.test(lexeme.lower) ? 1 : 0)
    if (cue === 2) return 2
    if (cue === 1) found = 1
  }
  return found
}

/** The rule hints the words of `words[from, to)` may satisfy (see {@link stanceHintBits}), cached per spelling. */
const hintBitsOfWords = lexemes.cache<HintBits>('stance.hintBits')

function hintBits(words: Tokens['words'], from: number, to: number): HintBits {
  let low = 0
  let high = 0
  for (let i = from; i < to; i++) {
    const lexeme = words[i].lexeme
    const bits =
      hintBitsOfWords.get(lexeme) ?? hintBitsOfWords.set(lexeme, stanceHintBits(lexeme.lower))
    low |= bits.low
    high |= bits.high
  }
  return { low, high }
}

const MAX_PIECE = 1200

/** The raw events of a sentence, a very long one taken piece by piece ({@link pieces}). */
function sentenceEvents(sentence: string, hints: HintBits): RawEvent[] {
  if (sentence.length <= MAX_PIECE) return detectInSentence(sentence, hints)
  const out: RawEvent[] = []
  for (const [offset, piece] of pieces(sentence)) {
    for (const r of detectInSentence(piece, hints))
      out.push(offset ? { ...r, start: r.start + offset, end: r.end + offset } : r)
  }
  return out
}

/**
 * A "sentence" with no full stop for thousands of characters (a scraped list, a run-on) is cut
 * at clause punctuation into pieces of bounded length, so the clause scans stay linear.
 */
function pieces(sentence: string): [number, string][] {
  const out: [number, string][] = []
  let start = 0
  while (start < sentence.length) {
    let end = Math.min(sentence.length, start + MAX_PIECE)
    if (end < sentence.length) {
      const window = sentence.slice(start + MAX_PIECE / 2, end)
      const cut = Math.max(
        window.lastIndexOf(';'),
        window.lastIndexOf(','),
        window.lastIndexOf(' '),
      )
      if (cut > 0) end = start + MAX_PIECE / 2 + cut + 1
    }
    out.push([start, sentence.slice(start, end)])
    start = end
  }
  return out
}

/** ", nor any officials of the Philippines." closing a sentence: one more party, by ellipsis. */
const NOR_PARTY =
  /,\s+nor\s+(?:(?:was|were|did|could|would|has|have|had)\s+)?(?:any\s+)?([^,;:]+?)[.!]?$/

/**
 * "Spokesmen for A were not available for comment, nor any officials of B": "nor" with no verb
 * of its own repeats the negated predicate before it (English ellipsis), so B gets the same
 * event as the last refusal or non-response of the sentence.
 */
function addNorParty(
  sentence: string,
  offset: number,
  sentenceIndex: number,
  resolved: Resolved[],
  groups: Group[],
): void {
  const match = NOR_PARTY.exec(sentence)
  if (!match) return
  const at = match.index
  let last: Resolved | undefined
  for (const r of resolved)
    if (
      r.sentence === sentenceIndex &&
      r.event.start - offset < at &&
      (r.event.label === 'noResponse' || r.event.label === 'declined')
    )
      last = r
  if (!last) return
  const mention = readMention(match[1])
  if (mention.kind !== 'name' || !/^[A-Z]/.test(mention.name)) return
  const start = offset + sentence.indexOf(match[1], at)
  const group = groupOf(groups, mention.name)
  resolved.push({
    event: {
      ...last.event,
      actor: groups[group].name,
      start,
      end: start + match[1].length,
      cue: 'nor',
      rule: `${last.event.rule}+nor`,
    },
    sentence: sentenceIndex,
    group,
  })
}

/** `{ party }` when the alias table maps a written name to another party ("Beijing" -> China). */
function partyOf(name: string): { party?: string } {
  const party = canonicalActor(name)
  // (canonicalActor also drops a leading "the": "the company" stands for no other party.)
  return party.toLowerCase() !== name.replace(/^the\s+/i, '').toLowerCase() ? { party } : {}
}

/** The event a raw match makes, with offsets into the whole text, for `actor`. */
function eventOf(
  raw: RawEvent,
  actor: string | null,
  sentence: string,
  offset: number,
): StanceEvent {
  return {
    label: raw.label,
    actor,
    sentence,
    start: offset + raw.start,
    end: offset + raw.end,
    cue: raw.cue,
    rule: raw.rule,
    ...(raw.cameo ? { cameo: raw.cameo } : {}),
  }
}

/** Finds or opens the actor group for a name (aliases and short forms meet in one group). */
function groupOf(groups: Group[], name: string): number {
  const key = actorKey(name)
  const idx = groups.findIndex((g) => g.keys.some((k) => sameActor(k, key)))
  if (idx >= 0) {
    if (!groups[idx].keys.includes(key)) groups[idx].keys.push(key)
    return idx
  }
  groups.push({ keys: [key], name })
  return groups.length - 1
}

/** The name an event's mention stands for, or null when it names nobody we can find. */
function resolve(
  raw: RawEvent,
  sentenceIndex: number,
  tokens: Tokens,
  done: Resolved[],
  groups: Group[],
): string | null {
  const m = raw.mention
  if (!m) return null
  if (m.kind === 'name') return m.name
  if (m.kind === 'speaker') return raw.speaker?.kind === 'name' ? raw.speaker.name : null
  if (m.kind === 'unnamed' && !BARE_SPOKES.test(m.name)) return m.name
  // "X said it ...": the pronoun is the speaker, resolved in turn if the speaker is "the company".
  // A generic noun ("the party") is not the person speaking ("its leader"), a pronoun may be.
  const sk = raw.speaker?.kind
  if (
    raw.speaker &&
    // "Its leader, Jan Kowal, said the party would not": a person speaks for the party, not as it.
    !(
      m.kind === 'generic' &&
      sk === 'name' &&
      personLike(raw.speaker.name) &&
      !ORGANISATION_END.test(raw.speaker.name)
    ) &&
    (sk === 'name' ||
      sk === 'generic' ||
      (m.kind === 'pronoun' && sk === 'unnamed' && !BARE_SPOKES.test(raw.speaker.name))) &&
    (m.kind === 'pronoun' || m.kind === 'generic')
  ) {
    return resolve(
      { ...raw, mention: raw.speaker, speaker: null },
      sentenceIndex,
      tokens,
      done,
      groups,
    )
  }
  // "The Transport Ministry proposed ... The ministry said": a definite description names the
  // nearest earlier name that has its head noun (within the three sentences before).
  if (m.kind === 'generic') {
    const named = nameWithHead(m.name, sentenceIndex, raw.start, tokens)
    if (named) return named
  }
  // Events already found in this sentence, then in the two before it (newest first).
  const recent: Resolved[] = []
  // (At most the last 40 events: a run-on text must not make this quadratic.)
  for (
    let k = done.length - 1;
    k >= Math.max(0, done.length - 40) && done[k].sentence >= sentenceIndex - 2;
    k--
  )
    if (done[k].group >= 0) recent.push(done[k])
  const sameSentence = recent.filter(
    (d) =>
      d.sentence === sentenceIndex &&
      d.event.start - tokens.sentences[sentenceIndex].start < raw.start,
  )
  // "A spokesman said he could not comment": "he" is the spokesman, so the party is his employer.
  const spokesPronoun = m.kind === 'pronoun' && !!raw.speaker && raw.speaker.kind !== 'name'
  const wantsPerson = m.wants === 'person' && !spokesPronoun
  const gender = m.name === 'he' || m.name === 'she' ? m.name : null
  // "it" and "they" do not stand for one titled person ("Mr Glazer"): number and gender agree.
  const wantsParty = m.kind === 'pronoun' && m.wants === 'party'
  const fits = (d: Resolved) =>
    (!wantsPerson || personLike(groups[d.group].name)) &&
    !(wantsParty && TITLED_PERSON.test(groups[d.group].name)) &&
    !(gender && groups[d.group].gender && groups[d.group].gender !== gender)
  const here =
    sameSentence.find((d) => d.event.label === 'invited' && fits(d)) ?? sameSentence.find(fits)
  if (here) return groups[here.group].name
  const first = raw.firstSubject
  if (
    m.kind === 'pronoun' &&
    first?.kind === 'name' &&
    !(wantsParty && TITLED_PERSON.test(first.name)) &&
    (!wantsPerson || personLike(first.name) || (gender !== null && surnameLike(first.name)))
  )
    return first.name
  // "Southland did not elaborate, and company officials could not be reached": "the company" is
  // the first clause's subject, when that is an organisation.
  if (m.kind === 'generic' && first?.kind === 'name' && !personLike(first.name)) return first.name
  const s = tokens.sentences[sentenceIndex]
  const before = tokens.text.slice(s.start, s.start + raw.start)
  // "She said ..., but she declined": the same pronoun earlier points where that one does, so
  // the name is one before its first use ("Wright told reporters he ..., but he declined"), not
  // one between ("... chosen Greenspan, but he").
  // (One use before the cue is the mention itself, whose antecedent this is no guide to.)
  const uses =
    m.kind === 'pronoun'
      ? [...before.matchAll(new RegExp(`\\b${m.name}\\b`, 'gi'))].map((use) => use.index)
      : []
  const named =
    uses.length === 1
      ? null
      : lastName(
          uses.length ? before.slice(0, uses[0]) : before,
          wantsPerson,
          m.kind === 'generic',
          tokens.text,
          wantsParty,
        )
  if (
    named &&
    m.kind !== 'unnamed' &&
    !(raw.speaker && raw.speaker.kind !== 'name' && m.kind === 'pronoun')
  )
    return named
  // "Kessler, 61, left in 2019. He did not return calls": the last sentence's subject first.
  if (wantsPerson && sentenceIndex > 0) {
    const p = tokens.sentences[sentenceIndex - 1]
    const previous = tokens.text.slice(p.start, p.end)
    const subject = firstPerson(previous, groups, gender)
    if (subject) return subject
    // "A Wendy's spokesman said ... He further declined": he is the spokesman, whose party is
    // the organisation he speaks for.
    const spokes = SPOKES_OPENING.exec(previous) ?? SPOKES_FOR_OPENING.exec(previous)
    if (spokes && !NOT_NAME_WORDS.has(spokes[1])) return readMention(spokes[1]).name
  }
  const earlier = recent.find((d) => d.sentence < sentenceIndex && fits(d))
  if (earlier) return groups[earlier.group].name
  // "Orbital Freight received a bid. The company said ...": the previous sentence's subject;
  // "Smith chaired the talks. He declined to comment": its first person-like name.
  if ((m.kind === 'generic' || m.kind === 'pronoun') && sentenceIndex > 0 && !spokesPronoun) {
    const p = tokens.sentences[sentenceIndex - 1]
    const prevText = tokens.text.slice(p.start, p.end)
    const subject = wantsPerson ? firstPerson(prevText) : firstName(prevText, tokens.text)
    if (subject && !(wantsParty && TITLED_PERSON.test(subject))) return subject
  }
  if (m.kind === 'generic') return m.name
  return null
}

/**
 * The parties of the latest earlier sentence (two back at most) that had several, when the
 * current sentence has none of its own before the pronoun.
 */
function severalParties(
  done: Resolved[],
  sentenceIndex: number,
  offset: number,
  tokens: Tokens,
): number[] {
  const sentence = tokens.sentences[sentenceIndex]
  const before = tokens.text.slice(sentence.start, sentence.start + offset)
  if (/\b[A-Z][\p{L}]+\b/u.test(before.replace(/^\W*\w+/, ''))) return []
  for (let k = sentenceIndex - 1; k >= Math.max(0, sentenceIndex - 2); k--) {
    const groupsThere = [
      ...new Set(done.filter((d) => d.sentence === k && d.group >= 0).map((d) => d.group)),
    ]
    if (groupsThere.length > 1) return groupsThere
    if (groupsThere.length === 1) return []
  }
  return []
}

/** The last capitalised name before `offset` (three sentences back at most) holding the head of `description`. */
function nameWithHead(
  description: string,
  sentenceIndex: number,
  offset: number,
  tokens: Tokens,
): string | null {
  const head = description
    .replace(/^(?:the|its|their)\s+/i, '')
    .split(/\s+/)
    .pop()
  if (!head || head.length < 3) return null
  const capital = head[0].toUpperCase() + head.slice(1).toLowerCase()
  let found: string | null = null
  // Sentence by sentence, so that no span runs across a full stop ("Monday. Company").
  for (let k = Math.max(0, sentenceIndex - 3); k <= sentenceIndex; k++) {
    const sentence = tokens.sentences[k]
    const end = k === sentenceIndex ? sentence.start + offset : sentence.end
    for (const match of tokens.text.slice(sentence.start, end).matchAll(NAME_SPAN)) {
      const span = match[0].replace(/^(?:The|A|An)\s+/, '').replace(/['’]s?$/, '')
      if (span !== capital && span.split(/\s+/).includes(capital)) found = span
    }
  }
  return found ? readMention(found).name : null
}

/** The last name-like capitalised span in a stretch of text. */
function lastName(
  text: string,
  person: boolean,
  organisation = false,
  doc = '',
  notTitled = false,
): string | null {
  let last: string | null = null
  for (const match of text.matchAll(NAME_SPAN)) {
    const span = match[0].replace(/^(?:The|A|An)\s+/, '').replace(/['’]s?$/, '')
    if (NOT_NAME_WORDS.has(span) || span.length < 2) continue
    // "Officials at the ministry ...": a lone sentence-initial capital is usually a common noun.
    if (match.index === 0 && !/\s/.test(span) && !midSentenceCapital(span, doc)) continue
    if (person && !personLike(span)) continue
    // "the party", "the company" name an organisation, not the person quoted.
    if (organisation && personLike(span)) continue
    if (notTitled && TITLED_PERSON.test(span)) continue
    // "An offer from Vestel, which the board rejected": who made an offer does not answer it.
    if (OFFER_FROM.test(text.slice(Math.max(0, match.index - 40), match.index))) continue
    last = readMention(span).name
  }
  return last
}

/** The name-like span opening a sentence: usually its subject. */
function firstName(text: string, doc = ''): string | null {
  // "In October 2004, Manchester United said ...": an opening prepositional adjunct is not the
  // subject, which follows its comma.
  const adjunct = OPENING_ADJUNCT.exec(text)
  if (adjunct) text = text.slice(adjunct[0].length)
  const m = OPENING_NAME.exec(text)
  if (!m || NOT_NAME_WORDS.has(m[1])) return null
  // A lone capitalised word opening a sentence ("Talks stalled") is a name only if the text
  // also capitalises it mid-sentence.
  if (!/\s/.test(m[1]) && doc && !midSentenceCapital(m[1], doc)) return null
  const span = m[1].replace(/['’]s?$/, '')
  return readMention(span).name
}

/**
 * The first person-like name in a sentence (titles and two-word names), or a bare surname
 * opening it that names a person already seen ("Kessler, 61, left ..."); skips other genders.
 */
function firstPerson(
  text: string,
  groups: Group[] = [],
  gender: 'he' | 'she' | null = null,
): string | null {
  // "..., the lawyer, Anne Ruiz, said. She declined": the person quoted last is the likeliest.
  const quoted = QUOTED_PERSON.exec(text.trim())
  if (quoted && personLike(quoted[1])) {
    const known = groups.find((g) => g.keys.some((k) => sameActor(k, actorKey(quoted[1]))))
    if (!(known && gender && known.gender && known.gender !== gender))
      return readMention(quoted[1]).name
  }
  for (const match of text.matchAll(NAME_SPAN)) {
    const span = match[0].replace(/^(?:The|A|An)\s+/, '').replace(/['’]s?$/, '')
    if (NOT_NAME_WORDS.has(span)) continue
    const key = actorKey(span)
    const known = groups.find((g) => g.keys.some((k) => sameActor(k, key)))
    if (known && gender && known.gender && known.gender !== gender) continue
    if (personLike(span) || (known && personLike(known.name) && match.index === 0))
      return readMention(span).name
  }
  return null
}

/** Whether a word also appears capitalised after a lower-case word or comma somewhere in the text. */
function midSentenceCapital(word: string, doc: string): boolean {
  if (!doc) return true
  return new RegExp(`[\\p{Ll},;] ${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(doc)
}

/**
 * A lone capitalised word that may be a person's surname ("Jones said he ..."): not a known
 * place or organisation, nor an organisation's ending. Only "he" or "she" take one as antecedent.
 */
function surnameLike(name: string): boolean {
  return (
    /^\p{Lu}[\p{Ll}'’-]+$/u.test(name) &&
    !NOT_NAME_WORDS.has(name) &&
    ACTOR_ALIASES[name.toLowerCase()] === undefined &&
    !ORGANISATION_END.test(name) &&
    !personLike(name)
  )
}

/** Two or more capitalised words, or a title and a name: probably a person. */
function personLike(name: string): boolean {
  if (
    /\b(?:Inc|Corp|Co|Ltd|PLC|Group|Bank|Party|Union|Ministry|Council|Committee|Association|Federation|Airlines?|Motors)\b/.test(
      name,
    )
  )
    return false
  return (
    /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|President|Minister|Chancellor|Senator|Sen|Gov|Governor|Secretary|Chairman|Chairwoman|King|Queen|Prince|Judge|General|Gen)\.?\s+[A-Z]/.test(
      name,
    ) || TWO_NAMES.test(name)
  )
}

function summarize(resolved: Resolved[], groups: Group[]): Stance {
  const counts = { invited: 0, accepted: 0, declined: 0, noResponse: 0 }
  const actors = new Map<number, StanceActor>()
  const seen = new Set<string>()
  const events: StanceEvent[] = []
  for (const r of resolved) {
    const e = r.event
    // One event per distinct party and label; an unnamed party counts once per sentence.
    const key = r.group >= 0 ? `${e.label}:${r.group}` : `${e.label}:s${r.sentence}`
    const first = !seen.has(key)
    seen.add(key)
    if (first) {
      counts[e.label]++
      events.push(e)
    }
    if (r.group < 0) continue
    let a = actors.get(r.group)
    if (!a)
      actors.set(
        r.group,
        (a = {
          actor: groups[r.group].name,
          ...partyOf(groups[r.group].name),
          invited: 0,
          accepted: 0,
          declined: 0,
          noResponse: 0,
          evidence: [],
        }),
      )
    if (first) a[e.label as StanceLabel]++
    a.evidence.push(e)
  }
  return { counts, actors: [...actors.values()], events }
}

/**
 * @module
 * Actor mentions: from a raw noun phrase to the party it names. Strips determiners, tickers and
 * spokesperson wrappers ("A spokesman for Apple" -> Apple), maps metonyms and demonyms through the
 * alias table (Beijing -> China), and tells names from pronouns and generic descriptions that need
 * an antecedent ("it", "the company").
 */
import { ACTOR_ALIASES } from '../lexicons/actor-aliases'
import { STANCE_LEXICON } from './lexicon'

/** How a mention refers: by name, by pronoun, by a generic description, or by a speaker's "I/we". */
export type MentionKind = 'name' | 'pronoun' | 'generic' | 'speaker' | 'unnamed'

export interface Mention {
  /** Display form: the cleaned phrase, or the canonical name for aliases. */
  name: string
  kind: MentionKind
  /** For pronouns: whether a person (he/she) or a party (it/they) is wanted. */
  wants?: 'person' | 'party'
}

const TIME_TAIL =
  /\s+(?:(?:last|this|next|early|late)\s+(?:week|month|year|night|weekend|spring|summer|autumn|winter)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|tonight|earlier)$/i
const PRONOUN = /^(?:[Hh]e|him|[Ss]he|[Hh]er|[Ii]t|[Tt]hey|them|[Ii]ts|[Tt]heir)$/
// Case-sensitive: "US" is a country, "us" a speaker.
const SPEAKER = /^(?:I|[Ww]e|us|me)$/
const GENERIC =
  /^(?:the\s+|its\s+|their\s+)?(?:company|firm|group|ministry|bank|corporation|carrier|airline|agency|department|club|party|board|team|network|exchange|insurer|lender|retailer|automaker|utility|bidder|buyer|seller|administration|authority|commission|committee|embassy|spokes(?:man|woman|person|men|people)|official|officials|source|sources|aide|representative|executive|executives)$/i
// People who speak for a principal: spokespeople, officials, and lawyers or agents ("a lawyer for
// Novak" is Novak's answer).
const SPOKES = String.raw`(?:spokes(?:man|woman|person|men|women|people)|representatives?|reps?|official|officials|source|sources|aide|press\s+officer|lawyers?|attorneys?|agents?|advisers?)`
// With "of" or "for", also those who act for a group ("leaders of the G7", "members of the
// opposition"); before a name they are parties themselves ("opposition leaders").
const WRAPPER_FOR = new RegExp(
  String.raw`^(?:an?\s+|the\s+|one\s+)?(?:\w+\s+)?(?:${SPOKES}|leaders|members|delegates|envoys|negotiators)\s+(?:for|at|of|with|from|to|in)\s+(?:the\s+)?(.+)$`,
  'i',
)
const WRAPPER_PRE = new RegExp(
  String.raw`^(?:an?\s+|the\s+|one\s+)?(.+?)(?:['’]s?)?\s+${SPOKES}(?:\s+[A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+)*)?$`,
  'u',
)
// Regular expressions with `\p{…}` live at module level: esbuild, targeting Node, rewrites such a
// literal into `new RegExp(…)`, which inside a function would build it anew on every call.
const DOTTED_END = /(?<=(?:^|\s)(?:\p{L}\.)+\p{L})$/u
const ROLE_HOLDER =
  /^(?:its|his|her|their|our|my)\s+(?:[a-z-]+\s+)+([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*)+)$/u
const PLACE_AFTER = /\s+(?:at|in|from)\s+(?:the\s+)?\p{Ll}.*$/u
const STAFF = String.raw`(?:management|board(?:\s+of\s+directors)?|directors|executives|lawyers|attorneys|press\s+(?:office|team)|communications\s+(?:office|team|department)|offices?|headquarters)`
const ORGANISATION_STAFF = new RegExp(
  String.raw`^(?:the\s+)?([A-Z][\p{L}\p{N}&.\s-]*?)['’]s?\s+${STAFF}$`,
  'u',
)
// "the company's executives", "the ministry's press office": the organisation, named earlier.
const GENERIC_STAFF = new RegExp(
  String.raw`^(?:the\s+|its\s+|their\s+)?(\p{Ll}+)['’]s?\s+${STAFF}$`,
  'u',
)
// "the board of Borex", "the management of Acme": the organisation itself.
const STAFF_OF =
  /^(?:the\s+)?(?:management|board(?:\s+of\s+directors)?|directors|executives|shareholders)\s+(?:of|at)\s+([A-Z][\p{L}\p{N}&.\s-]*)$/u
const NOT_KEY = /[^\p{L}\p{N}& ]+/gu
const PARTITIVE =
  /^(?:(?:around|nearly|almost|roughly|approximately|over|under|more\s+than|at\s+least)\s+)?(?:\d[\d.,]*\s*(?:pct|percent|per\s+cent|%)?|half|most|many|a\s+majority|the\s+majority|a\s+third|a\s+quarter|a\s+number|a\s+handful)\s+of\s+(?:the\s+|its\s+|their\s+)?(?=\S)/i
const CORP_SUFFIX =
  /\s+(?:inc|corp|corporation|co|ltd|plc|llc|ag|sa|nv|group|holdings|company|cos)\.?$/i

/**
 * Cleans a raw noun phrase and classifies it.
 *
 * @example
 * readMention('A spokesman for Apple') // { name: 'Apple', kind: 'name' }
 * readMention('Beijing') // { name: 'China', kind: 'name' }
 * readMention('they') // { name: 'they', kind: 'pronoun', wants: 'party' }
 */
export function readMention(raw: string): Mention {
  let s = raw
    .replace(/<[^>]*>/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/["“”‘«»]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:both|all|about|some|even|only|also)\s+/i, '')
    // "80 pct of the creditors", "half of the members", "a majority of shareholders": the
    // share stands for the party it is part of.
    .replace(PARTITIVE, '')
    // "Delta Freight for comment": the purpose phrase is no part of the name.
    .replace(/\s+for\s+(?:a\s+|further\s+|immediate\s+)?comments?$/i, '')
    // "the board last month", "the union on Monday": a time adjunct is no part of it either.
    .replace(TIME_TAIL, '')
    .replace(/[,.;:'’-]+$/, '')
    .trim()
    // "U.S." lost its last period above; dotted acronyms keep it.
    .replace(DOTTED_END, '.')
  // "Both declined": a plural pronoun.
  if (/^(?:both|both of them)$/i.test(s)) return { name: 'they', kind: 'pronoun', wants: 'party' }
  if (PRONOUN.test(s))
    return {
      name: s.toLowerCase(),
      kind: 'pronoun',
      wants: /^(?:he|him|she|her)$/i.test(s) ? 'person' : 'party',
    }
  if (SPEAKER.test(s)) return { name: s.toLowerCase(), kind: 'speaker' }
  // "its chairman Nicholas Brady": the named holder of the role.
  const holder = ROLE_HOLDER.exec(s)
  if (holder) s = holder[1]
  // "Its leader", "his lawyer": a role whose holder is not named here.
  else if (/^(?:its|his|her|their|our|my)\s/i.test(s) && !GENERIC.test(s))
    return { name: s, kind: 'unnamed' }
  // Spokespeople speak for their organisation: the organisation is the party.
  const forMatch = WRAPPER_FOR.exec(s)
  const named = (x: string | undefined) =>
    !!x &&
    /^[A-Z]/.test(x) &&
    !/^(?:an?|the|one|our|their|its|his|her)$/i.test(x) &&
    // "Company officials" opening a sentence: a capitalised common noun, not a name.
    !GENERIC.test(x)
  // "an Airbus spokeswoman at the company's Toulouse offices": the name before the title wins over a place.
  const pre = WRAPPER_PRE.exec(s.replace(PLACE_AFTER, ''))
  if (pre && named(pre[1])) s = pre[1]
  else if (pre && GENERIC.test(pre[1]))
    // "company spokesmen", "ministry officials": they speak for "the company", named earlier.
    return { name: `the ${pre[1].replace(/^the\s+/i, '').toLowerCase()}`, kind: 'generic' }
  else if (forMatch && named(forMatch[1])) s = forMatch[1]
  else if (forMatch) {
    // "a spokesman for the airline" speaks for "the airline", which may need an antecedent;
    // "representatives of both unions" for "both unions".
    const org = STANCE_LEXICON.quantifier.has(forMatch[1].split(' ')[0].toLowerCase())
      ? forMatch[1]
      : `the ${forMatch[1].replace(/^the\s+/i, '')}`
    return { name: org, kind: GENERIC.test(org) ? 'generic' : 'unnamed' }
  } else if (pre || GENERIC.test(s))
    return {
      name: s.replace(/^(?:an?|one)\s+/i, ''),
      kind: GENERIC.test(s) ? 'generic' : 'unnamed',
    }
  const staff = GENERIC_STAFF.exec(s)
  if (staff && GENERIC.test(staff[1])) return { name: `the ${staff[1]}`, kind: 'generic' }
  s = s
    .replace(/^(?:an?|one)\s+/i, '')
    .replace(/['’]s$/, '')
    .trim()
  // "Harbor's management", "the bank's lawyers" act for the organisation itself.
  const part = ORGANISATION_STAFF.exec(s) ?? STAFF_OF.exec(s)
  if (part) s = part[1].trim()
  return { name: writtenActor(s), kind: 'name' }
}

/** A mention as written, less a leading "the" and a possessive ending ("the Kremlin's" -> "Kremlin"). */
function writtenActor(mention: string): string {
  return mention
    .replace(/^the\s+/i, '')
    .replace(/['’]s?$/, '')
    .trim()
}

/**
 * Maps a whole mention to its canonical actor name when it is a known alias.
 *
 * @example
 * canonicalActor('the Kremlin') // 'Russia'
 * canonicalActor('Merrill Lynch officials') // 'Merrill Lynch officials'
 */
export function canonicalActor(mention: string): string {
  const bare = mention
    .replace(/^the\s+/i, '')
    .replace(/['’]s?$/, '')
    .trim()
  return ALIASES.get(mention.toLowerCase()) ?? ALIASES.get(bare.toLowerCase()) ?? bare
}

/**
 * {@link ACTOR_ALIASES} as a Map, in which a freshly made string is found far faster than among
 * an object's properties. It answers as the object does, inherited names ("constructor") included.
 */
const ALIASES: ReadonlyMap<string, string> = (() => {
  const aliases = new Map<string, string>()
  for (let o: object | null = ACTOR_ALIASES; o; o = Object.getPrototypeOf(o)) {
    for (const key of Object.getOwnPropertyNames(o))
      if (!aliases.has(key)) aliases.set(key, ACTOR_ALIASES[key])
  }
  return aliases
})()

/**
 * A key under which two names of one party meet: lower case, no corporate suffix, no title.
 *
 * @example
 * actorKey('USAir Group Inc') === actorKey('USAir') // true
 */
export function actorKey(name: string): string {
  let k = canonicalActor(name)
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(NOT_KEY, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  for (let i = 0; i < 2; i++) k = k.replace(CORP_SUFFIX, '')
  return k
    .replace(
      /^(?:mr|mrs|ms|dr|sir|lord|president|minister|chairman|chief|senator|sen|rep|gov|governor|secretary)\s+/,
      '',
    )
    .trim()
}

/**
 * Whether two keys name the same party: equal, one a leading part of the other ("purolator" /
 * "purolator courier"), or a surname against a full name ("lyng" / "richard lyng").
 */
export function sameActor(a: string, b: string): boolean {
  if (a === b) return true
  const aShorter = a.length <= b.length
  const s = aShorter ? a : b
  const l = aShorter ? b : a
  // Most pairs differ already in the short key's first word (no arrays made to find that out).
  const space = s.indexOf(' ')
  if (s.length < 3 || !l.includes(space < 0 ? s : s.slice(0, space))) return false
  const sw = s.split(' ')
  const lw = l.split(' ')
  if (sw.length >= lw.length) return false
  if (sw.every((w, i) => lw[i] === w)) return true
  return sw.length === 1 && lw[lw.length - 1] === s && /^[a-z]/.test(s)
}

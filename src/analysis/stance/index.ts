/**
 * @module
 * Stance events: who was invited, and who accepted, declined or did not respond, found by cue
 * patterns over each sentence of the clean text, with actors resolved through aliases.
 */
import { ACTOR_ALIASES } from '../lexicons/actor-aliases'
import type { Stance, StanceActor, StanceEvent, StanceLabel, Tokens } from '../types'

// A named actor: a run of capitalised words (with inner "of", "for", "and"), or a dotted acronym.
const NAME = String.raw`(?:(?:the\s+)?(?:[A-Z][\p{L}'’.-]*|U\.S\.|U\.K\.)(?:\s+(?:of|for|and|de)?\s*[A-Z][\p{L}'’.-]*)*)`
const PRONOUN = String.raw`(?:they|he|she|it|we)`
const SUBJECT = String.raw`(?<actor>${NAME}|${PRONOUN})`

interface Rule {
  label: StanceLabel
  cameo?: string
  pattern: RegExp
}

const rule = (label: StanceLabel, source: string, cameo?: string): Rule => ({ label, cameo, pattern: new RegExp(source, 'gu') })

const RULES: Rule[] = [
  rule('invited', String.raw`\b(?:invited|invites|invite|inviting)\s+(?<actor>${NAME}|them|him|her)\s+(?:to|for)\b`, '036'),
  rule('invited', String.raw`${SUBJECT}\s+(?:was|were|has been|have been|had been|is|are)\s+(?:also\s+)?invited\b`, '036'),
  rule('noResponse', String.raw`\b(?:received|got|had|has received|have received)\s+no\s+(?:response|reply|answer)\s+from\s+(?<actor>${NAME})`),
  rule('noResponse', String.raw`${SUBJECT}\s+(?:did|does|has|have)\s+not\s+(?:yet\s+|immediately\s+)?(?:respond|reply|responded|replied|returned?)\b`),
  rule('noResponse', String.raw`${SUBJECT}\s+(?:has|have)\s+(?:yet|still)\s+to\s+(?:respond|reply)\b`),
  rule('noResponse', String.raw`${SUBJECT}\s+could\s+not\s+(?:immediately\s+)?be\s+reached\b`),
  rule('noResponse', String.raw`\bno\s+indication\s+(?:at the moment\s+)?(?:that\s+)?(?<actor>${NAME}|${PRONOUN})\s+(?:will|would|is going to|are going to|plans? to)\s+(?:join|participate|attend|take part)`),
  rule('declined', String.raw`${SUBJECT}\s+(?:declined|refused)\s+to\s+(?:comment|join|attend|participate|take part|testify|respond)\b`, '011'),
  rule('declined', String.raw`${SUBJECT}\s+(?:rejected|turned down|declined)\s+(?:an?|the|their|its|his|her)\s+invitation\b`, '125'),
  rule('declined', String.raw`${SUBJECT}\s+(?:boycotted|will boycott|is boycotting)\b`, '125'),
  rule('declined', String.raw`${SUBJECT}\s+(?:had|has|have)\s+no\s+(?:immediate\s+)?comment\b`, '011'),
  rule('accepted', String.raw`${SUBJECT}\s+(?:accepted|has accepted|have accepted)\s+(?:an?|the|their|its|his|her)\s+invitation\b`, '036'),
  rule('accepted', String.raw`${SUBJECT}\s+(?:agreed|has agreed|have agreed)\s+to\s+(?:join|attend|participate|take part|talks|meet)\b`, '036'),
  rule('accepted', String.raw`${SUBJECT}\s+(?:will|would)\s+(?:attend|participate in|take part in|join)\b`, '036'),
  rule('accepted', String.raw`${SUBJECT}\s+confirmed\s+(?:its|their|his|her)\s+(?:participation|attendance)\b`, '036'),
]

const PRONOUNS = /^(?:they|them|he|him|she|her|it|we)$/i

/** Maps a raw mention to its canonical actor name. */
export function canonicalActor(mention: string): string {
  const bare = mention.replace(/^the\s+/i, '').replace(/['’]s$/, '').trim()
  return ACTOR_ALIASES[mention.toLowerCase()] ?? ACTOR_ALIASES[bare.toLowerCase()] ?? bare
}

/**
 * Finds stance events in tokenized clean text.
 *
 * @example
 * detectStance(tokenize('The US invited China to join. Beijing did not respond.')).counts
 * // { invited: 1, accepted: 0, declined: 0, noResponse: 1 }
 */
export function detectStance(tokens: Tokens): Stance {
  const events: StanceEvent[] = []
  let lastActor: string | null = null
  for (const s of tokens.sentences) {
    const sentence = tokens.text.slice(s.start, s.end)
    const found: StanceEvent[] = []
    for (const r of RULES) {
      r.pattern.lastIndex = 0
      for (const m of sentence.matchAll(r.pattern)) {
        const mention = m.groups?.actor ?? ''
        const actor = PRONOUNS.test(mention) ? lastActor : canonicalActor(mention)
        const start = s.start + m.index
        if (found.some((e) => e.label === r.label && e.actor === actor)) continue
        found.push({ label: r.label, actor, sentence, start, end: start + m[0].length, cue: m[0], ...(r.cameo ? { cameo: r.cameo } : {}) })
      }
    }
    events.push(...found)
    const named = found.find((e) => e.actor && e.label === 'invited')?.actor ?? lastNamedActor(sentence)
    if (named) lastActor = named
  }
  return summarize(events)
}

/** The last country-like or named actor mentioned in a sentence, for pronoun resolution. */
function lastNamedActor(sentence: string): string | null {
  let last: string | null = null
  for (const m of sentence.matchAll(/\b[A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+)*/gu)) {
    const canonical = ACTOR_ALIASES[m[0].toLowerCase()]
    if (canonical) last = canonical
  }
  return last
}

function summarize(events: StanceEvent[]): Stance {
  const counts = { invited: 0, accepted: 0, declined: 0, noResponse: 0 }
  const actors = new Map<string, StanceActor>()
  for (const e of events) {
    counts[e.label]++
    if (!e.actor) continue
    let a = actors.get(e.actor)
    if (!a) actors.set(e.actor, (a = { actor: e.actor, invited: 0, accepted: 0, declined: 0, noResponse: 0, evidence: [] }))
    a[e.label]++
    a.evidence.push(e)
  }
  return { counts, actors: [...actors.values()], events }
}

/**
 * @module
 * Lookups over the WordNet word classes in verb-classes.ts (generated data): "asked to <verb>"
 * is an invitation when the verb is social or communicative ("asked to join", "asked to
 * comment"), "agreed to <verb>" an acceptance unless the verb is a transaction ("agreed to buy"
 * is a deal), and a party is a noun that names a person or a group.
 */
import { PARTY_NOUNS, VERBS_BY_CLASS, type VerbClass } from './verb-classes'

export type { VerbClass }

const CLASS_OF = new Map<string, VerbClass>()
for (const [name, words] of Object.entries(VERBS_BY_CLASS) as [VerbClass, string][])
  for (const word of words.split(' ')) CLASS_OF.set(word, name)

const PARTY_NOUN_SET = new Set(PARTY_NOUNS.split(' '))

/**
 * The class of the verb's most frequent WordNet sense, when it is one of {@link VerbClass}.
 *
 * @example
 * verbClass('testify') // 'communication'
 */
export const verbClass = (lemma: string): VerbClass | undefined => CLASS_OF.get(lemma)

/**
 * Whether a noun (singular or a regular plural) most often names a person or a group
 * (WordNet noun.person, noun.group): "spokesmen", "officials", "union" are parties, "increases"
 * and "figures" are not.
 *
 * @example
 * isPartyNoun('spokesmen') // true
 */
export function isPartyNoun(word: string): boolean {
  const lower = word.toLowerCase()
  return (
    PARTY_NOUN_SET.has(lower) ||
    (lower.endsWith('men') && PARTY_NOUN_SET.has(lower.slice(0, -3) + 'man')) ||
    (lower.endsWith('ies') && PARTY_NOUN_SET.has(lower.slice(0, -3) + 'y')) ||
    (lower.endsWith('es') && PARTY_NOUN_SET.has(lower.slice(0, -2))) ||
    (lower.endsWith('s') && PARTY_NOUN_SET.has(lower.slice(0, -1)))
  )
}

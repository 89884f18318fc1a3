/**
 * @module
 * The one pipeline: clean, tokenize once, then every analysis reads the same tokens.
 */
import { cleanArticle } from './clean/index'
import { FNV_PRIME, fnv1a } from './hash'
import { detectLanguage } from './language'
import { scoreReadability } from './readability/index'
import { detectStance } from './stance/index'
import { extractKeywords } from './tags/keywords'
import { tagTopics } from './tags/topics'
import { tokenize } from './text/tokenize'
import type { AnalysisResult, ArticleInput, CleanResult, Tokens } from './types'
import { RULES_VERSION } from './version'

/** The parts of a result a caller can ask for; `analyze` computes only what is asked. */
export type AnalysisPart = 'clean' | 'readability' | 'keywords' | 'topics' | 'stance'

const ALL_PARTS: readonly AnalysisPart[] = ['clean', 'readability', 'keywords', 'topics', 'stance']

/**
 * Analyzes one article: cleans it, then scores readability, extracts keyphrases and topics and
 * counts stance events over one shared tokenization of the clean text.
 *
 * @param input - exactly one of `text` or `html`, plus optional title, id and options
 * @param parts - which analyses to run (default: all)
 * @param checkClean - called with the clean text before it is analyzed; may throw to refuse it
 * @returns the full result; parts not asked for are left empty
 *
 * @example
 * const result = analyze({ text: 'The United States invited China to join...' })
 * result.stance.counts.invited // 1
 */
export function analyze(
  input: ArticleInput,
  parts: readonly AnalysisPart[] = ALL_PARTS,
  checkClean?: (clean: CleanResult) => void,
): AnalysisResult {
  const options = input.options ?? {}
  const clean: CleanResult = cleanArticle(input)
  // The caller's chance to refuse before the costly part, e.g. a page with no text in it.
  checkClean?.(clean)
  const tokens: Tokens = tokenize(clean.text)
  const language = detectLanguage(tokens.words)
  const want = new Set(parts)

  // Counts feed `stats`, which every part reports, so readability is always scored.
  const { readability, stats } = scoreReadability(tokens, options, language)
  return {
    id: input.id ?? contentId(clean.text),
    version: RULES_VERSION,
    language,
    clean,
    stats,
    readability,
    keywords: want.has('keywords') ? extractKeywords(tokens, clean.title, options.maxKeywords) : [],
    topics: want.has('topics')
      ? tagTopics(tokens, clean.title, options.maxTopics, options.minTopicScore)
      : [],
    stance: want.has('stance')
      ? detectStance(tokens)
      : { counts: { invited: 0, accepted: 0, declined: 0, noResponse: 0 }, actors: [], events: [] },
  }
}

// The id's second half: FNV-1a from another basis with another odd multiplier. Ids already
// stored by callers depend on these.
const SECOND_BASIS = FNV_PRIME
const SECOND_PRIME = 0x85ebca77

/** A short, stable id from the clean text: two 32-bit FNV-1a hashes, 16 hex digits. */
export function contentId(text: string): string {
  const high = fnv1a(text)
  const low = fnv1a(text, SECOND_BASIS, SECOND_PRIME)
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0')
}

/**
 * @module
 * The shapes that flow through the analysis core. Plain data only: no runtime types.
 */
import type { Span } from './text/types'

export type { Lexeme, Paragraph, Sentence, Span, Tokens, Word } from './text/types'

/** What a caller hands to {@link analyze}: exactly one of `text` or `html`. */
export interface ArticleInput {
  text?: string
  html?: string
  title?: string
  url?: string
  id?: string
  options?: AnalyzeOptions
}

/** Tuning knobs; every field is optional and has a stated default. */
export interface AnalyzeOptions {
  /** Reproduce Python textstat 0.7.11 numbers instead of the published formulas. (default: `false`) */
  compat?: 'textstat' | 'published'
  /** Words per minute for `readingTimeSeconds`. (default: `238`, Brysbaert 2019 for silent reading of non-fiction) */
  wordsPerMinute?: number
  /** How many keyphrases to return. (default: `10`) */
  maxKeywords?: number
  /** How many topics to return. (default: `5`) */
  maxTopics?: number
  /** The lowest score (share of all topic evidence, 0 to 1) a topic needs to be returned. (default: `0.08`) */
  minTopicScore?: number
  /** How many hardest sentences to return. (default: `5`) */
  hardestSentences?: number
  /** Skip boilerplate removal on plain text that is known to be clean. (default: `false`) */
  assumeClean?: boolean
}

/** Why lines or blocks were dropped during cleaning, counted per reason. */
export type RemovedCounts = Record<string, number>

export interface CleanResult {
  title: string | null
  text: string
  paragraphs: number
  removed: RemovedCounts
  byline?: string | null
  dateline?: string | null
  published?: string | null
  /** `html`, `text` (scraped page) or `clean` (already clean text, left as is). */
  source: 'html' | 'text' | 'clean'
  /** Why the text may not be the article: empty, taken from a page with no paragraph, and so on. */
  warnings: CleanWarning[]
}

/**
 * Something the caller should know about a clean text. `no-text`: nothing of the input is text
 * (markup, hidden or script only). `no-paragraphs`: nothing on the page looked like a paragraph,
 * so the text is the page's longer blocks. `article-body`: the markup held far less than the
 * page's own JSON-LD `articleBody`, which was used instead. `hidden-text`: the page shows no
 * text without scripts, so the text is what it hides (a noscript copy, a hidden app shell).
 */
export interface CleanWarning {
  code: 'no-text' | 'no-paragraphs' | 'article-body' | 'hidden-text'
  message: string
}

export interface Stats {
  characters: number
  letters: number
  words: number
  sentences: number
  paragraphs: number
  syllables: number
  /** Words of three or more syllables (Gunning's "complex words"). */
  complexWords: number
  /** Words of seven or more letters (LIX/RIX "long words"). */
  longWords: number
  /** Words of one syllable. */
  monosyllableWords: number
  /** Words not on the New Dale-Chall list of familiar words. */
  difficultWords: number
  [key: string]: number
}

export interface SentenceGrade extends Span {
  sentence: string
  grade: number
  words: number
}

/**
 * Readability scores. A formula that does not apply to the text's language is `null` and named in
 * `notApplicable` (English formulas on German text, every syllable formula on Chinese).
 */
export interface Readability {
  fleschReadingEase: number | null
  fleschKincaidGrade: number | null
  gunningFog: number | null
  smog: number | null
  colemanLiau: number | null
  automatedReadabilityIndex: number | null
  daleChall: number | null
  linsearWrite: number | null
  consensusGrade: number | null
  readingTimeSeconds: number
  hardestSentences: SentenceGrade[]
  spache?: number | null
  lix?: number | null
  rix?: number | null
  /** German: Flesch-Amstad (0-100) and the first Wiener Sachtextformel (a school grade). */
  amstad?: number | null
  wienerSachtextformel?: number | null
  /** Spanish: Fernández Huerta and Szigriszt-Pazos (0-100). */
  fernandezHuerta?: number | null
  szigrisztPazos?: number | null
  /** French: Kandel-Moles (0-100). */
  kandelMoles?: number | null
  /** Italian: Gulpease (0-100). */
  gulpease?: number | null
  /** Dutch: Flesch-Douma (0-100). */
  douma?: number | null
  /** `published` (formulas as published, our counts) or `textstat` (Python textstat 0.7.11's numbers). */
  mode?: 'published' | 'textstat'
  /** The language whose formulas and syllable counter were used. */
  formulaLanguage?: string
  /** Formulas left `null` because they do not apply to this language. */
  notApplicable?: string[]
  /** The grade of every sentence (Flesch-Kincaid in English, the language's own grade elsewhere). */
  sentences?: SentenceScore[]
  /** The grade of each paragraph, by the same measure as `sentences`. */
  paragraphs?: ParagraphGrade[]
  /** With `compat: 'textstat'`: the counts textstat's conventions give (words, sentences, syllables...). */
  textstatCounts?: Record<string, number>
  [key: string]: unknown
}

export interface SentenceScore extends Span {
  grade: number | null
  words: number
}

export interface ParagraphGrade extends Span {
  grade: number | null
  words: number
}

export interface Keyword {
  term: string
  score: number
  count: number
  /** Offset of the first mention in `clean.text`. */
  start?: number
}

export interface Topic {
  id: string
  label: string
  score: number
  /** The words that triggered the topic. */
  terms?: string[]
}

export type StanceLabel = 'invited' | 'accepted' | 'declined' | 'noResponse'

export interface StanceEvent extends Span {
  label: StanceLabel
  actor: string | null
  sentence: string
  /** The cue phrase that fired. */
  cue?: string
  /** The id of the rule that found it (src/analysis/stance/rules.ts). */
  rule?: string
  /** CAMEO event code where one applies. */
  cameo?: string
}

export interface StanceCounts {
  invited: number
  accepted: number
  declined: number
  noResponse: number
}

export interface StanceActor extends StanceCounts {
  /** The party as the article first names it ("Downing Street", "Beijing"). */
  actor: string
  /**
   * The party a metonym or short form stands for, when it differs from `actor` ("Beijing" ->
   * "China", "Downing Street" -> "United Kingdom"): the key to count one party across articles.
   */
  party?: string
  evidence: StanceEvent[]
}

export interface Stance {
  counts: StanceCounts
  actors: StanceActor[]
  events: StanceEvent[]
}

export interface AnalysisResult {
  id: string
  version: string
  language: string
  clean: CleanResult
  stats: Stats
  readability: Readability
  keywords: Keyword[]
  topics: Topic[]
  stance: Stance
}

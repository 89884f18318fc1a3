/**
 * @module
 * `readability`: every standard formula for the text's language, a consensus grade, reading
 * time, the hardest sentences and per-paragraph grades, all from one count pass over the shared
 * tokens. `options.compat === 'textstat'` swaps the headline numbers for textstat 0.7.11's.
 */
import type {
  AnalyzeOptions,
  ParagraphGrade,
  Readability,
  SentenceGrade,
  SentenceScore,
  Stats,
  Tokens,
} from '../types'
import { addCounts, countTokens, emptyCounts, type Counts } from './counts'
import * as formula from './formulas'
import { textstatScores } from './textstat'
import { topBy } from '../top-by'

const DEFAULT_WORDS_PER_MINUTE = 238
const HYPHENATED = new Set(['de', 'es', 'fr', 'it', 'nl'])
const ENGLISH_FORMULAS = [
  'fleschReadingEase',
  'fleschKincaidGrade',
  'gunningFog',
  'smog',
  'colemanLiau',
  'automatedReadabilityIndex',
  'daleChall',
  'linsearWrite',
  'spache',
] as const
const LANGUAGE_FORMULAS = [
  'amstad',
  'wienerSachtextformel',
  'fernandezHuerta',
  'szigrisztPazos',
  'kandelMoles',
  'gulpease',
  'douma',
] as const
const LETTER_FORMULAS = ['lix', 'rix'] as const

const round = (n: number, places = 2): number | null =>
  Number.isFinite(n) ? Math.round(n * 10 ** places) / 10 ** places : null

/**
 * Which formulas a language gets: English ones for English (and for text too short to tell),
 * the native formulas for de, es, fr, it and nl, only LIX/RIX for other alphabetic languages
 * (they count letters and words, not syllables), and none for scripts without spaces between words.
 */
export function formulaLanguage(language: string): string {
  if (language === 'en' || language === 'und') return 'en'
  if (HYPHENATED.has(language)) return language
  return /^(?:zh|ja|th|ko)$/.test(language) ? 'none' : 'other'
}

/** Grade-level formulas averaged: the consensus grade (English). */
function englishGrade(c: Counts): number {
  const grades = [
    formula.fleschKincaidGrade(c),
    formula.gunningFog(c),
    formula.smog(c),
    formula.colemanLiau(c),
    formula.automatedReadabilityIndex(c),
    formula.daleChallGrade(formula.daleChall(c)),
    formula.linsearWrite(c),
  ].filter(Number.isFinite)
  return grades.length ? grades.reduce((a, b) => a + b, 0) / grades.length : NaN
}

/**
 * A 0-100 ease score (Flesch scale, higher is easier) to a US grade, by Flesch's own table
 * (90-100 grade 5, 80 grade 6, 70 grade 7, 60 grade 8-9, 50 grade 10-12, 30 college, 0 graduate).
 */
export function easeToGrade(ease: number): number {
  if (!Number.isFinite(ease)) return NaN
  const table: [number, number][] = [
    [100, 5],
    [90, 5],
    [80, 6],
    [70, 7],
    [60, 8.5],
    [50, 11],
    [30, 14.5],
    [0, 18],
  ]
  if (ease >= 100) return 5
  for (let i = 1; i < table.length; i++) {
    const [hi, gHi] = table[i - 1]
    const [lo, gLo] = table[i]
    if (ease >= lo) return gLo + ((ease - lo) / (hi - lo)) * (gHi - gLo)
  }
  return 18
}

/** The grade of a stretch of text in the given formula language. */
function gradeOf(c: Counts, language: string): number {
  switch (language) {
    case 'en':
      return formula.fleschKincaidGrade(c)
    case 'de':
      return formula.wienerSachtextformel(c)
    case 'es':
      return easeToGrade(formula.fernandezHuerta(c))
    case 'fr':
      return easeToGrade(formula.kandelMoles(c))
    case 'it':
      // Gulpease runs about 40 points below Flesch-scale scores for the same difficulty band.
      return easeToGrade(formula.gulpease(c) + 40)
    case 'nl':
      return easeToGrade(formula.douma(c))
    default:
      return NaN
  }
}

/** The per-text counts returned as `stats`. */
function toStats(tokens: Tokens, c: Counts): Stats {
  return {
    characters: tokens.text.length,
    letters: c.letter,
    words: c.word,
    sentences: c.sentence,
    paragraphs: tokens.paragraphs.length,
    syllables: c.syllable,
    complexWords: c.polysyllable,
    longWords: c.longWord,
    monosyllableWords: c.monosyllable,
    difficultWords: c.difficult,
    gunningComplexWords: c.complexGunning,
    spacheUnfamiliarWords: c.spacheDifficult,
  }
}

/**
 * Scores a tokenized text.
 *
 * @param tokens - the shared tokenization
 * @param options - `compat`, `wordsPerMinute`, `hardestSentences`
 * @param language - ISO 639-1 code from {@link detectLanguage}; picks formulas and syllable counting
 *
 * @example
 * scoreReadability(tokenize('The cat sat on the mat. It purred.')).readability.fleschKincaidGrade // -1.45
 */
export function scoreReadability(
  tokens: Tokens,
  options: AnalyzeOptions = {},
  language = 'en',
): { readability: Readability; stats: Stats } {
  const { wordsPerMinute = DEFAULT_WORDS_PER_MINUTE, hardestSentences: hardestCount = 5 } = options
  const textstat = options.compat === 'textstat'
  // textstat is English-only: compat mode scores every text as English, as textstat would.
  const lang = textstat ? 'en' : formulaLanguage(language)
  const countLanguage = HYPHENATED.has(lang) ? lang : 'en'
  const pass = countTokens(tokens, countLanguage)
  const c = pass.total

  // Every sentence's grade, with offsets; very short sentences (headlines, "He left.") swing
  // wildly, so only those of 5+ words compete for the hardest.
  const sentences: SentenceScore[] = []
  const graded: { index: number; grade: number }[] = []
  if (lang !== 'none' && lang !== 'other') {
    for (let i = 0; i < tokens.sentences.length; i++) {
      const grade = round(gradeOf(pass.sentences[i], lang), 1)
      const s = tokens.sentences[i]
      sentences.push({ start: s.start, end: s.end, grade, words: pass.sentences[i].word })
      if (grade !== null && pass.sentences[i].word >= 5) graded.push({ index: i, grade })
    }
  }
  // Hardest first, earlier first among equals.
  const hardest: SentenceGrade[] = topBy(graded, hardestCount, (g) => g.grade).map(
    ({ index, grade }) => {
      const s = tokens.sentences[index]
      return {
        start: s.start,
        end: s.end,
        sentence: tokens.text.slice(s.start, s.end),
        grade,
        words: pass.sentences[index].word,
      }
    },
  )

  const paragraphs: ParagraphGrade[] = tokens.paragraphs.map((p) => {
    const pc = emptyCounts()
    for (let i = p.firstSentence; i < p.endSentence; i++) addCounts(pc, pass.sentences[i])
    return { start: p.start, end: p.end, grade: round(gradeOf(pc, lang), 1), words: pc.word }
  })

  const notApplicable: string[] = []
  const readability: Readability = {
    fleschReadingEase: null,
    fleschKincaidGrade: null,
    gunningFog: null,
    smog: null,
    colemanLiau: null,
    automatedReadabilityIndex: null,
    daleChall: null,
    linsearWrite: null,
    spache: null,
    lix: null,
    rix: null,
    amstad: null,
    wienerSachtextformel: null,
    fernandezHuerta: null,
    szigrisztPazos: null,
    kandelMoles: null,
    gulpease: null,
    douma: null,
    consensusGrade: null,
    readingTimeSeconds: Math.round((c.word / wordsPerMinute) * 60),
    hardestSentences: hardest,
    sentences,
    paragraphs,
    mode: textstat ? 'textstat' : 'published',
    formulaLanguage: lang,
    notApplicable,
  }

  if (textstat) {
    const t = textstatScores(tokens.text)
    const exact = (n: number) => Math.round(n * 1e6) / 1e6
    Object.assign(readability, {
      fleschReadingEase: exact(t.fleschReadingEase),
      fleschKincaidGrade: exact(t.fleschKincaidGrade),
      gunningFog: exact(t.gunningFog),
      smog: exact(t.smog),
      colemanLiau: exact(t.colemanLiau),
      automatedReadabilityIndex: exact(t.automatedReadabilityIndex),
      daleChall: exact(t.daleChall),
      linsearWrite: exact(t.linsearWrite),
      spache: exact(t.spache),
      lix: exact(t.lix),
      rix: exact(t.rix),
      consensusGrade: t.consensusGrade,
      readingTimeSeconds: exact(t.readingTimeSeconds),
      textstatCounts: t.counts,
    })
  } else if (lang === 'en') {
    Object.assign(readability, {
      fleschReadingEase: round(formula.fleschReadingEase(c)),
      fleschKincaidGrade: round(formula.fleschKincaidGrade(c)),
      gunningFog: round(formula.gunningFog(c)),
      smog: round(formula.smog(c)),
      colemanLiau: round(formula.colemanLiau(c)),
      automatedReadabilityIndex: round(formula.automatedReadabilityIndex(c)),
      daleChall: round(formula.daleChall(c)),
      linsearWrite: round(formula.linsearWrite(c)),
      spache: round(formula.spache(c)),
      lix: round(formula.lix(c)),
      rix: round(formula.rix(c)),
      consensusGrade: round(englishGrade(c)),
    })
  } else if (lang !== 'none') {
    readability.lix = round(formula.lix(c))
    readability.rix = round(formula.rix(c))
    if (lang === 'de') {
      readability.amstad = round(formula.amstad(c))
      readability.wienerSachtextformel = round(formula.wienerSachtextformel(c))
      readability.consensusGrade = round(formula.wienerSachtextformel(c), 1)
    } else if (lang === 'es') {
      readability.fernandezHuerta = round(formula.fernandezHuerta(c))
      readability.szigrisztPazos = round(formula.szigrisztPazos(c))
    } else if (lang === 'fr') readability.kandelMoles = round(formula.kandelMoles(c))
    else if (lang === 'it') readability.gulpease = round(formula.gulpease(c))
    else if (lang === 'nl') readability.douma = round(formula.douma(c))
  }

  for (const key of [
    ...ENGLISH_FORMULAS,
    ...LANGUAGE_FORMULAS,
    ...LETTER_FORMULAS,
    'consensusGrade',
  ] as const) {
    if (readability[key] === null) notApplicable.push(key)
  }
  // Formulas that exist for the language but had nothing to score (no words) are not "not applicable".
  if (c.word === 0) notApplicable.length = 0
  return { readability, stats: toStats(tokens, c) }
}

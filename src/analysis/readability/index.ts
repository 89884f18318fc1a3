/**
 * @module
 * `readability`: the standard formulas, a consensus grade, reading time, the hardest sentences
 * and per-paragraph grades, all from one count pass over the shared tokens.
 */
import type { AnalyzeOptions, Readability, SentenceGrade, Stats, Tokens } from '../types'
import { addWords, countTokens, emptyCounts, type Counts } from './counts'
import * as formula from './formulas'

const DEFAULT_WORDS_PER_MINUTE = 238
const round = (n: number, places = 2) => (Number.isFinite(n) ? Math.round(n * 10 ** places) / 10 ** places : 0)

/** The per-text counts returned as `stats`. */
export function toStats(tokens: Tokens, counts: Counts): Stats {
  return {
    characters: tokens.text.length,
    letters: counts.letter,
    words: counts.word,
    sentences: counts.sentence,
    paragraphs: tokens.paragraphs.length,
    syllables: counts.syllable,
    complexWords: counts.polysyllable,
    longWords: counts.longWord,
    monosyllableWords: counts.monosyllable,
    difficultWords: counts.difficult,
  }
}

/** Grade-level formulas averaged: the consensus grade. */
function gradeOf(c: Counts): number {
  const grades = [
    formula.fleschKincaidGrade(c),
    formula.gunningFog(c),
    formula.colemanLiau(c),
    formula.automatedReadabilityIndex(c),
    formula.daleChallGrade(formula.daleChall(c)),
    formula.linsearWrite(c),
  ]
  if (c.sentence >= 3) grades.push(formula.smog(c))
  const finite = grades.filter(Number.isFinite)
  return finite.length ? finite.reduce((a, b) => a + b, 0) / finite.length : NaN
}

/**
 * Scores a tokenized text.
 *
 * @example
 * scoreReadability(tokenize(text)).readability.fleschReadingEase
 */
export function scoreReadability(tokens: Tokens, options: AnalyzeOptions = {}, language = 'en'): { readability: Readability; stats: Stats } {
  const { wordsPerMinute = DEFAULT_WORDS_PER_MINUTE, hardestSentences: hardestCount = 5 } = options
  const counts = countTokens(tokens)
  void language // English formulas for now; other languages get their own formulas later.

  const sentenceGrades: SentenceGrade[] = tokens.sentences.map((s) => {
    const c = addWords(emptyCounts(), tokens, s.firstWord, s.endWord)
    c.sentence = 1
    return { start: s.start, end: s.end, sentence: tokens.text.slice(s.start, s.end), grade: round(formula.fleschKincaidGrade(c), 1), words: c.word }
  })
  const hardest = sentenceGrades
    .filter((s) => s.words >= 5)
    .sort((a, b) => b.grade - a.grade)
    .slice(0, hardestCount)

  const paragraphGrades = tokens.paragraphs.map((p) => {
    const c = emptyCounts()
    for (let i = p.firstSentence; i < p.endSentence; i++) addWords(c, tokens, tokens.sentences[i].firstWord, tokens.sentences[i].endWord)
    c.sentence = p.endSentence - p.firstSentence
    return { start: p.start, end: p.end, grade: round(gradeOf(c), 1) }
  })

  const readability: Readability = {
    fleschReadingEase: round(formula.fleschReadingEase(counts)),
    fleschKincaidGrade: round(formula.fleschKincaidGrade(counts)),
    gunningFog: round(formula.gunningFog(counts)),
    smog: round(formula.smog(counts)),
    colemanLiau: round(formula.colemanLiau(counts)),
    automatedReadabilityIndex: round(formula.automatedReadabilityIndex(counts)),
    daleChall: round(formula.daleChall(counts)),
    linsearWrite: round(formula.linsearWrite(counts)),
    spache: round(formula.spache(counts)),
    lix: round(formula.lix(counts)),
    rix: round(formula.rix(counts)),
    consensusGrade: round(gradeOf(counts), 1),
    readingTimeSeconds: Math.round((counts.word / wordsPerMinute) * 60),
    hardestSentences: hardest,
    paragraphs: paragraphGrades,
  }
  return { readability, stats: toStats(tokens, counts) }
}

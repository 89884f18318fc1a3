/**
 * @module
 * Readability formulas as published. Each takes {@link Counts} and returns `NaN` when there are
 * no words or sentences, rather than throwing.
 */
import type { Counts } from './counts'

const per = (a: number, b: number) => (b > 0 ? a / b : NaN)

/** Flesch Reading Ease (Flesch 1948): 0-100, higher is easier. */
export function fleschReadingEase(c: Counts): number {
  return 206.835 - 1.015 * per(c.word, c.sentence) - 84.6 * per(c.syllable, c.word)
}

/** Flesch-Kincaid grade level (Kincaid et al. 1975): a US school grade. */
export function fleschKincaidGrade(c: Counts): number {
  return 0.39 * per(c.word, c.sentence) + 11.8 * per(c.syllable, c.word) - 15.59
}

/** Gunning Fog index (Gunning 1952): a US school grade. */
export function gunningFog(c: Counts): number {
  return 0.4 * (per(c.word, c.sentence) + 100 * per(c.complexGunning, c.word))
}

/** SMOG grade (McLaughlin 1969), normalised to 30 sentences. */
export function smog(c: Counts): number {
  return 1.043 * Math.sqrt(c.polysyllable * per(30, c.sentence)) + 3.1291
}

/** Coleman-Liau index (Coleman and Liau 1975): letters and sentences per 100 words. */
export function colemanLiau(c: Counts): number {
  return 0.0588 * per(100 * c.letter, c.word) - 0.296 * per(100 * c.sentence, c.word) - 15.8
}

/** Automated Readability Index (Smith and Senter 1967). */
export function automatedReadabilityIndex(c: Counts): number {
  return 4.71 * per(c.letter, c.word) + 0.5 * per(c.word, c.sentence) - 21.43
}

/** New Dale-Chall raw score (Chall and Dale 1995): 4.9 and below is grade 4 and under. */
export function daleChall(c: Counts): number {
  const difficultShare = 100 * per(c.difficult, c.word)
  return 0.1579 * difficultShare + 0.0496 * per(c.word, c.sentence) + (difficultShare > 5 ? 3.6365 : 0)
}

/** Linsear Write (O'Hayre 1966), over the whole text. */
export function linsearWrite(c: Counts): number {
  const raw = per(c.easy + 3 * c.polysyllable, c.sentence)
  return raw > 20 ? raw / 2 : raw / 2 - 1
}

/** Läsbarhetsindex (Björnsson 1968): words per sentence plus the share of long words. */
export function lix(c: Counts): number {
  return per(c.word, c.sentence) + 100 * per(c.longWord, c.word)
}

/** RIX (Anderson 1983): long words per sentence. */
export function rix(c: Counts): number {
  return per(c.longWord, c.sentence)
}

/** Spache (revised 1974) for primary-grade text; uses the Dale-Chall unfamiliar words as a stand-in. */
export function spache(c: Counts): number {
  return 0.121 * per(c.word, c.sentence) + 0.082 * 100 * per(c.difficult, c.word) + 0.659
}

/** Dale-Chall raw score to the grade it stands for (Chall and Dale 1995 table). */
export function daleChallGrade(score: number): number {
  if (!(score >= 0)) return NaN
  if (score < 5) return 4
  if (score < 6) return 6
  if (score < 7) return 8
  if (score < 8) return 10
  if (score < 9) return 12
  if (score < 10) return 14
  return 16
}

/**
 * @module
 * Readability formulas as published. Each takes {@link Counts}, never text, and returns `NaN`
 * when there are no words or sentences rather than throwing. Sources are in docs/readability.md.
 */
import type { Counts } from './counts'

const per = (a: number, b: number) => (b > 0 ? a / b : NaN)
const asl = (c: Counts) => per(c.word, c.sentence)
const asw = (c: Counts) => per(c.syllable, c.word)

/** Flesch Reading Ease (Flesch 1948): 0-100 for most prose, higher is easier. */
export function fleschReadingEase(c: Counts): number {
  return 206.835 - 1.015 * asl(c) - 84.6 * asw(c)
}

/** Flesch-Kincaid grade level (Kincaid et al. 1975): a US school grade. */
export function fleschKincaidGrade(c: Counts): number {
  return 0.39 * asl(c) + 11.8 * asw(c) - 15.59
}

/** Gunning Fog index (Gunning 1952): a US school grade. */
export function gunningFog(c: Counts): number {
  return 0.4 * (asl(c) + 100 * per(c.complexGunning, c.word))
}

/** SMOG grade (McLaughlin 1969), polysyllables scaled to the 30-sentence sample it was fitted on. */
export function smog(c: Counts): number {
  return 1.043 * Math.sqrt(c.polysyllable * per(30, c.sentence)) + 3.1291
}

/** Coleman-Liau index (Coleman and Liau 1975): letters and sentences per 100 words. */
export function colemanLiau(c: Counts): number {
  return 0.0588 * per(100 * c.letter, c.word) - 0.296 * per(100 * c.sentence, c.word) - 15.8
}

/** Automated Readability Index (Smith and Senter 1967): characters (letters and digits) per word. */
export function automatedReadabilityIndex(c: Counts): number {
  return 4.71 * per(c.letter, c.word) + 0.5 * asl(c) - 21.43
}

/** New Dale-Chall raw score (Chall and Dale 1995): 4.9 and below is grade 4 and under. */
export function daleChall(c: Counts): number {
  const difficultShare = 100 * per(c.difficult, c.word)
  return 0.1579 * difficultShare + 0.0496 * asl(c) + (difficultShare > 5 ? 3.6365 : 0)
}

/** Dale-Chall raw score to a grade: the midpoint of the band of Chall and Dale's table. */
export function daleChallGrade(score: number): number {
  if (!Number.isFinite(score)) return NaN
  if (score < 5) return 4
  if (score < 6) return 5.5
  if (score < 7) return 7.5
  if (score < 8) return 9.5
  if (score < 9) return 11.5
  if (score < 10) return 14
  return 16
}

/**
 * Linsear Write (O'Hayre 1966): 1 point per word of 1-2 syllables, 3 per word of 3+, per sentence;
 * over 20 halved, else halved after subtracting 2. Taken over the whole text, not one 100-word sample.
 */
export function linsearWrite(c: Counts): number {
  const r = per(c.word - c.polysyllable + 3 * c.polysyllable, c.sentence)
  return r > 20 ? r / 2 : (r - 2) / 2
}

/** Revised Spache (Spache 1974): primary-grade texts; unfamiliar = distinct words off the Spache list. */
export function spache(c: Counts): number {
  return 0.121 * asl(c) + 0.082 * 100 * per(c.spacheDifficult, c.word) + 0.659
}

/** LIX, Läsbarhetsindex (Björnsson 1968): words per sentence plus the percentage of long words. */
export function lix(c: Counts): number {
  return asl(c) + 100 * per(c.longWord, c.word)
}

/** RIX (Anderson 1983): long words per sentence. */
export function rix(c: Counts): number {
  return per(c.longWord, c.sentence)
}

/** German Flesch (Amstad 1978): 180 − ASL − 58.5·ASW. */
export function amstad(c: Counts): number {
  return 180 - asl(c) - 58.5 * asw(c)
}

/** First Wiener Sachtextformel (Bamberger and Vanecek 1984): a German school grade, 4 to 15. */
export function wienerSachtextformel(c: Counts): number {
  const ms = 100 * per(c.polysyllable, c.word)
  const iw = 100 * per(c.longWord, c.word)
  const es = 100 * per(c.monosyllable, c.word)
  return 0.1935 * ms + 0.1672 * asl(c) + 0.1297 * iw - 0.0327 * es - 0.875
}

/** Fernández Huerta (1959), with words per sentence as the corrected second term: Spanish, 0-100. */
export function fernandezHuerta(c: Counts): number {
  return 206.84 - 0.6 * 100 * asw(c) - 1.02 * asl(c)
}

/** Szigriszt-Pazos perspicuity (1993): Spanish, 0-100. */
export function szigrisztPazos(c: Counts): number {
  return 206.835 - 62.3 * asw(c) - asl(c)
}

/** Kandel and Moles (1958): French Flesch, 207 − 1.015·ASL − 73.6·ASW. */
export function kandelMoles(c: Counts): number {
  return 207 - 1.015 * asl(c) - 73.6 * asw(c)
}

/** Gulpease (Lucisano and Piemontese 1988): Italian, 0-100 from letters and sentences. */
export function gulpease(c: Counts): number {
  return 89 + per(300 * c.sentence - 10 * c.letter, c.word)
}

/** Flesch-Douma (Douma 1960): Dutch Flesch, 206.835 − 0.93·ASL − 77·ASW. */
export function douma(c: Counts): number {
  return 206.835 - 0.93 * asl(c) - 77 * asw(c)
}

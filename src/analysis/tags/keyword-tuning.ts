/**
 * @module
 * The constants of keyphrase scoring, in one place so that a tuning script can vary them. Values
 * were chosen on the DUC-2001 and 500N-KPCrowd dev splits as a whole (never per document).
 */
export const KEYWORD_TUNING = {
  /** Longest candidate, in words. */
  maxWords: 5,
  /** Exponent on a word's in-document frequency. */
  tfPower: 0.75,
  /** Weight of a word's rarity in English (Zipf below 7). */
  rarityPower: 0.5,
  /** Exponent on the phrase's own count. */
  countPower: 0.25,
  /** Extra score per word beyond the first. */
  lengthBonus: 0.15,
  /** Boost for a phrase first seen early: 1 + position / (1 + first sentence). */
  position: 20,
  /** Boost per unit of summed 1 / (1 + sentence) over the phrase's occurrences. */
  early: 0,
  /** Boost for each headline word in the phrase (share of its words). */
  title: 0.5,
  /** Multiplier for a one-word candidate that is not a name. */
  single: 0.15,
  /** Multiplier for a one-word name. */
  singleName: 0.3,
  /** Articles shorter than this (words) treat one-word candidates like phrases... */
  shortWords: 200,
  /** ...and from this length on apply the full one-word penalty (linear in between). */
  longWords: 300,
  /** Fold a lone surname into the one full name ending with it (1) or not (0). */
  mergeSurnames: 1,
  /** Boost for names. */
  name: 0,
  /** A word cut from a name stands alone only when rarer than this (Zipf). */
  nameWordZipf: 3.5,
  /** A sub-phrase of a kept phrase is dropped unless it occurs this many times more often. */
  subphraseRatio: 2,
}

/**
 * @module
 * The constants of topic scoring, in one place so that a tuning script can vary them. Chosen on
 * the BBC News and AG News dev splits as a whole, never per item.
 */
export const TOPIC_TUNING = {
  /** Weight of a cue in the headline relative to one in the body. */
  headline: 2,
  /** A cue seen n times counts n ** repeatPower times. */
  repeatPower: 0.4,
  /** Topics below this share of all evidence are not reported. */
  minShare: 0.08,
  /** A second-level topic is reported when it holds this share of its parent's evidence... */
  childShare: 0.5,
  /** ...and at least this much evidence. */
  childMin: 4,
}

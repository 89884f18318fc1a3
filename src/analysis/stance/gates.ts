/**
 * @module
 * The gates in front of the stance rules: from each rule's `hint` the words one of its matches
 * must contain, one bit per rule, so a sentence tries only the rules whose words it has. The
 * words are read from the hint's regular-expression source (see `regex-source.ts`).
 */
import { classEnd, closingParen, splitAlternatives } from './regex-source'
import { STANCE_RULES } from './rules'

/**
 * What the words of a sentence may satisfy of the rule hints: bit k of `low` (k < 30) or of `high`
 * (k - 30) for the rule with gate k. A rule whose bit is clear cannot match and is skipped.
 */
export interface HintBits {
  low: number
  high: number
}

/** A word a hint needs: inside one of a sentence's words, or at the end of one (`atEnd`). */
interface HintWord {
  text: string
  atEnd: boolean
}

/**
 * The words one of which a rule hint needs, or null when it needs none that can be told: each
 * alternative of the hint gives its most telling requirement ({@link sequenceWords}). Sound
 * because every letter of a sentence lies in one of its words, and the `i` flag (without `u`)
 * folds ASCII letters only, as lower-casing does.
 */
function hintWords(hint: RegExp): HintWord[] | null {
  return hint.flags === 'i' ? requiredWords(hint.source) : null
}

/** One of these words occurs in every match of `source` (null: none known). */
function requiredWords(source: string): HintWord[] | null {
  const out: HintWord[] = []
  for (const alternative of splitAlternatives(source)) {
    const words = sequenceWords(alternative)
    if (!words) return null
    out.push(...words)
  }
  return out
}

/**
 * What one alternative (a sequence of atoms) surely holds: each run of plain letters in it, and
 * each group it cannot skip, is a requirement; the one whose shortest word is longest tells the
 * most ("(?:n't|not)\s+(?:comment|say)" needs "comment" or "say" rather than "n" or "not"). A
 * letter run followed by a space ends a word ("yet" of "yet to"). A letter or group under `?`, `*`
 * or `{` is optional; a letter under `+` ends its run. Lookarounds and classes require nothing.
 */
function sequenceWords(alternative: string): HintWord[] | null {
  let best: HintWord[] | null = null
  const consider = (words: HintWord[] | null) => {
    if (words && (!best || shortest(words) > shortest(best))) best = words
  }
  let run = ''
  let i = 0
  while (i < alternative.length) {
    const c = alternative[i]
    let end = i + 1
    let group: HintWord[] | null = null
    if (c === '\\') end = i + 2
    else if (c === '[') end = classEnd(alternative, i) + 1
    else if (c === '(') {
      const close = closingParen(alternative, i)
      if (close < 0) return best
      end = close + 1
      if (alternative.startsWith('(?:', i)) group = requiredWords(alternative.slice(i + 3, close))
      else if (alternative[i + 1] !== '?') group = requiredWords(alternative.slice(i + 1, close))
    }
    const quantifier = alternative[end]
    const optional = quantifier === '?' || quantifier === '*' || quantifier === '{'
    const isLetter = c >= 'a' && c <= 'z'
    if (isLetter && !optional) run += c
    if (!isLetter || optional || quantifier === '+') {
      const spaceAfter = !isLetter && !optional && (c === ' ' || alternative.startsWith('\\s', i))
      if (run) consider([{ text: run, atEnd: spaceAfter }])
      run = ''
    }
    if (group && !optional) consider(group)
    i = end
    // Skip the quantifier and a lazy `?` after it.
    if (quantifier === '{') i = alternative.indexOf('}', i) + 1
    else if (quantifier === '?' || quantifier === '*' || quantifier === '+') i++
    if (alternative[i] === '?' && i > end) i++
  }
  if (run) consider([{ text: run, atEnd: false }])
  return best
}

function shortest(words: HintWord[]): number {
  return Math.min(...words.map((w) => w.text.length))
}

const HINT_WORDS = STANCE_RULES.map(({ hint }) => hintWords(hint))

/** Each rule's gate (its bit in {@link HintBits}), or -1 for a rule that is always tried. */
const HINT_GATES: readonly number[] = (() => {
  let next = 0
  return HINT_WORDS.map((words) => (words && next < 60 ? next++ : -1))
})()

/** Every bit: a sentence given no word hints tries every rule. */
export const ALL_HINTS: HintBits = { low: -1, high: -1 }

/**
 * The hint bits a word may satisfy ({@link hintWords}); OR them over a sentence's words and pass
 * the result to {@link detectInSentence}, which then skips the rules whose hint cannot match.
 *
 * @example
 * stanceHintBits('declined').low !== 0 // true
 */
export function stanceHintBits(lower: string): HintBits {
  const bits: HintBits = { low: 0, high: 0 }
  for (let r = 0; r < HINT_WORDS.length; r++) {
    const words = HINT_WORDS[r]
    const gate = HINT_GATES[r]
    if (
      !words ||
      gate < 0 ||
      !words.some((w) => (w.atEnd ? lower.endsWith(w.text) : lower.includes(w.text)))
    )
      continue
    if (gate < 30) bits.low |= 1 << gate
    else bits.high |= 1 << (gate - 30)
  }
  return bits
}

/** The rule of each gate, and the rules without one. */
const GATED_RULES: readonly number[] = HINT_GATES.flatMap((gate, r) => (gate >= 0 ? [r] : []))
const UNGATED_RULES: readonly number[] = HINT_GATES.flatMap((gate, r) => (gate < 0 ? [r] : []))

/**
 * The rules a sentence may match by its hint bits, in rule order: those whose gate bit is set
 * (gates are numbered in rule order), read off the set bits, and those without a gate.
 */
export function rulesToTry(hints: HintBits): number[] {
  const rules: number[] = []
  addGated(rules, hints.low & GATE_WORD, 0)
  addGated(rules, hints.high & GATE_WORD, 30)
  if (UNGATED_RULES.length === 0) return rules
  return [...rules, ...UNGATED_RULES].sort((a, b) => a - b)
}

/** The 30 bits of each of {@link HintBits}' two numbers. */
const GATE_WORD = (1 << 30) - 1

function addGated(rules: number[], bits: number, firstGate: number): void {
  for (; bits !== 0; bits &= bits - 1) {
    const rule = GATED_RULES[firstGate + 31 - Math.clz32(bits & -bits)]
    if (rule !== undefined) rules.push(rule)
  }
}

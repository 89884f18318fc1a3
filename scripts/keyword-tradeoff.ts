/**
 * Why one ranked keyphrase list cannot serve DUC-2001 and 500N-KPCrowd at once: takes our top 40
 * per document and, for m = 10..5, keeps our first m terms and fills the rest of the top 10 with
 * single words (our single-word terms first, then the words of our phrases). Each variant is
 * scored by the shared scorer, and the hit rate of our single-word and multi-word terms is
 * printed per set. The data stays in ../shared; nothing here is committed.
 *
 * npx tsx scripts/keyword-tradeoff.ts [keywords-data-dir]
 * (default ../shared/data/keywords; the scorer is ../shared/eval/keywords-score.mjs)
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analyze } from '../src/analysis/index'
import { STOPWORDS } from '../src/analysis/lexicons/stopwords'
import { stem } from '../src/analysis/natural'

const dataDir = process.argv[2] ?? '../shared/data/keywords'
const scorer = join(dataDir, '../../eval/keywords-score.mjs')
const out = mkdtempSync(join(tmpdir(), 'keyword-tradeoff-'))

interface GoldRow {
  id: string
  title?: string
  text: string
  keyphrases: string[]
}

const contentWords = (term: string) =>
  term.split(/\s+/).filter((w) => !STOPWORDS.has(w.toLowerCase()))
const isSingle = (term: string) => !/\s/.test(term.trim())

/** The scorer's matching form, near enough for hit rates: letter/digit runs, lower case, stemmed. */
const matchForm = (term: string) =>
  (
    term
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .map((w) => (/^[a-z]+$/.test(w) ? stem(w) : w))
    .join(' ')

/** Our first `m` terms, then single words until the list is long enough. */
function mix(terms: string[], m: number): string[] {
  return [...terms.slice(0, m), ...terms.slice(m).filter(isSingle), ...terms.flatMap(contentWords)]
}

/** F1@10 (macro, the scorer's last-line summary) of one prediction list per document. */
function score(goldFile: string, predictions: Map<string, string[]>, name: string): number {
  const file = join(out, `${name}.jsonl`)
  writeFileSync(
    file,
    [...predictions].map(([id, keyphrases]) => JSON.stringify({ id, keyphrases })).join('\n') +
      '\n',
  )
  const lines = execFileSync(
    'node',
    [scorer, '--gold', goldFile, '--pred', file, '--bootstrap', '0'],
    { encoding: 'utf8' },
  )
    .trim()
    .split('\n')
  return JSON.parse(lines[lines.length - 1])['@10'].F1
}

for (const set of ['duc2001', '500n-kpcrowd']) {
  const goldFile = join(dataDir, `${set}-dev.jsonl`)
  const rows: GoldRow[] = readFileSync(goldFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
  const ours = new Map<string, string[]>()
  for (const row of rows) {
    const text = (row.title ? `${row.title}\n\n` : '') + row.text
    ours.set(
      row.id,
      analyze({ text, options: { maxKeywords: 40 } }, ['clean', 'keywords']).keywords.map(
        (k) => k.term,
      ),
    )
  }
  const hits = { single: [0, 0], multi: [0, 0] }
  for (const row of rows) {
    const gold = new Set(row.keyphrases.map(matchForm))
    for (const term of ours.get(row.id)!.slice(0, 10)) {
      const kind = isSingle(term) ? hits.single : hits.multi
      kind[0]++
      if (gold.has(matchForm(term))) kind[1]++
    }
  }
  const rate = ([n, hit]: number[]) => `${((100 * hit) / n).toFixed(1)}% of ${n}`
  console.log(
    `${set}: our top-10 terms that are gold: single words ${rate(hits.single)}, phrases ${rate(hits.multi)}`,
  )
  const figures: string[] = []
  for (const m of [10, 9, 8, 7, 6, 5]) {
    const mixed = new Map([...ours].map(([id, terms]) => [id, mix(terms, m)]))
    figures.push(`m=${m}: ${score(goldFile, mixed, `${set}-m${m}`).toFixed(2)}`)
  }
  console.log(`${set} F1@10, our first m terms then single words: ${figures.join(', ')}`)
}
console.log(`(prediction files in ${out})`)

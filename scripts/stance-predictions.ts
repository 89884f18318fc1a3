/**
 * Writes the stance predictions for a labelled JSONL file (one `{id, text}` per line) as the
 * scorer's `--predictions` input, straight from the analysis core (no server):
 *
 *   npx tsx scripts/stance-predictions.ts ../shared/data/stance/dev2.jsonl > /tmp/dev2.pred.jsonl
 *   node ../shared/eval/stance-score.mjs --gold ../shared/data/stance/dev2.jsonl --predictions /tmp/dev2.pred.jsonl
 */
import { readFileSync } from 'node:fs'
import { analyze } from '../src/analysis/index'

const file = process.argv[2]
if (!file) throw new Error('usage: stance-predictions.ts <gold.jsonl>')
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue
  const { id, text } = JSON.parse(line) as { id: string; text: string }
  const { stance } = analyze({ text }, ['stance'])
  process.stdout.write(JSON.stringify({ id, stance }) + '\n')
}

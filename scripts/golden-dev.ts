/**
 * A one-off check for refactors: runs `analyze()` over every text of the evaluation data
 * (`../shared/data` by default, never committed) and writes one line per input, the input's
 * name and a SHA-256 of its JSON output (the `version` field left out). Given `--compare FILE`,
 * it reports how many outputs differ from that earlier run, and which.
 *
 *   npx tsx scripts/golden-dev.ts --out /tmp/before.tsv               # on the commit before
 *   npx tsx scripts/golden-dev.ts --out /tmp/after.tsv --compare /tmp/before.tsv
 *   npx tsx scripts/golden-dev.ts --part stance --out /tmp/after.tsv --compare /tmp/before.tsv
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { analyze } from '../src/analysis/index'
import type { ArticleInput } from '../src/analysis/types'

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    out: { type: 'string' },
    compare: { type: 'string' },
    // A second pass over every input, checked against the first: catches memo bugs in caches
    // that outlive one call.
    twice: { type: 'boolean', default: false },
    // Only one part of each result ("stance", "clean", "keywords"...), to see what a change to
    // one capability did when another changed the whole output too.
    part: { type: 'string' },
  },
})
const data = values.data!

function* inputs(): Generator<[string, ArticleInput]> {
  const pages = join(data, 'extraction/dev')
  if (existsSync(pages)) {
    for (const file of readdirSync(pages).sort()) {
      const content = readFileSync(join(pages, file), 'utf8')
      if (file.endsWith('.html')) yield [`extraction/${file}`, { html: content }]
      else if (file.endsWith('.txt')) yield [`extraction/${file}`, { text: content }]
    }
  }
  const lines = (file: string) =>
    existsSync(join(data, file))
      ? readFileSync(join(data, file), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line))
      : []
  for (const file of ['stance/dev.jsonl', 'stance/dev2.jsonl']) {
    for (const item of lines(file)) yield [`${file}:${item.id}`, { text: item.text }]
  }
  for (const file of [
    'keywords/duc2001-dev.jsonl',
    'keywords/500n-kpcrowd-dev.jsonl',
    'keywords/kptimes-sample-dev.jsonl',
  ]) {
    for (const item of lines(file))
      yield [`${file}:${item.id}`, { text: item.text, title: item.title }]
  }
  for (const file of ['topics/bbc-news-dev.jsonl', 'topics/ag-news-dev.jsonl']) {
    for (const item of lines(file))
      yield [`${file}:${item.id}`, { text: item.text, title: item.title }]
  }
  for (const item of lines('readability/onestop-dev.jsonl')) {
    for (const level of ['ele', 'int', 'adv']) {
      yield [`onestop:${item.id}:${level}`, { text: item[level] }]
      yield [
        `onestop:${item.id}:${level}:textstat`,
        { text: item[level], options: { compat: 'textstat' } },
      ]
    }
  }
  const reference = join(data, 'readability/textstat-reference.json')
  if (existsSync(reference)) {
    const cases = (
      JSON.parse(readFileSync(reference, 'utf8')) as { cases: { name: string; text: string }[] }
    ).cases
    for (const item of cases) {
      if (!item.text.trim()) continue
      yield [`textstat:${item.name}`, { text: item.text, options: { compat: 'textstat' } }]
    }
  }
}

function digest(input: ArticleInput): string {
  let output: string
  try {
    const { version: _version, ...rest } = analyze(input)
    output = JSON.stringify(values.part ? rest[values.part as keyof typeof rest] : rest)
  } catch (error) {
    output = `error: ${String(error)}`
  }
  return createHash('sha256').update(output).digest('hex')
}

const all = [...inputs()]
const rows = all.map(([name, input]) => `${name}\t${digest(input)}`)
if (values.twice) {
  const unstable = all.filter(([, input], i) => !rows[i].endsWith(digest(input)))
  for (const [name] of unstable.slice(0, 20)) console.log(`second pass differs: ${name}`)
  console.error(`second pass: ${unstable.length} outputs differ from the first`)
  if (unstable.length) process.exitCode = 1
}
if (values.out) writeFileSync(values.out, rows.join('\n') + '\n')
console.error(`${rows.length} inputs analyzed`)

if (values.compare) {
  const before = new Map(
    readFileSync(values.compare, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((row) => row.split('\t') as [string, string]),
  )
  const differing = rows
    .map((row) => row.split('\t'))
    .filter(([name, hash]) => before.get(name) !== hash)
  for (const [name] of differing.slice(0, 20)) console.log(`differs: ${name}`)
  console.log(
    JSON.stringify({ inputs: rows.length, before: before.size, differing: differing.length }),
  )
  process.exitCode = differing.length ? 1 : 0
}

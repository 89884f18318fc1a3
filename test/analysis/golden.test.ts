import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analysis/index'
import type { ArticleInput } from '../../src/analysis/types'

// Golden outputs: `analyze()` over every fixture of the repo, as JSON, recorded in
// test/golden/. A refactor must leave them byte-identical; a change that means to alter output
// re-records them (`npx vitest run test/analysis/golden.test.ts -u`) and says so in its commit.
// The `version` field is left out, since it names the rules and not what they produce.

const FIXTURES = 'fixtures'

function inputOf(file: string, content: string): ArticleInput {
  return file.endsWith('.html') ? { html: content } : { text: content }
}

function serialise(input: ArticleInput): string {
  const { version: _version, ...rest } = analyze(input)
  return JSON.stringify(rest, null, 1)
}

const documents = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(html|txt)$/.test(file))
  .sort()

const lineFiles = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.jsonl'))
  .sort()

const snapshotName = (file: string, suffix = '') =>
  `../golden/${file.replace(/[\\/]/g, '__')}${suffix}.json`

describe('golden outputs', () => {
  it.each(documents)('%s', async (file) => {
    const content = readFileSync(join(FIXTURES, file), 'utf8')
    const input = inputOf(file, content)
    await expect(serialise(input)).toMatchFileSnapshot(snapshotName(file))
    // textstat's conventions take other paths through readability.
    await expect(serialise({ ...input, options: { compat: 'textstat' } })).toMatchFileSnapshot(
      snapshotName(file, '.textstat'),
    )
  })

  it.each(lineFiles)('%s, line by line', async (file) => {
    const lines = readFileSync(join(FIXTURES, file), 'utf8').split('\n').filter(Boolean)
    const outputs = lines.map((line) =>
      serialise({ text: (JSON.parse(line) as { text: string }).text }),
    )
    await expect(`[\n${outputs.join(',\n')}\n]\n`).toMatchFileSnapshot(snapshotName(file))
  })
})

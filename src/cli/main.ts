/**
 * @module
 * `copydesk`: the command-line edge of the analysis core, for scripts and editors' machines.
 * Exit codes: 0 all articles analyzed; 1 some failed; 2 usage error; 3 nothing to analyze.
 */
import { parseArgs } from 'node:util'
import { analyze, type AnalysisResult } from '../analysis/index'
import { listArticlePaths, readArticleFile } from './inputs'
import { formatSummary } from './summary'

export const EXIT = { ok: 0, someFailed: 1, usage: 2, noInput: 3 } as const

const USAGE = `Usage: copydesk analyze <file|dir|-> [...] [options]

Analyzes news articles (HTML or text) offline: clean text, readability, keywords, topics, stance.

Options:
  --json              print the full result as JSON (an array when there are several articles)
  --ndjson            print one JSON result per line, as each article finishes
  --html | --text     treat every input as HTML or as text (default: by extension, then sniffed)
  --title <title>     the article's title, when it is not in the input
  --compat textstat   reproduce Python textstat 0.7.11 readability numbers
  --progress          show a progress bar on stderr (default: on for folders when stderr is a TTY)
  --no-progress       never show it
  -h, --help          show this help

Exit codes: 0 all analyzed, 1 some failed, 2 usage error, 3 nothing to analyze.`

/** Runs the CLI with the given arguments and streams; returns the exit code. */
export async function main(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WriteStream = process.stderr,
): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        ndjson: { type: 'boolean' },
        html: { type: 'boolean' },
        text: { type: 'boolean' },
        title: { type: 'string' },
        compat: { type: 'string' },
        progress: { type: 'boolean' },
        'no-progress': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    err.write(`copydesk: ${(error as Error).message}\n\n${USAGE}\n`)
    return EXIT.usage
  }
  const { values, positionals } = parsed
  if (values.help) {
    out.write(USAGE + '\n')
    return EXIT.ok
  }
  const [command, ...paths] = positionals
  if (command !== 'analyze' || paths.length === 0) {
    err.write(
      `${command && command !== 'analyze' ? `copydesk: unknown command "${command}"\n\n` : ''}${USAGE}\n`,
    )
    return EXIT.usage
  }
  if (values.json && values.ndjson) {
    err.write('copydesk: choose one of --json and --ndjson\n')
    return EXIT.usage
  }
  if (values.html && values.text) {
    err.write('copydesk: choose one of --html and --text\n')
    return EXIT.usage
  }
  if (
    values.compat !== undefined &&
    values.compat !== 'textstat' &&
    values.compat !== 'published'
  ) {
    err.write('copydesk: --compat must be "textstat" or "published"\n')
    return EXIT.usage
  }

  let files: string[]
  try {
    files = await listArticlePaths(paths)
  } catch (error) {
    err.write(`copydesk: ${(error as Error).message}\n`)
    return EXIT.noInput
  }
  if (files.length === 0) {
    err.write('copydesk: no .html, .htm, .txt or .md files found\n')
    return EXIT.noInput
  }

  const forced = values.html ? 'html' : values.text ? 'text' : undefined
  const showProgress =
    !values['no-progress'] && (values.progress ?? (files.length > 1 && Boolean(err.isTTY)))
  const results: AnalysisResult[] = []
  let failures = 0
  for (const [index, path] of files.entries()) {
    try {
      const file = await readArticleFile(path, forced)
      const id = path === '-' ? undefined : path
      const result = analyze({
        [file.kind]: file.content,
        id,
        title: values.title,
        options: values.compat ? { compat: values.compat as 'textstat' | 'published' } : undefined,
      })
      if (values.ndjson) out.write(JSON.stringify(result) + '\n')
      else if (values.json) results.push(result)
      else out.write(formatSummary(path, result) + '\n')
    } catch (error) {
      failures++
      err.write(`${showProgress ? '\n' : ''}copydesk: ${path}: ${(error as Error).message}\n`)
    }
    if (showProgress) drawProgress(err, index + 1, files.length, path)
  }
  if (showProgress) err.write('\n')
  if (values.json)
    out.write(
      JSON.stringify(results.length === 1 && files.length === 1 ? results[0] : results, null, 2) +
        '\n',
    )
  return failures === 0 ? EXIT.ok : EXIT.someFailed
}

function drawProgress(err: NodeJS.WriteStream, done: number, total: number, path: string): void {
  const width = 30
  const filled = Math.round((done / total) * width)
  const name = path.length > 40 ? '…' + path.slice(-39) : path
  err.write(
    `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${name}`.padEnd(90),
  )
}

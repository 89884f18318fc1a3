/**
 * @module
 * `copydesk`: the command-line edge of the analysis core, for scripts and editors' machines.
 * Exit codes: 0 all articles analyzed; 1 some failed; 2 usage error; 3 nothing to analyze.
 */
import { parseArgs } from 'node:util'
import { analyze, type AnalysisResult } from '../analysis/index'
import { listArticlePaths, readArticleFile } from './inputs'
import { drawProgress } from './progress'
import { backfill, exportResults } from './remote'
import { formatSummary } from './summary'

export const EXIT = { ok: 0, someFailed: 1, usage: 2, noInput: 3 } as const

const USAGE = `Usage: copydesk analyze <file|dir|-> [...] [options]
       copydesk backfill <file.ndjson> --url <copydesk URL> [--source <name>] [--batch <n>] [--no-wait]
       copydesk results --url <copydesk URL> [--source <name>] [--since <ISO time>] [--cursor <c>]

analyze: analyzes news articles (HTML or text) offline: clean text, readability, keywords,
topics, stance.
backfill: sends an archive, one JSON article per line ({"id", "title", "url", "html" or "text"}),
to a running copydesk as one job, 500 articles a request, and follows it until every article is
stored or failed (a summary line on stdout; failures on stderr).
results: writes every stored result with its analysis as NDJSON on stdout, and the cursor to
resume from on stderr.

Options:
  --json              print the full result as JSON (an array when there are several articles)
  --ndjson            print one JSON result per line, as each article finishes
  --html | --text     treat every input as HTML or as text (default: by extension, then sniffed)
  --title <title>     the article's title, when it is not in the input
  --compat textstat   reproduce Python textstat 0.7.11 readability numbers
  --url <url>         backfill, results: where copydesk runs (e.g. http://127.0.0.1:8787)
  --key <key>         backfill, results: an API key (default: $COPYDESK_API_KEY)
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
        url: { type: 'string' },
        key: { type: 'string' },
        source: { type: 'string' },
        since: { type: 'string' },
        cursor: { type: 'string' },
        batch: { type: 'string' },
        'no-wait': { type: 'boolean' },
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
  if (command === 'backfill' || command === 'results') {
    if (!values.url) {
      err.write(`copydesk: ${command} needs --url\n`)
      return EXIT.usage
    }
    const remote = {
      url: values.url,
      key: values.key ?? process.env.COPYDESK_API_KEY,
      out,
      err,
      progress: !values['no-progress'] && (values.progress ?? Boolean(err.isTTY)),
    }
    try {
      if (command === 'results')
        return await exportResults({
          ...remote,
          source: values.source,
          since: values.since,
          cursor: values.cursor,
        })
      const batch = values.batch === undefined ? 500 : Number(values.batch)
      if (paths.length !== 1 || !Number.isInteger(batch) || batch < 1 || batch > 1000) {
        err.write('copydesk: backfill takes one NDJSON file, and --batch from 1 to 1000\n')
        return EXIT.usage
      }
      return await backfill({
        ...remote,
        file: paths[0],
        source: values.source,
        batch,
        wait: !values['no-wait'],
      })
    } catch (error) {
      err.write(`\ncopydesk: ${(error as Error).message}\n`)
      return EXIT.someFailed
    }
  }
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

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { EXIT, main } from '../../src/cli/main'
import { sniffKind } from '../../src/cli/inputs'

function capture() {
  const stream = new PassThrough()
  let text = ''
  stream.on('data', (chunk) => (text += chunk))
  return { stream, read: () => text }
}

async function run(args: string[]) {
  const out = capture()
  const err = capture()
  const code = await main(args, out.stream, err.stream as unknown as NodeJS.WriteStream)
  return { code, out: out.read(), err: err.read() }
}

describe('copydesk analyze', () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  writeFileSync(
    join(dir, 'a.txt'),
    'The mayor invited residents to attend a public hearing on the new tram line. The transport union has yet to respond.',
  )
  writeFileSync(
    join(dir, 'b.html'),
    '<html><body><nav><a href="/">Home</a></nav><article><h1>Tram line approved</h1><p>The city council approved the new tram line on Tuesday after a two-hour debate, with nine votes in favour and four against.</p></article></body></html>',
  )

  it('prints one JSON line per article with --ndjson and exits 0', async () => {
    const r = await run(['analyze', dir, '--ndjson', '--no-progress'])
    expect(r.code).toBe(EXIT.ok)
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines).toHaveLength(2)
    expect(lines[0].id).toBe(join(dir, 'a.txt'))
    expect(lines[1].clean.title).toBe('Tram line approved')
    expect(lines[1].clean.text).not.toContain('Home')
  })

  it('prints one JSON object for one file with --json', async () => {
    const r = await run(['analyze', join(dir, 'a.txt'), '--json'])
    expect(r.code).toBe(EXIT.ok)
    expect(JSON.parse(r.out).stats.words).toBeGreaterThan(15)
  })

  it('prints a readable summary by default', async () => {
    const r = await run(['analyze', join(dir, 'b.html')])
    expect(r.out).toMatch(/readability\s+Flesch/)
    expect(r.out).toContain('Tram line approved')
  })

  it('draws a progress bar on stderr when asked', async () => {
    const r = await run(['analyze', dir, '--ndjson', '--progress'])
    expect(r.err).toContain('2/2')
  })

  it('exits 2 on usage errors and 3 when there is nothing to analyze', async () => {
    expect((await run([])).code).toBe(EXIT.usage)
    expect((await run(['summarize', dir])).code).toBe(EXIT.usage)
    expect((await run(['analyze', dir, '--json', '--ndjson'])).code).toBe(EXIT.usage)
    expect((await run(['analyze', dir, '--bogus'])).code).toBe(EXIT.usage)
    expect((await run(['analyze', join(dir, 'missing.txt')])).code).toBe(EXIT.noInput)
    const empty = mkdtempSync(join(tmpdir(), 'copydesk-empty-'))
    expect((await run(['analyze', empty])).code).toBe(EXIT.noInput)
    rmSync(empty, { recursive: true })
  })
})

describe('sniffKind', () => {
  it('goes by extension, then by the first characters', () => {
    expect(sniffKind('x.htm', 'plain')).toBe('html')
    expect(sniffKind('x.txt', '<p>looks like html</p>')).toBe('text')
    expect(sniffKind('-', '  <!DOCTYPE html><html>')).toBe('html')
    expect(sniffKind('-', 'Just words.')).toBe('text')
  })
})

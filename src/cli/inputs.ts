/**
 * @module
 * Finds the articles a CLI call names (files, folders, `-` for stdin) and decides for each whether
 * it is HTML or text, by extension and then by sniffing its start.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { decodeBody } from '../routes/body-encoding'

export interface ArticleFile {
  /** The path as given or found, or `-` for standard input. */
  path: string
  kind: 'html' | 'text'
  content: string
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml'])
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md'])
const HTML_START =
  /^\s*(?:<!doctype html|<html|<head|<body|<article|<(?:p|div|h[1-6]|section|main)[\s>])/i

/** Guesses HTML or text from a file name and its first characters. */
export function sniffKind(path: string, content: string): 'html' | 'text' {
  const extension = extname(path).toLowerCase()
  if (HTML_EXTENSIONS.has(extension)) return 'html'
  if (TEXT_EXTENSIONS.has(extension)) return 'text'
  return HTML_START.test(content.slice(0, 1024)) ? 'html' : 'text'
}

/** Lists the article files under the given paths: folders are walked, hidden entries skipped. */
export async function listArticlePaths(paths: readonly string[]): Promise<string[]> {
  const found: string[] = []
  for (const path of paths) {
    if (path === '-') {
      found.push(path)
      continue
    }
    const info = await stat(path)
    if (info.isDirectory()) found.push(...(await walk(path)))
    else found.push(path)
  }
  return found
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true })
  const files: string[] = []
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) files.push(...(await walk(path)))
    else if (
      HTML_EXTENSIONS.has(extname(entry.name).toLowerCase()) ||
      TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase())
    )
      files.push(path)
  }
  return files
}

/** Reads one article, from a file or from standard input. */
export async function readArticleFile(
  path: string,
  forced?: 'html' | 'text',
): Promise<ArticleFile> {
  const bytes = path === '-' ? await readStdin() : await readFile(path)
  const utf8 = bytes.toString('utf8')
  const kind = forced ?? sniffKind(path, utf8)
  // A legacy page (ISO-8859-1, Windows-1252) is read as the service reads it: by its BOM, its
  // <meta charset>, or as Windows-1252.
  const content = kind === 'html' && utf8.includes('\ufffd') ? decodeBody(bytes, 'html', '') : utf8
  return { path, kind, content }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

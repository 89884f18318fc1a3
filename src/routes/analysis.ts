/**
 * @module
 * `POST /v1/*`: the analysis routes. Each reads the article the same way and returns its slice
 * of one {@link analyze} run.
 */
import { Hono, type Context } from 'hono'
import { analyze, cleanArticle, type AnalysisPart, type CleanResult } from '../analysis/index'
import type { AppEnv } from '../app-env'
import { positiveInteger } from '../config'
import { Problem } from '../errors'
import { DEFAULT_MAX_BODY_BYTES, readArticle } from './read-article'

/** The configured body limit: `MAX_BODY_BYTES` when it is a positive integer, else 2 MB. */
export function maxBodyBytes(env: Partial<Env> | undefined): number {
  return positiveInteger(env?.MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES)
}

/**
 * The default longest article, in characters of clean text: about 80,000 words, several times
 * the longest long-read, so that no real article is refused while analysis time stays bounded.
 */
export const DEFAULT_MAX_ARTICLE_CHARS = 500_000

/** The configured article limit: `MAX_ARTICLE_CHARS` when a positive integer, else 500,000. */
export function maxArticleChars(env: Partial<Env> | undefined): number {
  return positiveInteger(env?.MAX_ARTICLE_CHARS, DEFAULT_MAX_ARTICLE_CHARS)
}

/**
 * Refuses a clean text that cannot be analyzed usefully: none at all (an HTML page of markup
 * only, 422) or longer than the article limit (413).
 */
export function checkArticle(clean: CleanResult, maxChars: number): void {
  if (!clean.text.trim()) {
    throw new Problem(
      'empty-text',
      clean.warnings.find((warning) => warning.code === 'no-text')?.message ??
        'No article text was found: the input holds only markup, scripts or page furniture.',
      { removed: clean.removed },
    )
  }
  if (clean.text.length > maxChars) {
    throw new Problem(
      'payload-too-large',
      `The article is ${clean.text.length} characters long; the limit is ${maxChars}.`,
      { limit: maxChars },
    )
  }
}

const read = (c: Context<AppEnv>) =>
  readArticle(c.req.raw, maxBodyBytes(c.env), new URL(c.req.url).searchParams)

const run = async (c: Context<AppEnv>, parts: readonly AnalysisPart[]) => {
  const limit = maxArticleChars(c.env)
  return analyze(await read(c), parts, (clean) => checkArticle(clean, limit))
}

export const analysisRoutes = new Hono<AppEnv>()
  .post('/analyze', async (c) =>
    c.json(await run(c, ['clean', 'readability', 'keywords', 'topics', 'stance'])),
  )
  .post('/clean', async (c) => {
    const clean = cleanArticle(await read(c))
    checkArticle(clean, maxArticleChars(c.env))
    return c.json({ clean })
  })
  .post('/readability', async (c) => {
    const { id, version, language, readability, stats } = await run(c, ['readability'])
    return c.json({ id, version, language, readability, stats })
  })
  .post('/keywords', async (c) => {
    const { id, version, language, keywords } = await run(c, ['keywords'])
    return c.json({ id, version, language, keywords })
  })
  .post('/topics', async (c) => {
    const { id, version, language, topics } = await run(c, ['topics'])
    return c.json({ id, version, language, topics })
  })
  .post('/stance', async (c) => {
    const { id, version, language, stance } = await run(c, ['stance'])
    return c.json({ id, version, language, stance })
  })

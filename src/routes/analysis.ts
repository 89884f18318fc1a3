/**
 * @module
 * `POST /v1/*`: the analysis routes. Each reads the article the same way and returns its slice
 * of one {@link analyze} run.
 */
import { Hono, type Context } from 'hono'
import { analyze, cleanArticle, type AnalysisPart } from '../analysis/index'
import type { AppEnv } from '../app-env'
import { positiveInteger } from '../config'
import { DEFAULT_MAX_BODY_BYTES, readArticle } from './read-article'

/** The configured body limit: `MAX_BODY_BYTES` when it is a positive integer, else 2 MB. */
export function maxBodyBytes(env: Partial<Env> | undefined): number {
  return positiveInteger(env?.MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES)
}

const read = (c: Context<AppEnv>) =>
  readArticle(c.req.raw, maxBodyBytes(c.env), new URL(c.req.url).searchParams)

const run = async (c: Context<AppEnv>, parts: readonly AnalysisPart[]) =>
  analyze(await read(c), parts)

export const analysisRoutes = new Hono<AppEnv>()
  .post('/analyze', async (c) =>
    c.json(await run(c, ['clean', 'readability', 'keywords', 'topics', 'stance'])),
  )
  .post('/clean', async (c) => c.json({ clean: cleanArticle(await read(c)) }))
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

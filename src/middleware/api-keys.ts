/**
 * @module
 * API keys for `/v1/*` (webhooks excepted: they carry their own signatures). Keys come from the
 * secret `API_KEYS`, comma-separated `name=key` or `name=sha256:<hex of the key>`; the names in
 * `ADMIN_KEY_NAMES` may read every key's results and jobs. Only a key's name is ever logged or
 * stored. With no key configured the API refuses every call (fail closed), unless
 * `ALLOW_NO_KEYS` is `"true"`, which only `npm start` sets.
 */
import { createMiddleware } from 'hono/factory'
import type { AppEnv, Caller } from '../app-env'
import { Problem, problemResponse } from '../errors'
import { constantTimeEqual, sha256Hex } from '../webhooks/crypto'

/** A configured key: its name and the SHA-256 (hex) of the key. */
export interface ApiKey {
  name: string
  sha256: string
  admin: boolean
}

/** What `API_KEYS` holds once read, and the entries that could not be read (by position). */
export interface KeyTable {
  keys: ApiKey[]
  malformed: number[]
}

const NAME = /^[A-Za-z0-9][\w.-]{0,63}$/
const HEX_DIGEST = /^sha256:([0-9a-fA-F]{64})$/

/**
 * Reads `API_KEYS` and `ADMIN_KEY_NAMES`.
 *
 * @example
 * await readKeys('cms=s3cret, ops=sha256:9f86d0…', 'ops')
 * // { keys: [{ name: 'cms', sha256: '…', admin: false }, { name: 'ops', …, admin: true }], malformed: [] }
 */
export async function readKeys(
  setting: string | undefined,
  adminNames: string | undefined,
): Promise<KeyTable> {
  const admins = new Set((adminNames ?? '').split(/[\s,]+/).filter(Boolean))
  const table: KeyTable = { keys: [], malformed: [] }
  const entries = (setting ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  for (const [position, entry] of entries.entries()) {
    const equals = entry.indexOf('=')
    const name = entry.slice(0, equals).trim()
    const value = entry.slice(equals + 1).trim()
    if (equals < 1 || !NAME.test(name) || !value) {
      table.malformed.push(position + 1)
      continue
    }
    const digest = HEX_DIGEST.exec(value)
    const sha256 = digest ? digest[1].toLowerCase() : await sha256Hex(value)
    table.keys.push({ name, sha256, admin: admins.has(name) })
  }
  return table
}

/**
 * The key a bearer token is, or `null`. Every configured key is compared, in constant time, so
 * the time taken says nothing about which key nearly matched.
 */
export async function matchKey(keys: readonly ApiKey[], token: string): Promise<ApiKey | null> {
  const presented = await sha256Hex(token)
  let found: ApiKey | null = null
  for (const key of keys) if (constantTimeEqual(key.sha256, presented) && !found) found = key
  return found
}

// One parse per distinct setting: secrets do not change while an isolate lives.
const tables = new Map<string, Promise<KeyTable>>()

function keyTable(env: Env): Promise<KeyTable> {
  const settings = env as unknown as Record<string, unknown>
  const setting = typeof settings.API_KEYS === 'string' ? settings.API_KEYS : ''
  const admins = typeof settings.ADMIN_KEY_NAMES === 'string' ? settings.ADMIN_KEY_NAMES : ''
  const id = `${setting}\u0000${admins}`
  let table = tables.get(id)
  if (!table) {
    table = readKeys(setting, admins).then((read) => {
      if (read.malformed.length)
        console.warn(
          JSON.stringify({
            config: 'API_KEYS',
            warning: `entries ${read.malformed.join(', ')} are not name=key or name=sha256:<hex>; ignored`,
          }),
        )
      return read
    })
    if (tables.size > 8) tables.clear()
    tables.set(id, table)
  }
  return table
}

/** The caller when no keys are configured and the dev-only opening is on. */
const LOCAL_CALLER: Caller = { name: 'local', admin: true }

const challenge = (error?: string) => `Bearer realm="copydesk"${error ? `, error="${error}"` : ''}`

const refuse = (detail: string, error?: string) =>
  problemResponse(new Problem('unauthorized', detail), { 'www-authenticate': challenge(error) })

/**
 * Requires `Authorization: Bearer <key>` and sets `caller` to the key's name and rights.
 *
 * @example
 * app.use('/v1/*', requireApiKey())
 */
export const requireApiKey = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const { keys } = await keyTable(c.env)
    if (keys.length === 0) {
      if ((c.env as unknown as Record<string, unknown>).ALLOW_NO_KEYS === 'true') {
        c.set('caller', LOCAL_CALLER)
        return next()
      }
      return refuse(
        'This deployment has no API keys configured, so it refuses every call. Set the API_KEYS secret.',
      )
    }
    const header = c.req.header('authorization') ?? ''
    const token = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header)?.[1]
    if (!token)
      return refuse(
        header
          ? 'The Authorization header is not of the form "Bearer <key>".'
          : 'This route needs an API key: send "Authorization: Bearer <key>".',
        header ? 'invalid_request' : undefined,
      )
    const key = await matchKey(keys, token)
    if (!key) return refuse('The API key is not one this deployment knows.', 'invalid_token')
    c.set('caller', { name: key.name, admin: key.admin })
    return next()
  })

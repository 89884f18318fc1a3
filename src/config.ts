/**
 * @module
 * Per-source settings read from Worker vars and secrets, named `<SETTING>_<SOURCE>` in upper
 * case: `WEBHOOK_SECRET_GHOST`, `CMS_URL_STORYBLOK`, `CALLBACK_URL_SANITY`, ...
 */

type Settings = Record<string, unknown>

/** The setting `<name>_<SOURCE>`, trimmed, or `undefined` when it is unset or empty. */
export function sourceSetting(env: object, name: string, source: string): string | undefined {
  const value = (env as Settings)[`${name}_${source.toUpperCase()}`]
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

/**
 * The webhook secrets of a source. Several may be configured during a rotation, separated by
 * commas or whitespace (`WEBHOOK_SECRET_GHOST="new-secret, old-secret"`).
 */
export function webhookSecrets(env: object, source: string): string[] {
  return (sourceSetting(env, 'WEBHOOK_SECRET', source) ?? '').split(/[\s,]+/).filter(Boolean)
}

/** An http(s) URL, or `undefined` for anything else (not a string, not a URL, another scheme). */
export function parseHttpUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined
  try {
    const url = new URL(value.trim())
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined
  } catch {
    return undefined
  }
}

/** An http(s) URL setting, or `undefined` when unset or not a URL. */
export function sourceUrl(env: object, name: string, source: string): URL | undefined {
  return parseHttpUrl(sourceSetting(env, name, source))
}

/** A positive integer setting, or `fallback`. */
export function positiveInteger(value: unknown, fallback: number): number {
  const number = Number(value)
  return Number.isSafeInteger(number) && number > 0 ? number : fallback
}

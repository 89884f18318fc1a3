/**
 * @module
 * The caches that outlive one `analyze()` call. A Worker isolate serves many requests, so the
 * core keeps what it learns about a word (its stem, syllables, word class) from one article to
 * the next. Each such cache is named, has a bound, and is listed by {@link caches}, so a test can
 * see them all stay inside their bounds and a caller can empty them.
 */

/** What every long-lived cache says about itself. */
export interface CacheInfo {
  /** `<capability>.<what>`, e.g. `readability.syllables`. */
  readonly name: string
  /** Entries held now. */
  readonly size: number
  /** Entries it may hold before it starts afresh. */
  readonly maxSize: number
  /** Forgets every entry. */
  clear(): void
}

const registered: CacheInfo[] = []

/** Lists `cache` in {@link caches}; returns it. */
export function registerCache<T extends CacheInfo>(cache: T): T {
  registered.push(cache)
  return cache
}

/**
 * Every long-lived cache of the core, in the order they were made.
 *
 * @example
 * caches().map((c) => `${c.name} ${c.size}/${c.maxSize}`)
 */
export function caches(): readonly CacheInfo[] {
  return registered
}

/** Empties every long-lived cache (results never depend on them; only speed does). */
export function clearCaches(): void {
  for (const cache of registered) cache.clear()
}

/**
 * A memo of a pure function's results by key, emptied when it reaches `maxSize`: a stream of ever
 * new words cannot grow an isolate without limit, and the words of the next article come back
 * at once. Results never depend on what it holds.
 *
 * @example
 * const syllables = new BoundedMemo<string, number>('readability.syllables', 50_000)
 * syllables.get('cat') ?? syllables.set('cat', countSyllables('cat'))
 */
export class BoundedMemo<K, V> implements CacheInfo {
  private readonly map = new Map<K, V>()

  constructor(
    readonly name: string,
    readonly maxSize: number,
  ) {
    registerCache(this)
  }

  get size(): number {
    return this.map.size
  }

  get(key: K): V | undefined {
    return this.map.get(key)
  }

  /** Stores `value` under `key` and returns it. */
  set(key: K, value: V): V {
    if (this.map.size >= this.maxSize) this.map.clear()
    this.map.set(key, value)
    return value
  }

  clear(): void {
    this.map.clear()
  }
}

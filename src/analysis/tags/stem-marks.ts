/**
 * @module
 * One record per distinct stem in the process, shared by every word with that stem (cached on its
 * word info): a keyphrase table numbers an article's stems by marking these, so numbering costs
 * no map lookup per word (phrase-table.ts).
 */
import { registerCache, type CacheInfo } from '../cache'

/** A stem's record: the article that last numbered it, and the number it gave. */
export interface StemMark {
  readonly stem: string
  /** The registry generation that made it; a mark of an older one is looked up again. */
  readonly generation: number
  article: number
  number: number
}

/** What a word's facts hold for its stem (word-info.ts). */
export interface StemHolder {
  readonly stem: string
  stemMark: StemMark | undefined
}

/**
 * The stem marks of the process, renewed when they grow past `maxSize`, but only between
 * articles: within one, a stem must keep its one mark.
 */
export class StemMarks implements CacheInfo {
  private marks = new Map<string, StemMark>()
  private generation = 1
  private articles = 0

  constructor(
    readonly name: string,
    readonly maxSize: number,
  ) {}

  get size(): number {
    return this.marks.size
  }

  /** The mark of `stem`, made on first sight. */
  of(stem: string): StemMark {
    let mark = this.marks.get(stem)
    if (!mark)
      this.marks.set(stem, (mark = { stem, generation: this.generation, article: 0, number: 0 }))
    return mark
  }

  /** The mark of a word's stem, through the one cached on it when that is current. */
  ofWord(holder: StemHolder): StemMark {
    const mark = holder.stemMark
    if (mark !== undefined && mark.generation === this.generation) return mark
    return (holder.stemMark = this.of(holder.stem))
  }

  /** The mark of `stem`, if it has one. */
  find(stem: string): StemMark | undefined {
    return this.marks.get(stem)
  }

  /** A number for a new article, unique in the process; marks of other articles are stale. */
  startArticle(): number {
    if (this.marks.size > this.maxSize) this.clear()
    return ++this.articles
  }

  /** Starts a new generation. Only between articles. */
  clear(): void {
    this.marks = new Map()
    this.generation++
  }
}

/** The process's stem marks. */
export const stemMarks = registerCache(new StemMarks('tags.stemMarks', 50_000))

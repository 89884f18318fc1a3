import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BoundedMemo, caches, clearCaches } from '../../src/analysis/cache'
import { analyze } from '../../src/analysis/index'
import { LexemeTable } from '../../src/analysis/text/lexeme'
import { fnv1a, fnv1aStep, FNV_OFFSET_BASIS } from '../../src/analysis/hash'

// The caches that outlive one analyze() call are named, bounded and listed; none changes an answer.

const hashOf = (word: string) =>
  [...word].reduce((state, c) => fnv1aStep(state, c.charCodeAt(0)), FNV_OFFSET_BASIS)
const lexemeOf = (table: LexemeTable, word: string) => table.of(word, 0, word.length, hashOf(word))

/** Made-up words no article holds: "zq0x", "zq1x", ... */
const unseenWords = (count: number) =>
  Array.from({ length: count }, (_, i) => `zq${i.toString(36)}x`)

describe('long-lived caches', () => {
  it('are each named once', () => {
    analyze({ text: 'Warm every cache: Die Katze schläft. The council voted.' })
    const names = caches().map((c) => c.name)
    expect(names).toEqual(
      expect.arrayContaining([
        'text.lexemes',
        'readability.wordFacts',
        'tags.wordInfo',
        'tags.stemMarks',
        'natural.stems',
        'keywords.phraseTable',
      ]),
    )
    expect(new Set(names).size).toBe(names.length)
    for (const cache of caches()) expect(cache.name).toMatch(/^[a-z]+(?:\.[a-zA-Z]+)+$/)
  })

  it('stay within their bounds over a stream of ever new words', () => {
    const words = unseenWords(130_000)
    // Articles of 2,000 new words each, as a long-lived isolate would meet them.
    for (let i = 0; i < words.length; i += 2000)
      analyze({ text: `${words.slice(i, i + 2000).join(' ')}.` })
    // A cache renewed only between articles (the stem marks) may pass its bound by one article's words.
    for (const cache of caches())
      expect(cache.size, cache.name).toBeLessThanOrEqual(cache.maxSize + 2000)
    const lexemes = caches().find((c) => c.name === 'text.lexemes')!
    expect(lexemes.size).toBeLessThan(130_000)
  })

  it('give the same answers once emptied', () => {
    const text = readFileSync('fixtures/articles/summit-talks.txt', 'utf8')
    const warm = JSON.stringify(analyze({ text }))
    clearCaches()
    for (const cache of caches()) expect(cache.size, cache.name).toBe(0)
    expect(JSON.stringify(analyze({ text }))).toBe(warm)
    expect(JSON.stringify(analyze({ text }))).toBe(warm)
  })
})

describe('BoundedMemo', () => {
  it('starts afresh when full', () => {
    const memo = new BoundedMemo<string, number>('test.memo', 3)
    for (const [i, key] of ['a', 'b', 'c'].entries()) memo.set(key, i)
    expect(memo.size).toBe(3)
    expect(memo.get('b')).toBe(1)
    memo.set('d', 4)
    expect(memo.size).toBe(1)
    expect(memo.get('a')).toBeUndefined()
    expect(memo.get('d')).toBe(4)
  })
})

describe('LexemeTable', () => {
  it('gives one lexeme per spelling, numbered in order of first sight', () => {
    const table = new LexemeTable('test.lexemes', 100)
    const cat = lexemeOf(table, 'cat')
    expect(table.of('The cat', 4, 7, hashOf('cat'))).toBe(cat)
    const dog = lexemeOf(table, 'dog')
    expect(dog.id).toBe(cat.id + 1)
    expect(dog.lower).toBe('dog')
    expect(lexemeOf(table, 'Dog')).not.toBe(dog)
  })

  it('grows past its first slots and still finds every spelling', () => {
    const table = new LexemeTable('test.lexemes', 100_000)
    const words = unseenWords(5000)
    const made = words.map((w) => lexemeOf(table, w))
    expect(words.map((w) => lexemeOf(table, w))).toEqual(made)
    expect(table.size).toBe(5000)
  })

  it('starts afresh at its bound, emptying its caches, and never reuses a number', () => {
    const table = new LexemeTable('test.lexemes', 4)
    const syllables = table.cache<number>('test.syllables')
    const first = ['one', 'two', 'three', 'four'].map((w) => lexemeOf(table, w))
    first.forEach((lexeme, i) => syllables.set(lexeme, i + 1))
    expect(syllables.get(first[2])).toBe(3)
    const fifth = lexemeOf(table, 'five')
    expect(table.size).toBe(1)
    expect(fifth.id).toBe(first[3].id + 1)
    // A lexeme of before the reset (still held by an older tokenization) is not cached any more...
    expect(syllables.get(first[0])).toBeUndefined()
    expect(syllables.set(first[0], 9)).toBe(9)
    expect(syllables.get(first[0])).toBeUndefined()
    // ...and its number cannot alias a new lexeme's.
    syllables.set(fifth, 2)
    expect(syllables.get(fifth)).toBe(2)
    expect(lexemeOf(table, 'one')).not.toBe(first[0])
  })
})

describe('fnv1a', () => {
  it('is the published 32-bit FNV-1a', () => {
    // Test vectors from the FNV reference (Fowler, Noll, Vo): "" and "a", "foobar".
    expect(fnv1a('')).toBe(0x811c9dc5)
    expect(fnv1a('a')).toBe(0xe40c292c)
    expect(fnv1a('foobar')).toBe(0xbf9cf968)
  })
})

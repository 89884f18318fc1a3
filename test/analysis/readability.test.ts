import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analysis/analyze'
import { countTokens, emptyCounts } from '../../src/analysis/readability/counts'
import * as formula from '../../src/analysis/readability/formulas'
import { scoreReadability } from '../../src/analysis/readability/index'
import { textstatScores } from '../../src/analysis/readability/textstat'
import { tokenize } from '../../src/analysis/text/tokenize'

// Composed for these tests. Word-by-word syllables (CMU): The1 cat1 sat1 on1 the1 mat1. It1 was1 happy2.
const SIMPLE = 'The cat sat on the mat. It was happy.'

const NEWS = [
  'The city council voted on Tuesday to expand the bus network after months of debate.',
  'Supporters said the plan would cut commuting times, while critics questioned its cost.',
  '',
  'Officials expect construction to begin next spring. The mayor did not comment.',
].join('\n')

const DENSE =
  'Notwithstanding considerable institutional opposition, the administration implemented comprehensive regulatory modifications, ' +
  'precipitating unprecedented intergovernmental negotiations regarding jurisdictional responsibilities.'

describe('counts', () => {
  it('counts words, sentences and syllables once, per sentence and in total', () => {
    const { total, sentences } = countTokens(tokenize(SIMPLE))
    expect(total).toMatchObject({
      word: 9,
      sentence: 2,
      syllable: 10,
      monosyllable: 8,
      polysyllable: 0,
    })
    expect(sentences.map((s) => s.word)).toEqual([6, 3])
  })

  it('takes inflections of familiar words and names mid-sentence as familiar (New Dale-Chall)', () => {
    const { total } = countTokens(tokenize('The boys played with Anna and her dogs. They jumped.'))
    expect(total.difficult).toBe(0)
  })

  it('leaves names, hyphenated compounds and -ed/-es/-ing forms out of Gunning complex words', () => {
    const { total } = countTokens(
      tokenize('Yesterday Washington hosted a well-organized celebration of creating.'),
    )
    // polysyllables: yesterday, washington, well-organized, celebration, creating
    expect(total.polysyllable).toBe(5)
    // complex: yesterday (sentence start, not a name), celebration
    expect(total.complexGunning).toBe(2)
  })
})

describe('formulas take counts', () => {
  const c = {
    ...emptyCounts(),
    sentence: 2,
    word: 20,
    syllable: 30,
    letter: 90,
    polysyllable: 3,
    complexGunning: 2,
    longWord: 4,
    monosyllable: 13,
    difficult: 2,
    spacheDifficult: 3,
  }
  it.each([
    ['fleschReadingEase', 206.835 - 1.015 * 10 - 84.6 * 1.5],
    ['fleschKincaidGrade', 0.39 * 10 + 11.8 * 1.5 - 15.59],
    ['gunningFog', 0.4 * (10 + 10)],
    ['smog', 1.043 * Math.sqrt(3 * 15) + 3.1291],
    ['colemanLiau', 0.0588 * 450 - 0.296 * 10 - 15.8],
    ['automatedReadabilityIndex', 4.71 * 4.5 + 0.5 * 10 - 21.43],
    ['daleChall', 0.1579 * 10 + 0.0496 * 10 + 3.6365],
    ['linsearWrite', (17 + 9) / 2 / 2 - 1],
    ['spache', 0.121 * 10 + 0.082 * 15 + 0.659],
    ['lix', 10 + 20],
    ['rix', 2],
    ['amstad', 180 - 10 - 58.5 * 1.5],
    ['fernandezHuerta', 206.84 - 0.6 * 150 - 1.02 * 10],
    ['szigrisztPazos', 206.835 - 62.3 * 1.5 - 10],
    ['kandelMoles', 207 - 1.015 * 10 - 73.6 * 1.5],
    ['gulpease', 89 + (600 - 900) / 20],
    ['douma', 206.835 - 0.93 * 10 - 77 * 1.5],
  ] as const)('%s', (name, expected) => {
    expect((formula[name] as (x: typeof c) => number)(c)).toBeCloseTo(expected, 9)
  })

  it('returns NaN, not a throw, for no words', () => {
    expect(formula.fleschKincaidGrade(emptyCounts())).toBeNaN()
  })
})

describe('scoreReadability (published)', () => {
  it('scores a simple text', () => {
    const { readability, stats } = scoreReadability(tokenize(SIMPLE))
    expect(stats).toMatchObject({ words: 9, sentences: 2, syllables: 10 })
    // 0.39 * 4.5 + 11.8 * 10/9 - 15.59 = -0.7239
    expect(readability.fleschKincaidGrade).toBe(-0.72)
    expect(readability.mode).toBe('published')
    expect(readability.notApplicable).toEqual([
      'amstad',
      'wienerSachtextformel',
      'fernandezHuerta',
      'szigrisztPazos',
      'kandelMoles',
      'gulpease',
      'douma',
    ])
  })

  it('orders an easy text below a dense one on every grade formula', () => {
    const easy = scoreReadability(tokenize(NEWS)).readability
    const hard = scoreReadability(tokenize(DENSE)).readability
    for (const key of [
      'fleschKincaidGrade',
      'gunningFog',
      'smog',
      'colemanLiau',
      'automatedReadabilityIndex',
      'daleChall',
      'linsearWrite',
      'consensusGrade',
    ] as const) {
      expect(hard[key]!, key).toBeGreaterThan(easy[key]!)
    }
    expect(hard.fleschReadingEase!).toBeLessThan(easy.fleschReadingEase!)
  })

  it('gives the hardest sentences and per-paragraph grades with offsets into the text', () => {
    const tokens = tokenize(NEWS + '\n\n' + DENSE)
    const { readability } = scoreReadability(tokens, { hardestSentences: 2 })
    expect(readability.hardestSentences).toHaveLength(2)
    expect(readability.hardestSentences[0].sentence).toBe(DENSE)
    for (const s of readability.hardestSentences)
      expect(tokens.text.slice(s.start, s.end)).toBe(s.sentence)
    const paragraphs = readability.paragraphs!
    expect(paragraphs).toHaveLength(3)
    expect(paragraphs[2].grade!).toBeGreaterThan(paragraphs[0].grade!)
    expect(tokens.text.slice(paragraphs[1].start, paragraphs[1].end)).toBe(
      'Officials expect construction to begin next spring. The mayor did not comment.',
    )
  })

  it('grades every sentence, with offsets', () => {
    const tokens = tokenize(SIMPLE + ' ' + DENSE)
    const { readability } = scoreReadability(tokens)
    const sentences = readability.sentences!
    expect(sentences.map((s) => tokens.text.slice(s.start, s.end))).toEqual([
      'The cat sat on the mat.',
      'It was happy.',
      DENSE,
    ])
    expect(sentences[2].grade!).toBeGreaterThan(sentences[0].grade!)
  })

  it('reads at 238 words a minute unless told otherwise', () => {
    const text = 'word '.repeat(476)
    expect(scoreReadability(tokenize(text)).readability.readingTimeSeconds).toBe(120)
    expect(
      scoreReadability(tokenize(text), { wordsPerMinute: 476 }).readability.readingTimeSeconds,
    ).toBe(60)
  })

  it('uses German formulas for German text and says which English ones do not apply', () => {
    const r = analyze(
      {
        text: 'Der Bundestag hat am Dienstag ein neues Gesetz beschlossen, das die Mieten in den großen Städten begrenzen soll. Die Opposition kritisierte den Entwurf als unzureichend.',
      },
      ['readability'],
    )
    expect(r.language).toBe('de')
    expect(r.readability.fleschKincaidGrade).toBeNull()
    expect(r.readability.notApplicable).toContain('fleschKincaidGrade')
    expect(r.readability.amstad).toBeGreaterThan(30)
    expect(r.readability.amstad).toBeLessThan(80)
    expect(r.readability.wienerSachtextformel).toBeGreaterThan(4)
    expect(r.readability.lix).not.toBeNull()
  })

  it.each([
    [
      'es',
      'fernandezHuerta',
      'El gobierno anunció el martes que no subirá los impuestos este año, según explicó el ministro de economía.',
    ],
    [
      'fr',
      'kandelMoles',
      'Le gouvernement a annoncé mardi qu’il n’augmentera pas les impôts cette année, selon le ministre.',
    ],
    [
      'it',
      'gulpease',
      'Il governo ha annunciato martedì che non aumenterà le tasse quest’anno, secondo il ministro.',
    ],
    [
      'nl',
      'douma',
      'De regering heeft dinsdag bekendgemaakt dat de belastingen dit jaar niet worden verhoogd.',
    ],
  ])('uses the %s formula', (language, key, text) => {
    const r = analyze({ text }, ['readability'])
    expect(r.language).toBe(language)
    expect(r.readability[key]).toBeTypeOf('number')
    expect(r.readability.fleschReadingEase).toBeNull()
  })

  it('prints no syllable formula for Chinese', () => {
    const r = analyze({ text: '美国邀请中国加入国际联盟。北京尚未回应。' }, ['readability'])
    expect(r.readability.fleschReadingEase).toBeNull()
    expect(r.readability.consensusGrade).toBeNull()
    expect(r.readability.notApplicable).toContain('fleschReadingEase')
  })
})

describe("compat: 'textstat'", () => {
  // textstat 0.7.11 conventions, worked by hand:
  // sentences: "He left." has 2 words and is dropped, so 2 sentences;
  // words: the hyphen is deleted, "well-known" is one word "wellknown": 7 + 2 + 7 = 16;
  // syllables: CMU for listed words, hyphenation for the joined compound (well-known: 2) = 18.
  const TEXT = 'The old man walked to the store. He left. The well-known shop was closed on Monday.'

  it('counts the textstat way', () => {
    expect(textstatScores(TEXT).counts).toMatchObject({
      words: 16,
      sentences: 2,
      syllables: 18,
      letters: 64,
      characters: 68,
    })
  })

  it('applies textstat formulas and constants, unrounded', () => {
    const s = textstatScores(TEXT)
    expect(s.fleschReadingEase).toBeCloseTo(206.835 - 1.015 * 8 - 84.6 * (18 / 16), 9)
    // Coleman-Liau with textstat's 0.058
    expect(s.colemanLiau).toBeCloseTo(0.058 * 400 - 0.296 * 12.5 - 15.8, 9)
    // ARI: all non-space characters over whitespace tokens
    expect(s.automatedReadabilityIndex).toBeCloseTo(4.71 * (68 / 16) + 0.5 * 8 - 21.43, 9)
    // Reading ease above 100 votes grade 13; the consensus still lands on the most common grade.
    expect(s.consensusGrade).toBe(3)
    expect(s.readingTimeSeconds).toBeCloseTo((68 * 14.69) / 1000, 9)
  })

  it('is what analyze returns with the option, English formulas whatever the language', () => {
    const r = analyze({ text: TEXT, options: { compat: 'textstat' } }, ['readability'])
    expect(r.readability.mode).toBe('textstat')
    expect(r.readability.textstatCounts).toMatchObject({ words: 16, sentences: 2, syllables: 18 })
    expect(r.readability.fleschReadingEase).toBeCloseTo(103.54, 6)
    const de = analyze(
      {
        text: 'Der Hund und die Katze schlafen in der warmen Küche.',
        options: { compat: 'textstat' },
      },
      ['readability'],
    )
    expect(de.readability.fleschReadingEase).toBeTypeOf('number')
  })

  it('returns zeros for empty text, as textstat does', () => {
    const s = textstatScores('')
    expect([s.fleschReadingEase, s.fleschKincaidGrade, s.smog, s.consensusGrade]).toEqual([
      0, 0, 0, 0,
    ])
  })
})

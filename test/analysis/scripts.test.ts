import { describe, expect, it } from 'vitest'
import { denseScriptCharacters } from '../../src/analysis/text/scripts'

describe('denseScriptCharacters', () => {
  it('counts Han, kana and Hangul by script property, and nothing else', () => {
    expect(denseScriptCharacters('東京 Tokyo')).toBe(2)
    expect(denseScriptCharacters('ひらがな カタカナ')).toBe(8)
    expect(denseScriptCharacters('서울특별시')).toBe(5)
    // A compatibility ideograph and a Han character beyond the first plane.
    expect(denseScriptCharacters('\uf900 𠀀')).toBe(2)
    // Curly quotes, dashes, Cyrillic, Arabic and a lone surrogate are not.
    expect(denseScriptCharacters('“Москва” — مرحبا \ud800')).toBe(0)
    expect(denseScriptCharacters('')).toBe(0)
  })
})

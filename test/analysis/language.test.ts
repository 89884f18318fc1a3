import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/analysis/language'
import { tokenize } from '../../src/analysis/text/tokenize'

const detect = (text: string) => detectLanguage(tokenize(text).words)

describe('detectLanguage', () => {
  it.each([
    ['en', 'The minister said on Tuesday that the government would not raise taxes this year.'],
    [
      'de',
      'Der Bundestag hat am Dienstag ein neues Gesetz beschlossen, das die Mieten begrenzen soll.',
    ],
    [
      'es',
      'El gobierno anunció el martes que no subirá los impuestos este año, según el ministro.',
    ],
    [
      'fr',
      'Le gouvernement a annoncé mardi qu’il n’augmentera pas les impôts cette année, selon le ministre.',
    ],
    [
      'it',
      'Il governo ha annunciato martedì che non aumenterà le tasse quest’anno, secondo il ministro.',
    ],
    [
      'nl',
      'De regering heeft dinsdag bekendgemaakt dat de belastingen dit jaar niet worden verhoogd.',
    ],
    [
      'pt',
      'O governo anunciou na terça-feira que não vai aumentar os impostos este ano, segundo o ministro.',
    ],
    ['sv', 'Regeringen meddelade på tisdagen att skatterna inte kommer att höjas i år.'],
    ['ru', 'Правительство объявило во вторник, что не будет повышать налоги в этом году.'],
    ['zh', '美国邀请中国加入国际联盟。北京尚未回应。'],
  ])('detects %s', (language, text) => {
    expect(detect(text)).toBe(language)
  })

  it('is not swayed by foreign names inside English', () => {
    expect(
      detect(
        'Juan de la Cruz and Maria de Souza met the president of the United States on Monday in Washington.',
      ),
    ).toBe('en')
  })

  it('answers und on thin evidence rather than guess', () => {
    expect(detect('Cool cats wear da shades.')).toBe('und')
    expect(detect('')).toBe('und')
  })
})

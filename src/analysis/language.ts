/**
 * @module
 * Language identification by script and by the share of each language's commonest function words.
 * Cheap (one pass over words already tokenized) and good enough to pick readability formulas.
 */
import type { Word } from './types'

const FUNCTION_WORDS: Record<string, string> = {
  en: 'the of and to in is that for it was on with as by at he she they from this have be are not but his her which said were has an or will would there their',
  de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um noch wie',
  es: 'de la que el en y los del se las por un para con no una su al es lo como más pero sus le ya o este fue ha sí porque esta entre cuando muy sin sobre',
  fr: 'de la le et les des en un du une que est pour qui dans par sur pas plus au ne se ce il sont avec ont été cette aux elle mais comme ou leur nous',
  it: 'di e il la che in un per del non è una sono con le si da al della gli dei nel ha ma anche come più alla questo lo ci ad nella delle suo loro',
  nl: 'de van het een en in is dat op te zijn met voor niet aan er die om ook als bij door maar naar dan wordt heeft nog werd worden over deze tot uit',
  pt: 'de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos',
}

const LEXICON = new Map<string, string[]>()
for (const [language, list] of Object.entries(FUNCTION_WORDS)) {
  for (const word of list.split(' ')) {
    const languages = LEXICON.get(word) ?? []
    languages.push(language)
    LEXICON.set(word, languages)
  }
}

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Thai}/u, 'th'],
]

/**
 * Guesses the ISO 639-1 code of a text from its words, or `'und'` when there is too little to go on.
 *
 * @example
 * detectLanguage(tokenize('Der Hund und die Katze').words) // 'de'
 */
export function detectLanguage(words: readonly Word[]): string {
  if (words.length === 0) return 'und'
  const sample = words.length > 600 ? words.slice(0, 600) : words
  const scripts = new Map<string, number>()
  let latin = 0
  const votes = new Map<string, number>()
  for (const word of sample) {
    const first = word.text[0]
    if (/\p{Script=Latin}/u.test(first)) latin++
    else {
      for (const [pattern, language] of SCRIPTS) {
        if (pattern.test(first)) {
          scripts.set(language, (scripts.get(language) ?? 0) + 1)
          break
        }
      }
    }
    const languages = LEXICON.get(word.lower)
    if (languages) for (const l of languages) votes.set(l, (votes.get(l) ?? 0) + 1 / languages.length)
  }
  const [script, scriptCount] = best(scripts)
  if (script && scriptCount > latin) {
    // Han with kana is Japanese even where Han characters dominate.
    return script === 'zh' && scripts.has('ja') ? 'ja' : script
  }
  const [language, count] = best(votes)
  return language && count >= Math.min(3, sample.length * 0.1) ? language : 'und'
}

function best(counts: Map<string, number>): [string | undefined, number] {
  let top: string | undefined
  let max = 0
  for (const [key, n] of counts) if (n > max) [top, max] = [key, n]
  return [top, max]
}

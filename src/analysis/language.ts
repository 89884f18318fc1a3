/**
 * @module
 * Language identification by script, by each language's commonest function words and by the
 * letters only some languages use (ß, ñ, ç, ø...). Cheap (one pass over words already tokenized)
 * and made to pick readability formulas: it answers `und` rather than guess on thin evidence.
 */
import { lexemes } from './text/lexeme'
import type { Word } from './text/types'

// The 40-60 commonest short function words of each language (from frequency lists of news text).
// Words shared between languages split their vote.
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the of and to in is that for it was on with as by at he she they from this have be are not but his her which said were has an or will would there their been who its had we you after about also more than when what new can i could one two people if into up out over year years so because just do does did how them these those all no other some only should our may any while such being most many where between',
  de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei ihre seine sind kann hatte wir ich schon wenn ihr diese dieser gegen vom ab können soll damit keine unter',
  es: 'de la que el en y los del se las por un para con no una su al es lo como más pero sus le ya o este fue ha sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros',
  fr: 'de la le et les des en un du une que est pour qui dans par sur pas plus au ne se ce il sont avec ont été cette aux elle mais comme ou leur nous son sa ses était être fait tout aussi on lui y a entre deux bien sans peut dont même ils je après avait leurs selon encore contre fois tous depuis ces faire donc très',
  it: 'di e il la che in un per del non è una sono con le si da al della gli dei nel ha ma anche come più alla questo lo ci ad nella delle suo loro era essere sua dal degli alle cui tra ancora dopo fatto stato sul sulla già quando anni se molto tutti hanno ho o ne quello questa ai dalla nei fra perché solo tutto',
  nl: 'de van het een en in is dat op te zijn met voor niet aan er die om ook als bij door maar naar dan wordt heeft nog werd worden over deze tot uit hij ze zich was kan hun geen al wel veel meer moet omdat echter zou zal heb hebben onder we wij ik dit tegen tussen',
  pt: 'de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso ela entre era depois sem mesmo aos ter seus quem nas me esse eles estão você tinha foram essa num nem suas meu às minha têm numa pelos elas havia seja qual será',
  sv: 'och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år säger hon under också efter eller nu sin där vid mot ska skulle kommer ut får finns vara hade alla andra mycket än här då sedan över bara blir',
  pl: 'i w na z do się nie to że jest o jak po a od za przez dla jego ale co już tak jej ich był tym czy może być przy go są które także który która oraz tylko było będzie pod jednak jako',
}

// Letters that point to one language (or a few), each worth a vote per word that has one.
const LETTER_CUES: [RegExp, string[]][] = [
  [/ß/u, ['de']],
  [/[äöü]/u, ['de', 'sv']],
  [/[ñ¿¡]/u, ['es']],
  [/[ç]/u, ['fr', 'pt']],
  [/[œêëîïûùâ]/u, ['fr']],
  [/[ãõ]/u, ['pt']],
  [/[å]/u, ['sv']],
  [/[ąęłńśźż]/u, ['pl']],
]

const LEXICON = new Map<string, string[]>()
for (const [language, list] of Object.entries(FUNCTION_WORDS)) {
  for (const word of list.split(' ')) {
    const languages = LEXICON.get(word) ?? []
    if (!languages.includes(language)) languages.push(language)
    LEXICON.set(word, languages)
  }
}

/** The languages that take votes, numbered by their place here: tallies are arrays by that number. */
const VOTING = [
  ...new Set([
    ...Object.keys(FUNCTION_WORDS),
    ...LETTER_CUES.flatMap(([, languages]) => languages),
  ]),
]

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
 * Guesses the ISO 639-1 code of a text from its words, or `'und'` when there is too little to go
 * on: at least two function-word votes, and a clear lead over the runner-up.
 *
 * @example
 * detectLanguage(tokenize('Der Hund und die Katze schlafen in der Küche.').words) // 'de'
 * detectLanguage(tokenize('Cool dogs wear da sunglasses.').words) // 'und'
 */
export function detectLanguage(words: readonly Word[]): string {
  if (words.length === 0) return 'und'
  const n = Math.min(words.length, 600)
  const scripts = new Map<string, number>()
  let latin = 0
  const votes = new Float64Array(VOTING.length)
  // Languages in the order of their first vote, which breaks ties between equal tallies.
  const voted: number[] = []
  for (let i = 0; i < n; i++) {
    const lexeme = words[i].lexeme
    const cue =
      languageCues.get(lexeme) ?? languageCues.set(lexeme, languageCue(lexeme.text, lexeme.lower))
    if (cue.latin) {
      latin++
      const { languages, shares } = cue
      for (let v = 0; v < languages.length; v++) {
        const language = languages[v]
        if (votes[language] === 0) voted.push(language)
        votes[language] += shares[v]
      }
    } else if (cue.script) {
      scripts.set(cue.script, (scripts.get(cue.script) ?? 0) + 1)
    }
  }
  const [script, scriptCount] = best(scripts)
  if (script && scriptCount > latin) {
    // Han with kana is Japanese even where Han characters dominate.
    return script === 'zh' && scripts.has('ja') ? 'ja' : script
  }
  if (!voted.length) return 'und'
  let top = voted[0]
  for (const language of voted) if (votes[language] > votes[top]) top = language
  let runnerUp = 0
  for (const language of voted)
    if (language !== top && votes[language] > runnerUp) runnerUp = votes[language]
  const count = votes[top]
  // Thin or contested evidence ("da" in an English sentence) is no evidence.
  if (count < 2 || count < latin * 0.08 || count < runnerUp * 1.5) return 'und'
  return VOTING[top]
}

/** What one spelling tells the detector, cached per lexeme. */
export interface LanguageCue {
  /** The first letter is Latin script: the word counts toward the Latin total and may vote. */
  latin: boolean
  /** Otherwise, the script of its first character when it is one of {@link SCRIPTS}. */
  script: string | undefined
  /** The languages the word votes for, in order, as indexes into {@link VOTING}... */
  languages: readonly number[]
  /** ...and the share of a vote each gets. */
  shares: readonly number[]
}

const languageCues = lexemes.cache<LanguageCue>('language.cues')

function languageCue(text: string, lower: string): LanguageCue {
  const first = text[0]
  const languages: number[] = []
  const shares: number[] = []
  if (!isLatin(text.charCodeAt(0), first)) {
    return {
      latin: false,
      script: SCRIPTS.find(([pattern]) => pattern.test(first))?.[1],
      languages,
      shares,
    }
  }
  const vote = (voters: readonly string[], weight: number) => {
    for (const l of voters) {
      languages.push(VOTING.indexOf(l))
      shares.push(weight / voters.length)
    }
  }
  const functionWord = LEXICON.get(lower)
  if (functionWord) vote(functionWord, 1)
  // eslint-disable-next-line no-control-regex -- the whole ASCII range, to find non-ASCII letters
  if (/[^\x00-\x7f]/.test(lower)) {
    for (const [pattern, ls] of LETTER_CUES) if (pattern.test(lower)) vote(ls, 0.5)
  } else if (lower.includes('ij')) vote(['nl'], 0.5)
  return { latin: true, script: undefined, languages, shares }
}

const LATIN = /\p{Script=Latin}/u

/** Whether a word's first character is Latin script; ASCII is decided without the regex. */
function isLatin(code: number, first: string): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return LATIN.test(first)
}

function best(counts: Map<string, number>): [string | undefined, number] {
  let top: string | undefined
  let max = 0
  for (const [key, n] of counts) if (n > max) [top, max] = [key, n]
  return [top, max]
}

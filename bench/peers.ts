/**
 * @module
 * The pipelines a user would assemble from npm today, run in the same process for comparison:
 * @mozilla/readability on linkedom for extraction, text-readability for the formulas, natural's
 * TfIdf for terms; and wooorm's flesch + syllable as the lean readability peer.
 */
import { Readability } from '@mozilla/readability'
import { flesch } from 'flesch'
import { parseHTML } from 'linkedom'
// @ts-expect-error natural ships no types for its deep module paths
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js'
import { syllable } from 'syllable'
import textReadability from 'text-readability'

/** Article text from HTML with Mozilla Readability over a linkedom document. */
export function readabilityLinkedom(html: string): string {
  const { document } = parseHTML(html)
  const article = new Readability(document as never).parse()
  return article?.textContent ?? ''
}

/** Every formula text-readability offers, as a newsroom dashboard would show them. */
export function textReadabilityScores(text: string): Record<string, number> {
  const r = textReadability as unknown as Record<string, (t: string) => number>
  return {
    fleschReadingEase: r.fleschReadingEase(text),
    fleschKincaidGrade: r.fleschKincaidGrade(text),
    gunningFog: r.gunningFog(text),
    smog: r.smogIndex(text),
    colemanLiau: r.colemanLiauIndex(text),
    ari: r.automatedReadabilityIndex(text),
    daleChall: r.daleChallReadabilityScore(text),
    linsearWrite: r.linsearWriteFormula(text),
    consensus: (r.textStandard as unknown as (t: string, f: boolean) => number)(text, true),
  }
}

/** Flesch reading ease from wooorm's packages, with the counts made the way their docs show. */
export function fleschSyllable(text: string): number {
  const words = text.match(/[\p{L}\p{N}'’-]+/gu) ?? []
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim()).length
  let syllables = 0
  for (const w of words) syllables += syllable(w)
  return flesch({ sentence: sentences, word: words.length, syllable: syllables })
}

/** Top terms by natural's TfIdf for one document. */
export function naturalTfIdfTerms(text: string): string[] {
  const tfidf = new TfIdf()
  tfidf.addDocument(text)
  return (tfidf.listTerms(0) as { term: string }[]).slice(0, 10).map((t) => t.term)
}

/** The whole npm pipeline on one HTML page. */
export function npmPipeline(html: string): unknown {
  const text = readabilityLinkedom(html)
  return { scores: textReadabilityScores(text), terms: naturalTfIdfTerms(text) }
}

/**
 * @module
 * The human-readable one-screen summary the CLI prints when no JSON is asked for.
 */
import type { AnalysisResult } from '../analysis/index'

/** Formats a result as a few lines for a terminal. */
export function formatSummary(path: string, r: AnalysisResult): string {
  const { readability: rd, stats, stance } = r
  const actors = stance.actors
    .map(
      (a) =>
        `${a.actor} (${(['invited', 'accepted', 'declined', 'noResponse'] as const)
          .filter((k) => a[k] > 0)
          .map((k) => `${k} ${a[k]}`)
          .join(', ')})`,
    )
    .join('; ')
  return [
    `${path}`,
    `  title        ${r.clean.title ?? '(none)'}`,
    `  language     ${r.language}   words ${stats.words}   sentences ${stats.sentences}   paragraphs ${stats.paragraphs}`,
    `  readability  Flesch ${rd.fleschReadingEase}   FK grade ${rd.fleschKincaidGrade}   consensus grade ${rd.consensusGrade}   reading ${Math.ceil(rd.readingTimeSeconds / 60)} min`,
    `  keywords     ${
      r.keywords
        .slice(0, 8)
        .map((k) => k.term)
        .join(', ') || '(none)'
    }`,
    `  topics       ${
      r.topics
        .slice(0, 3)
        .map((t) => `${t.label} ${t.score}`)
        .join('; ') || '(none)'
    }`,
    `  stance       ${actors || 'no invitations or responses found'}`,
  ].join('\n')
}

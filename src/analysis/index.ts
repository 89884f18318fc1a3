/**
 * @module
 * The public surface of the analysis core. Pure TypeScript: no Workers, Node or DOM types.
 */
export { analyze, contentId, type AnalysisPart } from './analyze'
export { cleanArticle } from './clean/index'
export { tokenize } from './text/tokenize'
export { detectLanguage } from './language'
export { scoreReadability } from './readability/index'
export { extractKeywords } from './tags/keywords'
export { tagTopics } from './tags/topics'
export { detectStance } from './stance/index'
export { RULES_VERSION } from './version'
export { caches, clearCaches, type CacheInfo } from './cache'
export type * from './types'

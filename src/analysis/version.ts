/**
 * The version of copydesk's rules and lexicons. Bump it whenever a rule, lexicon or formula
 * changes the output for some input, so a stored result can be traced to what made it.
 */
export const RULES_VERSION = '2026.12.04-7'

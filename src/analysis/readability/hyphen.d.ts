/** Types for the parts of the `hyphen` package (ISC) used here; it ships none. */
declare module 'hyphen/hyphen.js' {
  type Hyphenate = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string
  const createHyphenator: (patterns: unknown, options?: { async?: boolean; html?: boolean; hyphenChar?: string; minWordLength?: number }) => Hyphenate
  export default createHyphenator
}
declare module 'hyphen/patterns/*.js' {
  const patterns: unknown
  export default patterns
}

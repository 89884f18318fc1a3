// Minimal types for the benchmark's peer packages that ship none.
declare module 'text-readability' {
  const readability: Record<string, (text: string, ...rest: unknown[]) => number>
  export default readability
}

import { detectStance, tokenize } from '../src/analysis/index'
for (const s of process.argv.slice(2)) {
  const r = detectStance(tokenize(s))
  console.log(s.slice(0, 90), '=>', r.events.map((e) => `${e.label}:${e.actor}[${e.rule}]`).join(' | '))
}

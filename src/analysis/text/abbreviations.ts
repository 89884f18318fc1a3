/**
 * @module
 * Abbreviations whose trailing period does not end a sentence, lower-cased, without the period.
 * Titles, months, and common news shorthand ("Gov.", "Sen.", "No.").
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'fr', 'rev', 'hon', 'gen', 'col', 'lt',
  'capt', 'cpt', 'maj', 'sgt', 'cpl', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'reps', 'sens', 'pres', 'supt',
  'det', 'insp', 'atty', 'amb', 'msgr', 'sec', 'treas', 'dept', 'univ', 'assn', 'bros', 'co', 'corp',
  'inc', 'ltd', 'llc', 'plc', 'no', 'nos', 'vol', 'vols', 'ed', 'eds', 'est', 'approx', 'vs', 'etc',
  'al', 'cf', 'fig', 'figs', 'pp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'ave', 'blvd',
  'rd', 'hwy', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan',
  'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa',
  'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n',
  'u.s.a', 'e.u', 'd.c', 'ph.d', 'b.a', 'm.a', 'ret',
])

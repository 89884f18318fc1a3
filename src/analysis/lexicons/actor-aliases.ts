/**
 * @module
 * Names that stand for another actor: capitals and seats of government (metonyms), demonyms and
 * short forms. Keys are lower-case; values are the canonical actor name. Written for copydesk.
 */
export const ACTOR_ALIASES: Readonly<Record<string, string>> = {
  us: 'United States', 'u.s.': 'United States', usa: 'United States', 'u.s.a.': 'United States',
  'united states': 'United States', 'the united states': 'United States', america: 'United States',
  washington: 'United States', 'the white house': 'United States', 'white house': 'United States',
  american: 'United States', americans: 'United States',
  china: 'China', beijing: 'China', chinese: 'China', 'people\'s republic of china': 'China',
  russia: 'Russia', moscow: 'Russia', 'the kremlin': 'Russia', kremlin: 'Russia', russian: 'Russia',
  'united kingdom': 'United Kingdom', uk: 'United Kingdom', 'u.k.': 'United Kingdom', britain: 'United Kingdom',
  'great britain': 'United Kingdom', london: 'United Kingdom', 'downing street': 'United Kingdom', british: 'United Kingdom',
  france: 'France', paris: 'France', 'the elysee': 'France', elysee: 'France', french: 'France',
  germany: 'Germany', berlin: 'Germany', german: 'Germany',
  japan: 'Japan', tokyo: 'Japan', japanese: 'Japan',
  india: 'India', 'new delhi': 'India', delhi: 'India', indian: 'India',
  iran: 'Iran', tehran: 'Iran', iranian: 'Iran',
  israel: 'Israel', 'jerusalem': 'Israel', israeli: 'Israel',
  ukraine: 'Ukraine', kyiv: 'Ukraine', kiev: 'Ukraine', ukrainian: 'Ukraine',
  'north korea': 'North Korea', pyongyang: 'North Korea', 'south korea': 'South Korea', seoul: 'South Korea',
  pakistan: 'Pakistan', islamabad: 'Pakistan', turkey: 'Turkey', ankara: 'Turkey', türkiye: 'Turkey',
  'saudi arabia': 'Saudi Arabia', riyadh: 'Saudi Arabia', canada: 'Canada', ottawa: 'Canada',
  mexico: 'Mexico', 'mexico city': 'Mexico', brazil: 'Brazil', brasilia: 'Brazil', australia: 'Australia',
  canberra: 'Australia', italy: 'Italy', rome: 'Italy', spain: 'Spain', madrid: 'Spain',
  taiwan: 'Taiwan', taipei: 'Taiwan', egypt: 'Egypt', cairo: 'Egypt', syria: 'Syria', damascus: 'Syria',
  'european union': 'European Union', eu: 'European Union', brussels: 'European Union',
  'united nations': 'United Nations', un: 'United Nations', 'u.n.': 'United Nations', nato: 'NATO',
  venezuela: 'Venezuela', caracas: 'Venezuela', cuba: 'Cuba', havana: 'Cuba',
}

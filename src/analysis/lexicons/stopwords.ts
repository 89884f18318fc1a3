/**
 * @module
 * English stop words for keyphrase candidates: function words plus the reporting verbs and page
 * words of news ("said", "minutes", "ago") that are never a story's subject. Written for copydesk.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above across after afterwards again against ago all almost alone along already also although
  always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at back
  be became because become becomes becoming been before beforehand behind being below beside besides
  between beyond both but by can cannot could did do does doing done down during each either else
  elsewhere enough etc even ever every everyone everything everywhere except few first for former formerly
  from further had has have having he hence her here hereafter hereby herein hers herself him himself his
  how however i if in indeed instead into is it its itself just last later latter least less let like
  many may me meanwhile might mine more moreover most mostly much must my myself namely neither never
  nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one only onto or
  other others otherwise our ours ourselves out over own per perhaps please put rather re same see seem
  seemed seeming seems several she should since so some somehow someone something sometime sometimes
  somewhere still such than that the their theirs them themselves then thence there thereafter thereby
  therefore therein thereupon these they this those though through throughout thru thus to together too
  toward towards under until up upon us very via was we well were what whatever when whence whenever where
  whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom
  whose why will with within without would yet you your yours yourself yourselves
  said says say saying told tell tells added adds according asked noted stated reported reportedly
  minutes minute hours hour ago today yesterday tomorrow week weeks month months year years day days time
  times monday tuesday wednesday thursday friday saturday sunday am pm et gmt utc
  mr mrs ms dr new also including include includes included get got make made going go goes went
  want wants wanted way ways thing things lot lots told two three four five six seven eight nine ten
  many much percent cent per number numbers part parts use used using can't don't won't it's that's
  there's he's she's they're we're i'm you're isn't wasn't aren't weren't didn't doesn't haven't hasn't
  rep rep. sen sen. gov gov. gen gen. lt lt. col col. sgt sgt. capt capt. maj maj. adm adm. rev rev. prof
  prof. jr jr. sr sr. mr. mrs. ms. dr. st. inc inc. corp corp. co co. ltd ltd. no. vs vs.
  read more share click subscribe newsletter advertisement photo image video copyright reserved rights`
    .split(/\s+/)
    .filter(Boolean),
)

/**
 * Abstract nouns that stand for whatever the story is about ("the issue", "no indication"): alone
 * they are never its subject, inside a phrase ("border issue") they may be. Words that are stop
 * words already ("way", "thing", "part", "number") are not repeated here.
 */
export const GENERIC_NOUNS: ReadonlySet<string> = new Set(
  `issue indication matter fact question situation problem aspect example instance kind sort type manner position
  point area level side step move effort statement comment decision view sign idea result reason change need role
  place term basis extent degree concern interest attention support effect impact end beginning start series range
  set couple`.split(/\s+/),
)

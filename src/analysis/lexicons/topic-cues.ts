/**
 * @module
 * Cue words for the 17 top-level IPTC Media Topics, written by the copydesk team. Ids and labels
 * are IPTC's (CC BY 4.0, © IPTC, https://iptc.org). Cues are matched by Porter stem.
 */
export interface TopicCues {
  id: string
  label: string
  cues: string
}

export const TOPIC_CUES: readonly TopicCues[] = [
  { id: 'medtop:01000000', label: 'arts, culture, entertainment and media', cues: 'art artist film movie cinema actor actress music album song singer band concert theatre theater festival novel author book museum gallery television tv show series oscar grammy award celebrity hollywood director comedy drama painting media newspaper broadcaster' },
  { id: 'medtop:16000000', label: 'conflict, war and peace', cues: 'war military troops army soldier attack missile bomb airstrike ceasefire conflict rebel insurgent militant invasion defence defense weapon nuclear peace combat fighting offensive terrorist terrorism hostage' },
  { id: 'medtop:02000000', label: 'crime, law and justice', cues: 'police court judge trial crime criminal murder arrest arrested charged prosecutor lawyer sentence prison jail guilty lawsuit fraud theft investigation suspect drug trafficking smuggling narcotics justice law legal convicted' },
  { id: 'medtop:03000000', label: 'disaster, accident and emergency incident', cues: 'earthquake flood fire wildfire hurricane storm disaster crash accident explosion collapse rescue victims emergency tsunami evacuation casualties killed injured derailment' },
  { id: 'medtop:04000000', label: 'economy, business and finance', cues: 'company firm market shares stock investor profit revenue sales economy economic bank inflation price prices trade business deal merger acquisition billion million growth oil industry chief executive ceo finance financial tax debt earnings quarter customers' },
  { id: 'medtop:05000000', label: 'education', cues: 'school schools student students teacher teachers university universities college education pupils exam curriculum campus tuition degree classroom' },
  { id: 'medtop:06000000', label: 'environment', cues: 'climate environment environmental emissions carbon pollution wildlife species conservation renewable forest biodiversity warming greenhouse recycling' },
  { id: 'medtop:07000000', label: 'health', cues: 'health hospital patients doctor doctors disease virus vaccine cancer medical medicine treatment drug drugs nhs covid pandemic outbreak infection care nurses mental obesity fentanyl opioids overdose' },
  { id: 'medtop:08000000', label: 'human interest', cues: 'birthday wedding royal family pet animal zoo anniversary celebrates oldest quirky record' },
  { id: 'medtop:09000000', label: 'labour', cues: 'workers jobs unemployment strike union unions wage wages employees employment pension pensions labour labor layoffs hiring staff' },
  { id: 'medtop:10000000', label: 'lifestyle and leisure', cues: 'travel holiday tourism restaurant food recipe fashion style hobby garden leisure vacation cooking wine' },
  { id: 'medtop:11000000', label: 'politics and government', cues: 'government minister president election vote voters party parliament congress senate policy political politics prime opposition campaign lawmakers diplomatic diplomat talks summit state secretary coalition ministry administration official officials sanctions treaty' },
  { id: 'medtop:12000000', label: 'religion', cues: 'church religious religion pope muslim christian islam jewish mosque temple faith bishop priest clergy vatican' },
  { id: 'medtop:13000000', label: 'science and technology', cues: 'technology software internet computer computers digital phone mobile apple google microsoft online scientists research researchers science space nasa robot data users broadband gadget chip ai artificial intelligence' },
  { id: 'medtop:14000000', label: 'society', cues: 'community families poverty immigration immigrants migrants refugees welfare housing homeless charity rights discrimination gender equality social population' },
  { id: 'medtop:15000000', label: 'sport', cues: 'match game team player players coach season league cup championship tournament olympic football soccer cricket rugby tennis golf win won victory goal goals score scored final club race athletes' },
  { id: 'medtop:17000000', label: 'weather', cues: 'weather forecast temperatures rain snow heatwave drought wind meteorological forecasters' },
]

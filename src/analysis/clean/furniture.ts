/**
 * @module
 * Names the kind of page furniture an element is, from its tag, ARIA role, id and class.
 */
import { BoundedMemo } from '../cache'

const TAG_REASON: Record<string, string> = {
  nav: 'navigation',
  aside: 'aside',
  footer: 'footer',
  header: 'header',
  menu: 'navigation',
}
const ROLE_REASON: Record<string, string> = {
  navigation: 'navigation',
  banner: 'header',
  contentinfo: 'footer',
  complementary: 'aside',
  dialog: 'dialog',
  menu: 'navigation',
  menubar: 'navigation',
  search: 'navigation',
  alert: 'dialog',
}

// Each class/id word maps to a reason. Words are matched whole between `-`, `_`, spaces and
// camelCase edges, so `share-bar` and `socialShare` hit while `shareholders` does not.
const REASON_WORDS: Record<string, string> = {
  navigation:
    'nav navbar navigation menu menus breadcrumb breadcrumbs skip skiplink toolbar pagination pager prev previous prevnext nextprev masthead topbar subnav megamenu',
  share:
    'share sharing shares social sociallinks sharebar sharetools addthis sharethis email emailthis sendtofriend mailto',
  related:
    'related recommended recommendations recirc recirculation outbrain taboola popular trending mostread mostpopular morestories readmore readnext upnext teaser teasers rail keypoints takeaways breaking ticker headlines sidebar widget widgets latest',
  newsletter: 'newsletter newsletters subscribe subscription signup optin registration regwall',
  ad: 'ad ads advert adverts advertisement advertising adslot adunit dfp gpt sponsor sponsored promo promos promotion banner commercial doubleclick',
  cookie: 'cookie cookies consent gdpr ccpa privacy',
  comments: 'comment comments disqus discussion replies respond',
  caption:
    'caption captions credit credits photocredit photo figcaption gallery slideshow carousel lightbox',
  meta: 'byline bylines author authors dateline timestamp published pubdate meta kicker eyebrow tags taglist tagcloud topics keywords categories',
  hidden: 'modal popup overlay dialog tooltip invisible offscreen visuallyhidden sronly',
  footer: 'footer copyright legal disclaimer colophon',
  header: 'header headline title heading',
}
// The same kinds in class names written in German, French, Spanish, Italian, Dutch and
// Portuguese (`werbung`, `kommentare`, `partager`), as sites in those languages name them.
const REASON_WORDS_OTHER_LANGUAGES: Record<string, string> = {
  navigation: 'navi hauptnavigation menue brotkrumen seitennavigation ariane migas',
  share: 'teilen partager compartir condividi delen compartilhar',
  related:
    'verwandte aehnliche weiterlesen empfehlungen meistgelesen similaires relacionados relacionadas correlati gerelateerd',
  newsletter: 'abonnieren anmeldung inscription suscripcion iscrizione aanmelden',
  ad: 'werbung anzeige anzeigen publicite publicidad pubblicita advertentie publicidade',
  comments: 'kommentar kommentare commentaires comentarios commenti reacties comentários',
  caption: 'bildunterschrift bildnachweis legende didascalia leyenda',
  meta: 'autor autoren datum schlagworte kategorie auteur autore categoria',
  footer: 'fusszeile impressum datenschutz',
  header: 'kopfzeile',
}
const WORDS = new Map<string, string>()
for (const [reason, words] of [
  ...Object.entries(REASON_WORDS),
  ...Object.entries(REASON_WORDS_OTHER_LANGUAGES),
])
  for (const word of words.split(' ')) WORDS.set(word, reason)

const memo = new BoundedMemo<string, string>('clean.furnitureReasons', 50_000)

/**
 * The furniture reason for an element, or '' when it is not furniture.
 *
 * @example
 * furnitureReason('div', 'share-bar top', undefined) // 'share'
 * furnitureReason('div', 'article-body', undefined) // ''
 * furnitureReason('h2', 'wp-block-heading', undefined) // ''
 */
export function furnitureReason(tag: string, label: string, role: string | undefined): string {
  const byTag = TAG_REASON[tag]
  if (byTag) return byTag
  if (role) {
    const byRole = ROLE_REASON[role.toLowerCase()]
    if (byRole) return byRole
  }
  if (!label || tag === 'body' || tag === 'html' || tag === 'main') return ''
  // Room for many sites' class names: each page brings hundreds, and a miss re-splits the label.
  const reason = memo.get(label) ?? memo.set(label, classify(label))
  // A heading whose class calls it a heading or title (WordPress's `wp-block-heading`,
  // `section-title`) says what it is, not that it is the page's header: body headings stay.
  return reason === 'header' && HEADING_TAGS.has(tag) ? '' : reason
}

const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

function classify(label: string): string {
  if (/\b(?:sr-only|visually-?hidden|screen-?reader|offscreen)\b/i.test(label)) return 'hidden'
  const words = label
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
  // Strong reasons win at once; weak ones ("header", "meta") only when no strong one follows.
  let weak = ''
  for (const word of words) {
    const why = WORDS.get(word)
    if (!why) continue
    if (why !== 'header' && why !== 'meta') return why
    weak ||= why
  }
  return weak
}

// CSS frameworks' utility classes that hide an element on every screen: Bootstrap 3-5 (`hidden`,
// `invisible`, `d-none`), Tailwind (`hidden`, `invisible`), Bulma (`is-hidden`, `is-invisible`),
// Foundation (`hide`, `invisible`). Each names a whole class, so `overflow-hidden` is not one;
// class names are case-sensitive in CSS, and so is this.
const HIDING_CLASS = /(?:^|\s)(?:hidden|hide|invisible|d-none|is-hidden|is-invisible)(?=\s|$)/
// ...unless a responsive class shows it again from some width on (Tailwind `hidden md:block`,
// Bootstrap `d-none d-lg-flex`, Foundation `show-for-medium`).
const SHOWING_CLASS =
  /(?:^|\s)(?:(?:sm|md|lg|xl|2xl):(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|table|contents|visible)|d-(?:sm|md|lg|xl|xxl)-(?:block|inline|inline-block|flex|inline-flex|grid|table)|show-for-\S+|visible-\S+)(?=\s|$)/i

/**
 * Whether an element's classes hide it on every screen, as the `hidden` attribute would.
 *
 * @example
 * hiddenByClass('share-mail d-none') // true
 * hiddenByClass('hidden md:block') // false: shown from medium screens up
 * hiddenByClass('overflow-hidden') // false
 */
export function hiddenByClass(className: string): boolean {
  // Every hiding class holds one of these; most class names hold none, and skip the regexes.
  if (!className.includes('hid') && !className.includes('invisible') && !className.includes('none'))
    return false
  return HIDING_CLASS.test(className) && !SHOWING_CLASS.test(className)
}

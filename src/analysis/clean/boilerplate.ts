/**
 * @module
 * Shared tests for boilerplate lines, used on HTML blocks and on scraped plain-text lines alike.
 */

/** Class/id fragments of page furniture (menus, share bars, promos, comments, cookie notices). */
export const BOILERPLATE_PATH =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|footer|header|masthead|sidebar|aside|share|sharing|social|related|recommended|recirc|more-stories|popular|trending|newsletter|subscribe|signup|promo|advert|ads?|ad-slot|sponsor|cookie|consent|gdpr|comments?|disqus|byline|author-bio|tags|caption|credit|modal|popup|paywall|skip|toolbar|pagination|widget)(?:$|[\s_-])/

/** Headings that open a list of links to other stories. */
export const LIST_HEADING =
  /^(?:related(?: topics| stories| articles| news| content| coverage| posts)?|recent(?: stories| posts| news| articles)?|more (?:stories|news|from|on|in|coverage|articles|videos|headlines|to explore)\b.{0,30}|more|most (?:popular|read|viewed|shared)|trending(?: now)?|you may also like|read (?:more|next|also)|see also|recommended(?: for you)?|top stories|latest(?: news| stories)?|editor'?s picks|also read|popular|don't miss|further reading|tags?|topics)\s*:?$/i

/** Short furniture lines seen on scraped pages. */
export const FURNITURE_LINE =
  /^(?:open menu|close menu|menu|search|home|skip to (?:main )?content|sign in|log ?in|sign up|subscribe(?: now)?|share(?: this)?(?: article| story)?|share on \w+|print|email|facebook|twitter|x|whatsapp|linkedin|advertisement|sponsored|cookies?|accept(?: all)?(?: cookies)?|back to top|comments?|\d+ comments?|follow us.*|all rights reserved.*|copyright.*|©.*|click here.*|listen to (?:this )?article.*|photo:.*|image:.*|getty images|reuters|ap photo.*)$/i

/** Relative timestamps and bare dates that label teasers ("26 minutes ago", "2 hrs ago"). */
export const TIMESTAMP_LINE =
  /^(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|just now|yesterday|updated:?.*\bago)$/i

/** A teaser cut off with an ellipsis ("Guterres Urges UNSC to ..."). */
export const TRUNCATED_LINE = /(?:\s\.\.|…|\.\.\.)\s*$/

/**
 * @module
 * The one small interface every CMS adapter implements: which signature scheme it uses, how it
 * reads a delivery into document changes, and, for CMSs whose webhooks carry ids only, how it
 * fetches the document from the CMS API. One adapter per CMS in `adapters/`, listed in the
 * registry.
 */
import type { ReceivedRequest, SignatureScheme } from './scheme'

/** An article as a CMS describes it, before analysis. `html` or `text` carries the body. */
export interface ArticleDraft {
  title?: string
  url?: string
  /** The CMS's own last-modified time (ISO 8601), to keep the newest revision. */
  updatedAt?: string
  /** A language tag when the CMS gives one (`en`, `de-AT`). */
  language?: string
  html?: string
  text?: string
}

/** What a fetch needs beyond the document id: a Prismic ref, a Directus collection, ... */
export type FetchReference = Record<string, string>

/** One document change a delivery asks for. */
export type Change =
  | { action: 'upsert'; docId: string; article: ArticleDraft }
  | { action: 'fetch'; docId: string; reference: FetchReference }
  | { action: 'delete'; docId: string }

/** A delivery read by its adapter: its event name and the changes it asks for. */
export interface ParsedDelivery {
  /** The CMS's event name, e.g. `post.published`, `ContentManagement.Entry.publish`. */
  event: string
  changes: Change[]
  /** Why a delivery asks for nothing (a ping, a draft save, a media event). */
  ignored?: string
}

/** A delivery that asks to store (or refresh) one document's article. */
export const upsert = (event: string, docId: string, article: ArticleDraft): ParsedDelivery => ({
  event,
  changes: [{ action: 'upsert', docId, article }],
})

/** A delivery that removes one document's stored result (unpublished, deleted, trashed). */
export const removal = (event: string, docId: string): ParsedDelivery => ({
  event,
  changes: [{ action: 'delete', docId }],
})

/** A delivery that asks for nothing, and why (a ping, a draft, another content type). */
export const ignoredDelivery = (event: string, reason: string): ParsedDelivery => ({
  event,
  changes: [],
  ignored: reason,
})

/** How to reach a CMS's API, from config: `CMS_URL_<S>` and `CMS_TOKEN_<S>`. */
export interface CmsConnection {
  baseUrl: URL
  token: string | null
  fetch: typeof fetch
}

export interface WebhookAdapter {
  /** The `:source` of `POST /v1/webhooks/:source`. */
  readonly source: string
  /** Shown in docs and errors, e.g. `Ghost`. */
  readonly label: string
  readonly scheme: SignatureScheme
  /**
   * Whether the request is the sender's unsigned handshake (WooCommerce's ping when a webhook is
   * saved), answered 200 with nothing stored.
   */
  isPing?(request: ReceivedRequest): boolean
  /** The sender's own id for this delivery, when it sends one (stable across its retries). */
  deliveryId?(request: ReceivedRequest): string | null
  /** Reads a verified delivery; throws a `Problem` when the payload is not what this CMS sends. */
  parse(request: ReceivedRequest): ParsedDelivery
  /**
   * Completes a `fetch` change from the CMS API. Returns `null` when the CMS says the document
   * is gone or not published (its stored result is then removed).
   */
  fetchDocument?(
    change: Extract<Change, { action: 'fetch' }>,
    cms: CmsConnection,
  ): Promise<ArticleDraft | null>
}

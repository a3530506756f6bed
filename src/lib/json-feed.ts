/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): the types this site writes, and the document. */

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export interface JsonFeedItem {
  /** Unique and stable: the item's permanent address. */
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly content_html: string;
  readonly summary?: string;
  readonly image?: string;
  /** RFC 3339 */
  readonly date_published: string;
  readonly date_modified?: string;
  readonly authors?: readonly { readonly name: string }[];
  readonly tags?: readonly string[];
}

export interface JsonFeed {
  readonly version: typeof JSON_FEED_VERSION;
  readonly title: string;
  readonly home_page_url: string;
  readonly feed_url: string;
  readonly description?: string;
  readonly icon?: string;
  readonly favicon?: string;
  readonly language?: string;
  readonly items: readonly JsonFeedItem[];
}

/** The feed as served: `application/feed+json`, the media type the 1.1 spec asks for. */
export function jsonFeedResponse(feed: Omit<JsonFeed, 'version'>): Response {
  const document: JsonFeed = { version: JSON_FEED_VERSION, ...feed };
  return new Response(JSON.stringify(document, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}

/**
 * A page's share card (the picture WeChat, Weibo and other apps show beside a shared link): made at
 * build time from what the page's <head> already says, so every page gets its own without a list
 * of pages to keep in step. BaseLayout names the card's file from this spec; the share-cards
 * integration reads the same spec back from each built page and draws the files. Here, apart from
 * spec.ts, so the drawing threads (worker.ts) load none of the site's settings that spec.ts reads.
 */
export interface ShareCardSpec {
  /** The site's name, on the card's band. */
  readonly siteName: string;
  /** The site's host name, at the bottom of the card, so a screenshot still says where it is from. */
  readonly host: string;
  /** The section (栏目) the page is in, or empty for pages outside the sections. */
  readonly section: string;
  /** The page's title (og:title). */
  readonly title: string;
}

/**
 * The two shapes: Open Graph's 1.91:1 for link previews, and the square thumbnail WeChat shows.
 * 800 × 420 is above every app's minimum (600 × 315) and sharp at the width previews are shown on
 * phones; 1200 × 630 would cost 2.3 times as long to draw, for every page of the site.
 */
export const SHARE_CARD_SHAPES = {
  wide: { width: 800, height: 420, suffix: '' },
  square: { width: 300, height: 300, suffix: '-square' },
} as const;
export type ShareCardShape = keyof typeof SHARE_CARD_SHAPES;

import { createHash } from 'node:crypto';
import { SECTIONS } from '../config/sections';
import { listTitleOf } from '../lib/paged-title';

/**
 * A page's share card (the picture WeChat, Weibo and other apps show beside a shared link): made at
 * build time from what the page's <head> already says, so every page gets its own without a list
 * of pages to keep in step. BaseLayout names the card's file from this spec; the share-cards
 * integration reads the same spec back from each built page and draws the files.
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

/** Where cards are published. */
export const SHARE_CARD_FOLDER = 'share';

/** Bump when the drawing changes, so cached and published cards of the old look are not reused. */
const CARD_VERSION = 4;

/** The section label of a site path (`/knowledge/masks/` → 防疫知识), or '' outside the sections. */
export function sectionLabelOfPath(pathname: string): string {
  const first = pathname.split('/').filter(Boolean)[0] ?? '';
  return SECTIONS.find((section) => section.collection === first)?.label ?? '';
}

/**
 * The card a page gets: its own, from its title and the section it is in (an entry, a list page, a
 * filter, a tag); the section's line is left out where the title already is the section (its first
 * list page) and outside the sections (the home page, statements), and cut from the title's start
 * where the title repeats it. Page 2 onward of a list gets its list's card (`…（第 3 页）` at
 * `/…/3/` is drawn as the list's title). Equal titles in the same section share a file; cards are
 * cached, so a rebuild draws only pages whose title changed.
 */
export function cardSpecOf({
  title,
  siteName,
  host,
  pathname,
}: {
  title: string;
  siteName: string;
  host: string;
  pathname: string;
}): ShareCardSpec {
  const section = sectionLabelOfPath(pathname);
  title = listTitleOf(title, pathname);
  if (!section || section === title) return { siteName, host, section: '', title };
  // 文明实践阵地：服务项目：医疗健身 under the section line 文明实践阵地 reads 服务项目：医疗健身.
  return { siteName, host, section, title: title.startsWith(`${section}：`) ? title.slice(section.length + 1) : title };
}

/** The card's content address: equal specs, equal file name, so a rebuild draws only changed cards. */
export function shareCardKey(spec: ShareCardSpec): string {
  return createHash('sha1')
    .update(JSON.stringify([CARD_VERSION, spec.siteName, spec.host, spec.section, spec.title]))
    .digest('hex')
    .slice(0, 16);
}

/** The site path of a card. */
export const shareCardPath = (key: string, shape: ShareCardShape): string =>
  `/${SHARE_CARD_FOLDER}/${key}${SHARE_CARD_SHAPES[shape].suffix}.jpg`;

/** The key of a card path made by shareCardPath, or undefined for any other address. */
export function keyOfShareCardPath(pathname: string): string | undefined {
  return new RegExp(`^/${SHARE_CARD_FOLDER}/([0-9a-f]{16})\\.jpg$`).exec(pathname)?.[1];
}

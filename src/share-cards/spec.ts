import { createHash } from 'node:crypto';
import { SECTIONS } from '../config/sections';
import { listTitleOf } from '../lib/paged-title';
import { SHARE_CARD_SHAPES, type ShareCardShape, type ShareCardSpec } from './shapes';

export { SHARE_CARD_SHAPES, type ShareCardShape, type ShareCardSpec } from './shapes';

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

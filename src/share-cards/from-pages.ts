import { sep } from 'node:path';
import { parse } from 'node-html-parser';
import { pageFacts } from '../build-cache/page-facts';
import { cardSpecOf, keyOfShareCardPath, shareCardKey, type ShareCardShape, type ShareCardSpec } from './spec';

/** A card a built page asks for (its og:image is a share card), with the spec to draw it from. */
export interface RequestedCard {
  readonly key: string;
  readonly spec: ShareCardSpec;
  /** The shapes pages name (a page shared with its own photo names only the square card). */
  readonly shapes: Set<ShareCardShape>;
  /** The first page that asks for it, for messages. */
  readonly page: string;
}

/** The site path a built HTML file is served at: `knowledge/masks/index.html` → `/knowledge/masks/`. */
const sitePathOf = (file: string): string => `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');

/** What a page's <head> says of its share card: its og:image addresses, og:site_name and og:title. */
interface CardHead {
  readonly images: string[];
  readonly siteName: string;
  readonly title: string;
}

/** What `headOf` reads; part of the version of the store that keeps it. */
const HEAD_READER = 'og:image og:site_name og:title 1';

/** The share-card facts of a page's <head>, or undefined for a page without one. */
function headOf(html: string): CardHead | undefined {
  const end = html.indexOf('</head>');
  if (end < 0) return undefined;
  const metas = parse(html.slice(0, end)).querySelectorAll('meta[property]');
  const meta = (property: string) =>
    metas
      .filter((element) => element.getAttribute('property') === property)
      .map((element) => element.getAttribute('content') ?? '');
  return { images: meta('og:image'), siteName: meta('og:site_name')[0] ?? '', title: meta('og:title')[0] ?? '' };
}

/**
 * The cards the pages ask for, read back from each page's <head> (og:title, og:site_name, its
 * section from its address), one per distinct card. `pages` are this build's HTML files relative to
 * `outDir` (not whatever an earlier build left there). With a `cacheFile`, each page's head is kept
 * there and a page kept in place from the previous build is not read again (page-facts.ts). A page
 * whose card address does not match what its head says would get another page's card: that is a
 * bug, and throws.
 */
export function requestedCards(
  outDir: string,
  pages: readonly string[],
  host: string,
  cacheFile?: string,
): RequestedCard[] {
  const heads = pageFacts(outDir, pages, headOf, cacheFile ? { file: cacheFile, version: HEAD_READER } : undefined);
  const cards = new Map<string, RequestedCard>();
  for (const [file, head] of heads) {
    if (!head) continue;
    const named = head.images.flatMap((url) => {
      const path = new URL(url, 'http://site').pathname;
      const square = path.replace(/-square(?=\.jpg$)/, '');
      const key = keyOfShareCardPath(square);
      return key ? [{ key, shape: (square === path ? 'wide' : 'square') as ShareCardShape }] : [];
    });
    const key = named[0]?.key;
    if (!key) continue;
    const known = cards.get(key);
    if (known) {
      for (const { shape } of named) known.shapes.add(shape);
      continue;
    }
    const page = sitePathOf(file);
    const spec: ShareCardSpec = cardSpecOf({ siteName: head.siteName, host, pathname: page, title: head.title });
    if (shareCardKey(spec) !== key) {
      throw new Error(
        `${page}: its share card ${key} does not match its head (${JSON.stringify(spec)}); ShareMeta.astro and src/share-cards/ disagree`,
      );
    }
    cards.set(key, { key, spec, page, shapes: new Set(named.map(({ shape }) => shape)) });
  }
  return [...cards.values()];
}

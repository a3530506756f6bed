import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse } from 'node-html-parser';
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

/**
 * The cards the pages ask for, read back from each page's <head> (og:title, og:site_name, its
 * section from its address), one per distinct card. `pages` are this build's HTML files relative to
 * `outDir` (not whatever an earlier build left there). A page whose card address does not match
 * what its head says would get another page's card: that is a bug, and throws.
 */
export function requestedCards(outDir: string, pages: readonly string[], host: string): RequestedCard[] {
  const cards = new Map<string, RequestedCard>();
  for (const file of pages) {
    const html = readFileSync(join(outDir, file), 'utf8');
    const end = html.indexOf('</head>');
    if (end < 0) continue;
    const metas = parse(html.slice(0, end)).querySelectorAll('meta[property]');
    const meta = (property: string) =>
      metas
        .filter((element) => element.getAttribute('property') === property)
        .map((element) => element.getAttribute('content') ?? '');
    const named = meta('og:image').flatMap((url) => {
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
    const spec: ShareCardSpec = cardSpecOf({
      siteName: meta('og:site_name')[0] ?? '',
      host,
      pathname: page,
      title: meta('og:title')[0] ?? '',
    });
    if (shareCardKey(spec) !== key) {
      throw new Error(
        `${page}: its share card ${key} does not match its head (${JSON.stringify(spec)}); ShareMeta.astro and src/share-cards/ disagree`,
      );
    }
    cards.set(key, { key, spec, page, shapes: new Set(named.map(({ shape }) => shape)) });
  }
  return [...cards.values()];
}

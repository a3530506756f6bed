import { digest } from '../build-cache/hash';

/**
 * The part of a page's cache key made from what the page shows (src/data/page-cache.ts adds the
 * settings and client files every page shows). Pure: no Astro module, so tests run it as it is.
 */

type EntryLike = { collection: string; id: string; data: unknown };

const isEntry = (value: unknown): value is EntryLike =>
  typeof value === 'object' && value !== null && 'collection' in value && 'id' in value && 'data' in value;

const frontMatterHashes = new WeakMap<object, string>();

/**
 * An entry as another page shows it (a card in a list, a link under 相关内容, the article a
 * poster's QR code opens): its identity and its front matter. Only an entry's own page (and the
 * feeds, which render on every build) shows its text, so editing the text of an article leaves
 * the pages that list it alone; its own page's route data holds the digest of its whole file
 * (src/data/entry-route.ts).
 */
const shownAs = (entry: EntryLike): string => {
  let hash = frontMatterHashes.get(entry);
  if (hash === undefined) frontMatterHashes.set(entry, (hash = digest(JSON.stringify(entry.data))));
  return `${entry.collection}/${entry.id}@${hash}`;
};

/** A hash of everything given, as JSON: entries stand for their front matter, maps and sets for their items. */
export function shownKey(...shown: unknown[]): string {
  return digest(
    JSON.stringify(shown, (_key, value: unknown) =>
      isEntry(value) ? shownAs(value) : value instanceof Map || value instanceof Set ? [...value] : value,
    ),
  );
}

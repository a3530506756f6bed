import type { CollectionEntry } from 'astro:content';
import type { Term } from '../../config/taxonomy';
import { getPublished } from '../../data/entries';
import { entryRoute } from '../../data/entry-route';
import { withCacheKeys } from '../../data/page-cache';

type Poster = CollectionEntry<'posters'>;

/**
 * One path per published poster, `{ params: { id }, props: { poster }, cacheKey }`, for the routes
 * that show a single poster. The key is the poster page's (src/data/entry-route.ts): a poster's files,
 * print page and embed show the poster, the office from the settings and the address of its article.
 */
export async function posterPaths() {
  const posters = await getPublished('posters');
  return Promise.all(
    posters.map(async (poster) => ({
      params: { id: poster.id },
      props: { poster },
      cacheKey: (await entryRoute(poster)).cacheKey,
    })),
  );
}

/**
 * Gallery filter pages for each term that has posters: `{ params: { slug }, props: { term, posters }, cacheKey }`.
 * The gallery's filter bar counts every poster, so every poster (with the articles its QR code
 * leads to) is part of each page's cache key.
 */
export async function posterFilterPaths(
  posters: readonly Poster[],
  terms: readonly Term[],
  field: 'audience' | 'topic',
) {
  const paths = terms.flatMap((term) => {
    const matching = posters.filter((poster) => ([] as string[]).concat(poster.data[field]).includes(term.name));
    return matching.length > 0 ? [{ params: { slug: term.slug }, props: { term, posters: matching } }] : [];
  });
  return withCacheKeys(paths, await Promise.all(posters.map(async (poster) => (await entryRoute(poster)).cacheKey)));
}

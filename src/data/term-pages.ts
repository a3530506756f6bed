import type { PaginateFunction } from 'astro';
import type { CollectionEntry } from 'astro:content';
import type { Term } from '../config/taxonomy';
import { getListed, getSettings } from './entries';
import { withCacheKeys } from './page-cache';

type Faceted = 'stories' | 'updates' | 'knowledge' | 'broadcasts';

/**
 * Static paths for “entries of one section with one value of a field” pages (stories by category,
 * reports by district): for each term that has entries, its list split into pages of the
 * settings' page size, as the section lists are, so a term with hundreds of entries stays a page
 * a phone loads quickly. Each page carries a cache key for incremental builds.
 */
export async function termPaths<C extends Faceted>(
  paginate: PaginateFunction,
  collection: C,
  field: 'category' | 'district' | 'topic' | 'kind' | 'audience',
  terms: readonly Term[],
) {
  const [entries, { pageSize }] = await Promise.all([getListed(collection), getSettings()]);
  const perTerm = terms.map((term) => {
    // A field may hold one value or several (a script's 适用: 村、社区).
    const matching = entries.filter((entry) =>
      ([] as unknown[]).concat((entry.data as Record<string, unknown>)[field]).includes(term.name),
    ) as CollectionEntry<C>[];
    return matching.length > 0 ? paginate(matching, { pageSize, params: { slug: term.slug }, props: { term } }) : [];
  });
  return withCacheKeys(perTerm.flat());
}

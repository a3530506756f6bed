import type { CollectionEntry } from 'astro:content';
import type { Term } from '../config/taxonomy';
import { getListed } from './entries';

type Faceted = 'stories' | 'updates';

/**
 * Static paths for “entries of one section with one value of a field” pages (stories by category,
 * reports by district): one page for each term that has entries.
 */
export async function termPaths<C extends Faceted>(collection: C, field: 'category' | 'district', terms: readonly Term[]) {
  const entries = await getListed(collection);
  return terms.flatMap((term) => {
    const matching = entries.filter((entry) => (entry.data as Record<string, unknown>)[field] === term.name);
    return matching.length > 0 ? [{ params: { slug: term.slug }, props: { term, entries: matching as CollectionEntry<C>[] } }] : [];
  });
}

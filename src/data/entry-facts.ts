import type { CollectionEntry } from 'astro:content';
import type { ArticleCollection } from '../config/sections';
import * as declared from '../schema/collections';

/**
 * Facts of an entry that lists show, as its collection's declaration names them (src/schema/collections/):
 * never probed by the fields an entry happens to have.
 */

type Article = CollectionEntry<ArticleCollection>;

const valueOf = (entry: Article, field: string): string => {
  const data: Readonly<Record<string, unknown>> = entry.data;
  return String(data[field]);
};

/** The fact a list card shows beside the date (`cardFact`): a story's 县（市、区）, an article's 主题. */
export function cardFactOf(entry: Article): string | undefined {
  const field = declared[entry.collection].cardFact;
  return field === undefined ? undefined : valueOf(entry, field);
}

/** The value of a field the section's list page counts entries by (`listFacets`), or undefined where the section counts none. */
export function listFacetOf(entry: Article, field: string): string | undefined {
  const facets: readonly string[] = declared[entry.collection].listFacets ?? [];
  return facets.includes(field) ? valueOf(entry, field) : undefined;
}

import type { CollectionEntry } from 'astro:content';
import { ARTICLE_COLLECTIONS, type ArticleCollection } from '../config/sections';
import { slugFor } from '../lib/slugs';
import { byNewest, getListed } from './entries';

export interface Tag {
  readonly name: string;
  readonly slug: string;
  readonly entries: CollectionEntry<ArticleCollection>[];
}

/** Every tag used by a listed entry, most used first, with its entries newest first. */
export async function getTags(): Promise<Tag[]> {
  const byName = new Map<string, CollectionEntry<ArticleCollection>[]>();
  for (const entries of await Promise.all(ARTICLE_COLLECTIONS.map((collection) => getListed(collection)))) {
    for (const entry of entries) {
      for (const tag of new Set(entry.data.tags)) byName.set(tag, [...(byName.get(tag) ?? []), entry]);
    }
  }
  return [...byName]
    .map(([name, entries]) => ({ name, slug: slugFor(name), entries: entries.sort(byNewest) }))
    .sort((a, b) => b.entries.length - a.entries.length || a.name.localeCompare(b.name, 'zh-CN'));
}

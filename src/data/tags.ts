import type { CollectionEntry } from 'astro:content';
import { ARTICLE_COLLECTIONS, type ArticleCollection } from '../config/sections';
import { slugFor } from '../lib/slugs';
import { byNewest, getListed } from './entries';

export interface Tag {
  readonly name: string;
  readonly slug: string;
  readonly entries: CollectionEntry<ArticleCollection>[];
}

let cached: Promise<Tag[]> | undefined;

/**
 * Every tag used by a listed entry, most used first, with its entries newest first. Computed once
 * per build (the tag pages and the tag index ask for it); in dev afresh, as entries change.
 */
export function getTags(): Promise<Tag[]> {
  if (import.meta.env.DEV) return collectTags();
  cached ??= collectTags();
  return cached;
}

async function collectTags(): Promise<Tag[]> {
  const byName = new Map<string, CollectionEntry<ArticleCollection>[]>();
  for (const entries of await Promise.all(ARTICLE_COLLECTIONS.map((collection) => getListed(collection)))) {
    for (const entry of entries) {
      for (const tag of new Set(entry.data.tags)) {
        const tagged = byName.get(tag);
        if (tagged) tagged.push(entry);
        else byName.set(tag, [entry]);
      }
    }
  }
  return [...byName]
    .map(([name, entries]) => ({ name, slug: slugFor(name), entries: entries.sort(byNewest) }))
    .sort((a, b) => b.entries.length - a.entries.length || a.name.localeCompare(b.name, 'zh-CN'));
}

import type { CollectionEntry } from 'astro:content';
import { ARTICLE_COLLECTIONS, type ArticleCollection } from '../config/sections';
import { relatedItems, type WeightedKey } from '../lib/related';
import { byNewest, getPublished, isListed } from './entries';

type Article = CollectionEntry<ArticleCollection>;

const entryKey = (collection: string, id: string) => `entry:${collection}/${id}`;

/**
 * What makes two entries related, strongest first: a poster and the article it points to; the
 * same topic (knowledge and posters share one list of topics), theme or category; shared tags;
 * the same district; the same section.
 */
function relatedKeys(entry: Article): WeightedKey[] {
  const data = entry.data as Record<string, unknown>;
  const keys: WeightedKey[] = [
    { key: entryKey(entry.collection, entry.id), weight: 6 },
    { key: `section:${entry.collection}`, weight: 1 },
    ...[...new Set(entry.data.tags)].map((tag) => ({ key: `tag:${tag}`, weight: 2 })),
  ];
  for (const field of ['relatedKnowledge', 'relatedCustom'] as const) {
    const reference = data[field] as { collection: string; id: string } | undefined;
    if (reference) keys.push({ key: entryKey(reference.collection, reference.id), weight: 6 });
  }
  for (const field of ['topic', 'theme', 'category', 'kind'] as const) {
    if (typeof data[field] === 'string') keys.push({ key: `${field}:${data[field]}`, weight: 3 });
  }
  if (typeof data.district === 'string') keys.push({ key: `district:${data.district}`, weight: 1 });
  return keys;
}

/** Listed and still current: a superseded article is for readers who arrive at it, not to recommend. */
const isRecommendable = (entry: Article): boolean =>
  isListed(entry) && !('supersededBy' in entry.data && entry.data.supersededBy);

let cached: Promise<Map<string, Article[]>> | undefined;

/** Related entries of every article, computed once per build and looked up by `collection/id`. */
function relatedIndex(): Promise<Map<string, Article[]>> {
  const load = async () => {
    const all = (await Promise.all(ARTICLE_COLLECTIONS.map((collection) => getPublished(collection))))
      .flat()
      .sort(byNewest);
    const related = relatedItems(all, relatedKeys, { limit: 4, isCandidate: isRecommendable });
    return new Map([...related].map(([entry, others]) => [`${entry.collection}/${entry.id}`, others]));
  };
  // In dev, entries change under the server; in a build they do not.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/** Up to four listed, current entries related to this one, most related first. */
export async function getRelated(entry: Article): Promise<Article[]> {
  return (await relatedIndex()).get(`${entry.collection}/${entry.id}`) ?? [];
}

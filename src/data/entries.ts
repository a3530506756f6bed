import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { ArticleCollection, SectionCollection } from '../config/sections';

/**
 * The query layer: pages ask these functions and never call `getCollection` with ad-hoc filters.
 * Drafts are visible in `astro dev` (editors preview them) and never in a production build.
 */

type Entry<C extends CollectionKey> = CollectionEntry<C>;
type Dated = { data: { published: Date; title?: string } };

/** Newest first; equal dates fall back to the title (slogans have none: their text is their title) so the order is stable. */
export const byNewest = (a: Dated, b: Dated): number =>
  b.data.published.getTime() - a.data.published.getTime() ||
  (a.data.title ?? '').localeCompare(b.data.title ?? '', 'zh-CN');

const isPublic = (entry: { data: { draft?: boolean } }): boolean => import.meta.env.DEV || entry.data.draft !== true;

// A production build reads each collection once; dev reads afresh so edits show up.
const cache = new Map<SectionCollection, Promise<unknown>>();

/** Published entries of a section, newest first. */
export function getPublished<C extends SectionCollection>(collection: C): Promise<Entry<C>[]> {
  const load = async () => {
    const entries = (await getCollection(collection, isPublic)) as Entry<C>[];
    return entries.sort(byNewest);
  };
  if (import.meta.env.DEV) return load();
  if (!cache.has(collection)) cache.set(collection, load());
  return cache.get(collection) as Promise<Entry<C>[]>;
}

/** An article that readers may list and search: published and not withdrawn. */
export const isListed = (entry: Entry<ArticleCollection>): boolean =>
  !('withdrawn' in entry.data && entry.data.withdrawn);

/** Published, not withdrawn entries of an article section, newest first. */
export async function getListed<C extends ArticleCollection>(collection: C): Promise<Entry<C>[]> {
  return (await getPublished(collection)).filter(isListed);
}

/** The newest published entries across several sections. */
export async function getLatest(
  collections: readonly ArticleCollection[],
  count: number,
): Promise<Entry<ArticleCollection>[]> {
  const all = (await Promise.all(collections.map((collection) => getListed(collection)))).flat();
  return all.sort(byNewest).slice(0, count);
}

/** The site settings, validated by the settings schema. */
export async function getSettings(): Promise<Entry<'settings'>['data']> {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('缺少网站设置文件 content/settings/site.yml，请从仓库恢复该文件。');
  return entry.data;
}

/** Resolves a reference to a published entry, or undefined when it is missing or a draft. */
export async function getPublishedReference<C extends ArticleCollection>(
  reference: { collection: C; id: string } | undefined,
): Promise<Entry<C> | undefined> {
  if (!reference) return undefined;
  const entry = (await getEntry(reference.collection, reference.id)) as Entry<C> | undefined;
  return entry && isPublic(entry) ? entry : undefined;
}

/** Entries grouped by the value of one of their fields, in the order of `order`. */
export function groupBy<E, K extends string>(
  entries: readonly E[],
  key: (entry: E) => K,
  order: readonly K[],
): Map<K, E[]> {
  const groups = new Map<K, E[]>(order.map((value) => [value, []]));
  for (const entry of entries) groups.get(key(entry))?.push(entry);
  return groups;
}

/** Task guides (办事指引) in the order editors gave them, for the home page's 我要办. */
export async function getGuides(): Promise<Entry<'guides'>[]> {
  return [...(await getListed('guides'))].sort((a, b) => a.data.order - b.data.order || byNewest(a, b));
}

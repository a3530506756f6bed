import { createHash } from 'node:crypto';
import type { CollectionEntry } from 'astro:content';
import type { ArticleCollection } from '../config/sections';
import { getPublishedReference } from './entries';
import { getRelated } from './related';

type Article = CollectionEntry<ArticleCollection>;

const stamp = (entry: { collection: string; id: string; digest?: string | number } | undefined) =>
  entry ? `${entry.collection}/${entry.id}@${entry.digest ?? ''}` : '-';

/**
 * The `cacheKey` of an entry page for Astro's incremental builds: it changes whenever anything the
 * page shows changes. That is the entry's own file, the entries listed under 相关内容 (titles and
 * sections), the article a poster points to, and the site settings (name, banner, footer). The
 * page's code (layouts, components, poster renderer) is tracked by Astro itself, as is the content
 * of the rendered Markdown. A change elsewhere (another entry's text) leaves the key alone, so the
 * page is copied from the previous build instead of being rendered again.
 */
export async function entryPageCacheKey(entry: Article, settings: { digest?: string | number } | undefined): Promise<string> {
  const data = entry.data as { relatedKnowledge?: { collection: 'knowledge'; id: string }; relatedCustom?: { collection: 'customs'; id: string } };
  const parts = [
    stamp(entry),
    `settings@${settings?.digest ?? ''}`,
    ...(await getRelated(entry)).map(stamp),
    ...(entry.collection === 'posters'
      ? [stamp(await getPublishedReference(data.relatedKnowledge)), stamp(await getPublishedReference(data.relatedCustom))]
      : []),
  ];
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);
}

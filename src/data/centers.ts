import type { CollectionEntry } from 'astro:content';
import type { Term } from '../config/taxonomy';
import { getPublished } from './entries';
import { withCacheKeys } from './page-cache';

export type Center = CollectionEntry<'centers'>;

/** Published practice centers by name (the directory is read by place, not by date). */
export async function getCenters(): Promise<Center[]> {
  return [...(await getPublished('centers'))].sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

/** Whether a center has this level or offers this service. */
export const centerHas = (center: Center, facet: 'level' | 'service', term: Term): boolean =>
  facet === 'level' ? center.data.level === term.name : (center.data.services as readonly string[]).includes(term.name);

/** Static paths for the pages of centers with one level or one service: a page for each term that has centers. */
export async function centerFacetPaths(facet: 'level' | 'service', terms: readonly Term[]) {
  const centers = await getCenters();
  const paths = terms.flatMap((term) => {
    const matching = centers.filter((center) => centerHas(center, facet, term));
    return matching.length > 0 ? [{ params: { slug: term.slug }, props: { term, centers: matching } }] : [];
  });
  return withCacheKeys(paths);
}

import type { CollectionEntry } from 'astro:content';
import type { ArticleCollection } from '../config/sections';
import { countBy } from '../lib/count';

/** How many loudspeaker scripts there are of each kind and for each audience, by Chinese name (none for other sections). */
export function broadcastCounts(entries: readonly CollectionEntry<ArticleCollection>[]): {
  kind: Map<string, number>;
  audience: Map<string, number>;
} {
  const scripts = entries.flatMap((entry) =>
    entry.collection === 'broadcasts' ? [entry.data as CollectionEntry<'broadcasts'>['data']] : [],
  );
  return {
    kind: countBy(scripts, (script) => script.kind),
    audience: countBy(
      scripts.flatMap((script) => script.audience),
      (name) => name,
    ),
  };
}

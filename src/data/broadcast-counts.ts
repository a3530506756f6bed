import type { CollectionEntry } from 'astro:content';
import type { ArticleCollection } from '../config/sections';

/** How many loudspeaker scripts there are of each kind and for each audience, by Chinese name (none for other sections). */
export function broadcastCounts(entries: readonly CollectionEntry<ArticleCollection>[]): { kind: Map<string, number>; audience: Map<string, number> } {
  const kind = new Map<string, number>();
  const audience = new Map<string, number>();
  for (const entry of entries) {
    if (entry.collection !== 'broadcasts') continue;
    const data = entry.data as CollectionEntry<'broadcasts'>['data'];
    kind.set(data.kind, (kind.get(data.kind) ?? 0) + 1);
    for (const name of data.audience) audience.set(name, (audience.get(name) ?? 0) + 1);
  }
  return { kind, audience };
}

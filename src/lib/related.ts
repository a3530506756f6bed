/** Something an item shares with others (a tag, a topic), and how much sharing it counts. */
export interface WeightedKey {
  readonly key: string;
  readonly weight: number;
}

export interface RelatedOptions<T> {
  /** Items to list per item. */
  readonly limit?: number;
  /**
   * Items looked at per key. A key shared by very many items (a common tag) only offers its first
   * `maxPerKey`, so the work grows with items × keys × maxPerKey, never with items².
   */
  readonly maxPerKey?: number;
  /** Items that may be listed (e.g. not withdrawn); all items get a list of their own. */
  readonly isCandidate?: (item: T) => boolean;
}

/**
 * For every item, the items sharing the most weight of keys with it, best first. `items` come in
 * the order to prefer on a tie (newest first), and that order decides which items a crowded key
 * offers.
 */
export function relatedItems<T>(
  items: readonly T[],
  keysOf: (item: T) => readonly WeightedKey[],
  { limit = 4, maxPerKey = 50, isCandidate = () => true }: RelatedOptions<T> = {},
): Map<T, T[]> {
  const keys = items.map(keysOf);
  const postings = new Map<string, number[]>();
  items.forEach((item, index) => {
    if (!isCandidate(item)) return;
    for (const { key } of keys[index]!) {
      const list = postings.get(key) ?? [];
      if (list.length < maxPerKey) list.push(index);
      postings.set(key, list);
    }
  });

  const related = new Map<T, T[]>();
  items.forEach((item, index) => {
    const scores = new Map<number, number>();
    for (const { key, weight } of keys[index]!) {
      for (const other of postings.get(key) ?? []) {
        if (other !== index) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const best = [...scores].sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || a - b).slice(0, limit);
    related.set(
      item,
      best.map(([other]) => items[other]!),
    );
  });
  return related;
}

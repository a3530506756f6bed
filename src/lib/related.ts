/** Something an item shares with others (a tag, a topic), and how much sharing it counts. */
export interface WeightedKey {
  readonly key: string;
  /** Greater than 0; a key of weight 0 counts nothing and is passed over. */
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

  // Scores live in one array reused for every item; only the entries an item touched are read and reset.
  const scores = new Float64Array(items.length);
  const related = new Map<T, T[]>();
  items.forEach((item, index) => {
    const touched: number[] = [];
    for (const { key, weight } of keys[index]!) {
      if (!(weight > 0)) continue;
      for (const other of postings.get(key) ?? []) {
        if (other === index) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] += weight;
      }
    }
    related.set(
      item,
      bestOf(touched, scores, limit).map((other) => items[other]!),
    );
    for (const other of touched) scores[other] = 0;
  });
  return related;
}

/**
 * The `limit` best of `candidates` by score, higher first and the earlier item on a tie, kept in
 * a short sorted list instead of sorting every candidate (a crowded key offers many).
 */
function bestOf(candidates: readonly number[], scores: Float64Array, limit: number): number[] {
  const best: number[] = [];
  const ahead = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  for (const candidate of candidates) {
    if (best.length === limit && !ahead(candidate, best[limit - 1]!)) continue;
    let at = best.length === limit ? limit - 1 : best.length;
    while (at > 0 && ahead(candidate, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at -= 1;
    }
    best[at] = candidate;
  }
  return best;
}

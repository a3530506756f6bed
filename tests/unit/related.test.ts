import { describe, expect, it } from 'vitest';
import { relatedItems, type WeightedKey } from '../../src/lib/related';

interface Item {
  readonly name: string;
  readonly keys: readonly WeightedKey[];
  readonly listed?: boolean;
}
const item = (name: string, keys: Record<string, number>, listed = true): Item => ({
  name,
  keys: Object.entries(keys).map(([key, weight]) => ({ key, weight })),
  listed,
});
const names = (map: Map<Item, Item[]>, of: Item) => map.get(of)!.map((other) => other.name);

describe('relatedItems', () => {
  const a = item('a', { 'topic:居家': 3, 'tag:通风': 2 });
  const b = item('b', { 'topic:居家': 3 });
  const c = item('c', { 'tag:通风': 2, 'tag:空调': 2 });
  const d = item('d', { 'topic:居家': 3, 'tag:通风': 2 }, false);
  const e = item('e', { 'tag:空调': 2 });
  const f = item('f', { 'topic:出行': 3 });

  it('ranks by shared weight, then by the order given (newest first), and leaves out the item itself', () => {
    const related = relatedItems([a, b, c, e, f], (x) => x.keys);
    expect(names(related, a)).toEqual(['b', 'c']);
    expect(names(related, c)).toEqual(['a', 'e']);
    expect(names(related, f)).toEqual([]);
  });

  it('lists only candidates, but gives every item its own list', () => {
    const related = relatedItems([d, a, b], (x) => x.keys, { isCandidate: (x) => x.listed !== false });
    expect(names(related, a)).toEqual(['b']);
    expect(names(related, d)).toEqual(['a', 'b']);
  });

  it('keeps to the limit', () => {
    const many = Array.from({ length: 10 }, (_, index) => item(`n${index}`, { 'tag:洗手': 2 }));
    const related = relatedItems(many, (x) => x.keys, { limit: 3 });
    expect(names(related, many[9]!)).toEqual(['n0', 'n1', 'n2']);
  });

  it('looks at no more than maxPerKey items per key, so a tag on every entry costs linear time', () => {
    const count = 2000;
    const everyone = Array.from({ length: count }, (_, index) =>
      item(`n${index}`, { 'tag:防疫': 1, [`own:${index % 100}`]: 5 }),
    );
    let visits = 0;
    const started = performance.now();
    const related = relatedItems(
      everyone,
      (x) => {
        visits++;
        return x.keys;
      },
      { maxPerKey: 20 },
    );
    expect(visits).toBe(count);
    expect(related.size).toBe(count);
    // n150 shares own:50 with n50, n250, …; only the first 20 holders of a key are offered.
    expect(names(related, everyone[150]!)).toEqual(['n50', 'n250', 'n350', 'n450']);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('gives the same lists as scoring every pair and sorting, on a varied set', () => {
    // A deterministic mix of crowded and rare keys, with ties.
    const keysOf = (index: number): Record<string, number> => ({
      [`topic:${index % 7}`]: 3,
      [`tag:${index % 13}`]: 2,
      [`tag:${(index * 5) % 11}x`]: 2,
      [`district:${index % 3}`]: 1,
    });
    const items = Array.from({ length: 300 }, (_, index) => item(`n${index}`, keysOf(index), index % 9 !== 0));
    const isCandidate = (x: Item) => x.listed !== false;
    const related = relatedItems(items, (x) => x.keys, { limit: 4, maxPerKey: 1000, isCandidate });
    for (const [index, one] of items.entries()) {
      const expected = items
        .map((other, otherIndex) => ({
          otherIndex,
          score: one.keys.reduce(
            (sum, { key, weight }) => sum + (other.keys.some((k) => k.key === key) ? weight : 0),
            0,
          ),
        }))
        .filter(({ otherIndex, score }) => otherIndex !== index && score > 0 && isCandidate(items[otherIndex]!))
        .sort((a, b) => b.score - a.score || a.otherIndex - b.otherIndex)
        .slice(0, 4)
        .map(({ otherIndex }) => `n${otherIndex}`);
      expect(names(related, one), one.name).toEqual(expected);
    }
  });
});

/**
 * Which parts of an index in parts (src/search/build/index-parts.ts) have a word, and which parts a
 * search should therefore ask. Pagefind answers a word an index lacks with pages of a shorter word
 * it has (新办 → 新, its lenience), so a part without the query's word would add pages that never
 * say it, where an index of every page finds only the pages that do. The build writes each word's
 * parts into the lexicon's shards (src/search/build/lexicon.ts); the search asks only the parts that
 * have every word of the query (src/search/shared/index-changes.ts). Free of browser-only code.
 */

/** The most parts a word's mask (a 32-bit integer) can name: 240,000 pages in parts of 8,000. */
export const MAX_MASKED_PARTS = 30;

/** Parts in one base-32 digit of a word's mask: bit n stands for part n. */
const PARTS_PER_DIGIT = 5;

/** Digits of each word's mask in a shard's `parts`, for an index of `parts` parts. */
const maskWidth = (parts: number): number => Math.ceil(parts / PARTS_PER_DIGIT);

/** The masks of a shard's words, in the words' order, as the shard's `parts` string. */
export function encodeWordParts(masks: readonly number[], parts: number): string {
  return masks.map((mask) => mask.toString(32).padStart(maskWidth(parts), '0')).join('');
}

/** The masks of a shard's `count` words from its `parts` string. */
export function decodeWordParts(text: string, count: number, parts: number): number[] {
  const width = maskWidth(parts);
  return Array.from({ length: count }, (_, index) => parseInt(text.slice(index * width, (index + 1) * width), 32));
}

/**
 * The parts a search for words with these masks should ask, or null for every part. A word no part
 * has (or whose parts are unknown) restricts nothing: every part answers it leniently, as an index
 * of every page would. Otherwise only the parts having every such word: the others could answer
 * only leniently. Empty when no part has them all (nor, then, does any page).
 */
export function partsToSearch(masks: readonly (number | undefined)[], parts: number): number[] | null {
  const known = masks.filter((mask): mask is number => mask !== undefined && mask !== 0);
  if (known.length === 0) return null;
  const having = known.reduce((all, mask) => all & mask);
  return Array.from({ length: parts }, (_, part) => part).filter((part) => having & (1 << part));
}

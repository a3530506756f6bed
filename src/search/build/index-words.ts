import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { MAX_MASKED_PARTS } from '../shared/word-parts';
import { PAGEFIND_SIGNATURE } from './index-base';

/**
 * The words of the Pagefind index in `folder` (one part of the full index), as Pagefind wrote them
 * to its word chunks (`index/*.pf_index`: gzipped CBOR, each word first with its pages; see
 * `WordIndex` in Pagefind's `pagefind/src/index/index_words.rs`): Pagefind's own words, its Chinese
 * segmentation's included (发热门诊), lower case, in code-unit order.
 */
export function indexedWords(folder: string): string[] {
  const dir = join(folder, 'index');
  const words: string[] = [];
  for (const name of readdirSync(dir)) {
    const bytes = gunzipSync(readFileSync(join(dir, name)));
    const start =
      bytes.toString('latin1', 0, PAGEFIND_SIGNATURE.length) === PAGEFIND_SIGNATURE ? PAGEFIND_SIGNATURE.length : 0;
    const [chunk] = decode(bytes.subarray(start)) as [[string, ...unknown[]][]];
    for (const [word] of chunk) words.push(word);
  }
  return words.sort();
}

/**
 * Each part's `indexedWords`, for an index in the parts `folders` (in order); none for an index in
 * one part, or in more than a word's mask can name (word-parts.ts), whose every part is asked.
 */
export const partWordsOf = (folders: readonly string[]): string[][] =>
  folders.length > 1 && folders.length <= MAX_MASKED_PARTS ? folders.map(indexedWords) : [];

/** Whether the sorted `words` have one that starts with `prefix` (Pagefind searches a word so). */
function hasWordStartingWith(words: readonly string[], prefix: string): boolean {
  let [low, high] = [0, words.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low < words.length && words[low]!.startsWith(prefix);
}

/**
 * For each word of `vocabulary`, the parts whose index has it, a bit per part (bit n for part n):
 * the parts that have a word starting with it, as Pagefind matches a query word. `partWords` are
 * the parts' `indexedWords`, in order.
 */
export function partsHavingWords(vocabulary: readonly string[], partWords: readonly (readonly string[])[]): number[] {
  return vocabulary.map((word) =>
    partWords.reduce((mask, words, part) => (hasWordStartingWith(words, word) ? mask | (1 << part) : mask), 0),
  );
}

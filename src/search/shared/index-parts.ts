/**
 * A site's index in parts (src/search/build/index-parts.ts) searched as one: the first part is the
 * bundle Pagefind starts with; the others, and a rebuild's recent index, are merged into it with
 * `mergeIndex`, which reuses the loaded WebAssembly. Pagefind merges the results of all of them by
 * score, which means the same in every part: each part is a random sample of the site's pages, so
 * their word statistics agree. Each part's results carry its number in PART_FILTER, by which a
 * search leaves out the parts without its words (word-parts.ts). Used by the site's search script,
 * the province hub, the benchmark and the tests; free of browser-only code.
 */
import { PART_FILTER, RECENT_PART } from './config';
import type { IndexChanges } from './index-changes';

interface Mergeable {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}

/** The folders of the full index's parts after the first (relative to the bundle), from its changes file. */
export const partsOf = (changes: IndexChanges): string[] => changes.parts ?? [];

/**
 * Merges the full index's parts and the recent index (when the build made one) into `pagefind`,
 * each with `options` and, for an index in parts, its part in PART_FILTER. The bundle at `bundle`
 * (a URL ending in `/`) is the first part: Pagefind's own index, loaded already (`first: 'loaded'`),
 * or merged here too (`'merge'`, as the province hub merges each city's).
 */
export async function mergeIndexes(
  pagefind: Mergeable,
  bundle: string,
  changes: IndexChanges,
  options: Record<string, unknown>,
  first: 'loaded' | 'merge' = 'loaded',
): Promise<void> {
  const parts = partsOf(changes);
  const inPart = (part: string) =>
    parts.length === 0
      ? options
      : { ...options, mergeFilter: { ...(options.mergeFilter as object | undefined), [PART_FILTER]: part } };
  const merged = [
    ...parts.map((folder, index) => pagefind.mergeIndex(`${bundle}${folder}`, inPart(String(index + 1)))),
    ...(changes.index ? [pagefind.mergeIndex(`${bundle}${changes.index}`, inPart(RECENT_PART))] : []),
  ];
  if (first === 'merge') merged.push(pagefind.mergeIndex(bundle, inPart('0')));
  else if (parts.length > 0) merged.push(pagefind.options({ mergeFilter: { [PART_FILTER]: '0' } }));
  await Promise.all(merged);
}

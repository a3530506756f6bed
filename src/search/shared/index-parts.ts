/**
 * A site's index in parts (src/search/build/index-parts.ts) searched as one: the first part is the
 * bundle Pagefind starts with; the others, and a rebuild's recent index, are merged into it with
 * `mergeIndex`, which reuses the loaded WebAssembly. Pagefind merges the results of all of them by
 * score, which means the same in every part: each part is a random sample of the site's pages, so
 * their word statistics agree. Used by the site's search script, the province hub, the benchmark and
 * the tests; free of browser-only code.
 */
import type { IndexChanges } from './index-changes';

interface Mergeable {
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}

/** The folders of the full index's parts after the first (relative to the bundle), from its changes file. */
export const partsOf = (changes: IndexChanges): string[] => changes.parts ?? [];

/**
 * Merges the full index's other parts and the recent index (when the build made one) into
 * `pagefind`, which has the bundle at `bundle` (a URL ending in `/`) loaded, each with `options`.
 */
export async function mergeIndexes(
  pagefind: Mergeable,
  bundle: string,
  changes: IndexChanges,
  options: Record<string, unknown>,
): Promise<void> {
  await Promise.all(
    [...partsOf(changes), ...(changes.index ? [changes.index] : [])].map((folder) =>
      pagefind.mergeIndex(`${bundle}${folder}`, options),
    ),
  );
}

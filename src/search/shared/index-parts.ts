/**
 * A site's index in parts (src/search/build/index-parts.ts) searched as one: the first part is the
 * bundle Pagefind starts with, the others (and a rebuild's recent index) are merged into it with
 * `mergeIndex`. Pagefind merges results by score, which for a relevance search is comparable across
 * parts (each is a random sample of the site's pages, so their word statistics agree). A search sorted
 * by a key is not: each part scores a result by its position in its own sorted list. Such a search is
 * put in order here by each result's value, read from its part's list of values (SORT_VALUES_FILE).
 * Used by the site's search script, the province hub, the benchmark and the tests; free of browser-only code.
 */
import { PART_FILTER, SORT_VALUES_FILE } from './config';
import type { IndexChanges } from './index-changes';

/** A sort key's values in Pagefind's order (ascending), as runs of equal values: `[value, count]`. */
export type SortValues = Record<string, [string, number][]>;

interface Mergeable {
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}

interface Result {
  id: string;
  score: number;
}

interface Response<R extends Result> {
  results: R[];
  filters: Record<string, Record<string, number>>;
}

interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The folders of the full index's parts after the first (relative to the bundle), from its changes file. */
export const partsOf = (changes: IndexChanges): string[] => changes.parts ?? [];

/**
 * Merges the full index's other parts and the recent index (when the build made one) into
 * `pagefind`, which has the bundle at `bundle` (a URL ending in `/`) loaded. Each part's results are
 * filed under PART_FILTER (with any `mergeFilter` of `options`, such as the hub's city).
 */
export async function mergeIndexes(
  pagefind: Mergeable,
  bundle: string,
  changes: IndexChanges,
  options: Record<string, unknown> & { mergeFilter?: Record<string, string> },
): Promise<void> {
  await Promise.all([
    ...partsOf(changes).map((part) =>
      pagefind.mergeIndex(`${bundle}${part}`, {
        ...options,
        mergeFilter: { ...options.mergeFilter, [PART_FILTER]: part },
      }),
    ),
    changes.index ? pagefind.mergeIndex(`${bundle}${changes.index}`, options) : undefined,
  ]);
}

/** The value at `position` of a sorted list given as runs. */
export function valueAt(runs: readonly [string, number][], position: number): string {
  let seen = 0;
  for (const [value, count] of runs) {
    seen += count;
    if (position < seen) return value;
  }
  return runs.at(-1)?.[0] ?? '';
}

/**
 * Runs a search sorted by a key across the parts of the index at `bundle`: the same search once
 * more per part (filtered to it) tells each result's part, and the part's sorted values give its
 * value. Results of the recent index (`recent`) follow the others, to be put in place by
 * applyIndexChanges. Each part's values file is loaded once.
 */
export function sortedAcrossParts(bundle: string, changes: IndexChanges) {
  const parts = partsOf(changes);
  const loaded = new Map<string, Promise<SortValues>>();
  const valuesOf = (folder: string) => {
    let values = loaded.get(folder);
    if (!values) {
      values = (async () => {
        const response = await fetch(`${bundle}${folder}${SORT_VALUES_FILE}`);
        if (!response.ok) throw new Error(`${bundle}${folder}${SORT_VALUES_FILE}: HTTP ${response.status}`);
        return (await response.json()) as SortValues;
      })();
      values.catch(() => loaded.delete(folder));
      loaded.set(folder, values);
    }
    return values;
  };
  return async <R extends Result, T extends Response<R>>(
    search: (term: string | null, options: SearchOptions) => Promise<T>,
    term: string | null,
    options: SearchOptions & { sort: Record<string, 'asc' | 'desc'> },
  ): Promise<T> => {
    const [key, direction] = Object.entries(options.sort)[0]!;
    const [whole, ...perPart] = await Promise.all([
      search(term, options),
      ...parts.map((part) => search(term, { ...options, filters: { ...options.filters, [PART_FILTER]: part } })),
    ]);
    const partOf = new Map<string, string>();
    perPart.forEach((response, index) => {
      for (const result of response.results) partOf.set(result.id, parts[index]!);
    });
    const values = new Map(
      await Promise.all(['', ...parts].map(async (folder) => [folder, (await valuesOf(folder))[key] ?? []] as const)),
    );
    // Pagefind scores a sorted result by its position in its part's list (negative when ascending).
    const valueOf = (result: R) =>
      valueAt(values.get(partOf.get(result.id) ?? '')!, direction === 'asc' ? -result.score : result.score);
    const isRecent = (result: R) => result.id in changes.recent;
    const ranked = whole.results
      .filter((result) => !isRecent(result))
      .map((result) => ({ result, value: valueOf(result) }));
    const order = direction === 'asc' ? 1 : -1;
    ranked.sort((a, b) => (a.value === b.value ? 0 : a.value < b.value ? -order : order));
    return {
      ...whole,
      results: [...ranked.map(({ result }) => result), ...whole.results.filter(isRecent)],
    };
  };
}

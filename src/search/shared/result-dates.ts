/**
 * Each result's date, for a search sorted by date. Pagefind's own sort puts every page's place in
 * each sort order into the index's meta file, which every search loads (about 2 bytes a page, 40 KB
 * at 20,000 entries), and its sorted results cannot be merged across indexes (the score is a
 * position in one index). The build writes the dates of the full index's results into
 * RESULT_DATES_FILE instead (src/search/build/result-dates.ts); a search sorted by date loads it once
 * and orders the results itself. Free of browser-only code.
 */
import { RESULT_DATES_FILE } from './config';

/** Result id → ISO day. */
export type ResultDates = ReadonlyMap<string, string>;

/** The file's form: ISO day → the ids of the results of that day, separated by spaces. */
export type ResultDatesFile = Record<string, string>;

export const parseResultDates = (file: ResultDatesFile): ResultDates =>
  new Map(Object.entries(file).flatMap(([date, ids]) => ids.split(' ').map((id) => [id, date] as const)));

/** Loads the dates file of the bundle at `bundle` (a URL ending in `/`) on first use; revalidated, as it changes with every build. */
export function resultDatesOf(bundle: string): () => Promise<ResultDates> {
  let loading: Promise<ResultDates> | undefined;
  return () => {
    loading ??= (async () => {
      const response = await fetch(`${bundle}${RESULT_DATES_FILE}`, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${bundle}${RESULT_DATES_FILE}: HTTP ${response.status}`);
      return parseResultDates((await response.json()) as ResultDatesFile);
    })();
    loading.catch(() => (loading = undefined));
    return loading;
  };
}

/**
 * The results that have a date, newest first (`desc`) or oldest first; results of the same day keep
 * their order. Results without a date (an SMS text, a center) are left out, as Pagefind's sort leaves
 * out pages without the sort key.
 */
export function byDate<R extends { id: string }>(
  results: readonly R[],
  dateOf: (id: string) => string | undefined,
  direction: 'asc' | 'desc',
): R[] {
  const dated = results.flatMap((result) => {
    const date = dateOf(result.id);
    return date ? [{ result, date }] : [];
  });
  const order = direction === 'asc' ? 1 : -1;
  dated.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -order : order));
  return dated.map(({ result }) => result);
}

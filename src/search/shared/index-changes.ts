/**
 * The full search index and the recent one (pages changed since the full index was built; see
 * src/search/build/index-recent.ts) searched as one index. Pagefind merges the results of
 * both by score (`mergeIndex`); this takes out the results of the full index that the recent one
 * replaces (and their filter counts) and the recent index's sample documents, gives an edited page
 * the score of its previous version, and orders a search sorted by date by every result's date
 * (src/search/shared/result-dates.ts).
 * Used by the site's search script and by the benchmark; free of browser-only code.
 */
import { INDEX_CHANGES_FILE, INDEX_FILTER, PART_FILTER, RECENT_PART } from './config';
import { partsOf } from './index-parts';
import { queryWords } from './query';
import { byDate, type ResultDates } from './result-dates';
import { partsToSearch } from './word-parts';

/** The bundle's `index-changes.json`. */
export interface IndexChanges {
  /** The recent index's folder, relative to the bundle; null when no page changed (or only pages went) since the full index. */
  index: string | null;
  /** Results of the full index that are out of date (the page changed or went), with the filter values each one counts under. */
  superseded: Record<string, Record<string, string[]>>;
  /**
   * The recent index's own results (not its samples): their date ('' when they have none) and,
   * for a changed page, the id of its out-of-date result in the full index.
   */
  recent: Record<string, { date: string; replaces?: string }>;
  /** Filter values only superseded results had: no page has them any more. */
  gone: Record<string, string[]>;
  /**
   * Words (lower-case) that pages changed since the full index have and no page of the full index
   * had. The full index answers a query of such words with pages that match only parts of them
   * (Pagefind's lenience), where an index of every page would have the word.
   */
  newWords?: string[];
  /**
   * The folders of the full index's parts after the first, relative to the bundle (src/search/shared/index-parts.ts);
   * empty, or absent in older bundles, when the index is one part.
   */
  parts?: string[];
}

export const NO_INDEX_CHANGES: IndexChanges = {
  index: null,
  superseded: {},
  recent: {},
  gone: {},
  newWords: [],
  parts: [],
};

interface Result {
  id: string;
  score: number;
  data(): Promise<{
    meta: Record<string, string | undefined>;
    content?: string;
    filters?: Record<string, string[] | undefined>;
  }>;
}

interface Response<R extends Result> {
  results: R[];
  filters: Record<string, Record<string, number>>;
}

interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

interface Searchable<R extends Result, T extends Response<R>> {
  search(term: string | null, options?: SearchOptions): Promise<T>;
}

/** The changes file of the bundle at `bundle` (a URL ending in `/`); revalidated, as it changes with every build. */
export async function readIndexChanges(bundle: string): Promise<IndexChanges> {
  const response = await fetch(`${bundle}${INDEX_CHANGES_FILE}`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${bundle}${INDEX_CHANGES_FILE}: HTTP ${response.status}`);
  return (await response.json()) as IndexChanges;
}

/** The parts of the full index that have each of these words (a bit per part), undefined where not known (word-parts.ts). */
export type WordPartsOf = (words: readonly string[]) => Promise<readonly (number | undefined)[]>;

/**
 * `pagefind` (with the index's other parts and the recent index merged in: mergeIndexes) with a
 * `search` that answers as one index built from every page would, but for the order of equally good
 * results. A search sorted by date is ordered here, by the dates `resultDates` loads (result-dates.ts)
 * and the recent results' own. Of an index in parts, a query asks only the parts that have its words,
 * by `wordParts` (word-parts.ts); without it, every part.
 */
export function searchedAsOne<R extends Result, T extends Response<R>, P extends Searchable<R, T>>(
  pagefind: P,
  changes: IndexChanges,
  resultDates: () => Promise<ResultDates>,
  wordParts?: WordPartsOf,
): P {
  const newWords = new Set(changes.newWords);
  const parts = partsOf(changes).length + 1;
  const search = async (term: string | null, { sort, ...options }: SearchOptions = {}): Promise<T> => {
    let filters = changes.index ? { ...options.filters, not: { [INDEX_FILTER]: 'sample' } } : options.filters;
    if (term && parts > 1 && wordParts) {
      const asked = partsToSearch(await wordParts(term.toLowerCase().split(/\s+/).filter(Boolean)), parts);
      if (asked && asked.length < parts)
        filters = { ...filters, [PART_FILTER]: { any: [...asked.map(String), RECENT_PART] } };
    }
    const merged = applyIndexChanges(await pagefind.search(term, { ...options, filters }), changes);
    const response = term ? await withoutStrayRecent(merged, term, changes) : merged;
    if (sort?.date) {
      const dates = await resultDates();
      const dateOf = (id: string) => (id in changes.recent ? changes.recent[id]!.date : dates.get(id));
      return { ...response, results: byDate(response.results, dateOf, sort.date) };
    }
    return term && onlyNewWords(term, newWords) ? recentFirst(response, changes) : response;
  };
  return { ...pagefind, search };
}

/**
 * Takes out the recent index's results that do not have the query's words. The recent index holds
 * a few hundred pages; a word the site has but none of them (网暴) is not in its word list, and
 * Pagefind then matches a shorter word that is (网格员), so a changed page would be listed for a
 * word it never says. A recent result stays if its text or metadata (title, keywords, synonyms,
 * words) has a word of the query; otherwise it goes, with its filter counts.
 */
export async function withoutStrayRecent<R extends Result, T extends Response<R>>(
  response: T,
  term: string,
  changes: IndexChanges,
): Promise<T> {
  // The query's words, and the words of two or more characters inside them (Pagefind splits a query
  // it is given whole): a recent result with none of them is a stray.
  const terms = term.toLowerCase().split(/\s+/).filter(Boolean);
  const words = [
    ...new Set([...terms, ...terms.flatMap((word) => queryWords(word).filter((piece) => [...piece].length >= 2))]),
  ];
  if (words.length === 0 || !response.results.some((result) => result.id in changes.recent)) return response;
  const filters = structuredClone(response.filters);
  const kept = await Promise.all(
    response.results.map(async (result) => {
      if (!(result.id in changes.recent)) return true;
      const data = await result.data();
      const text = [data.content ?? '', ...Object.values(data.meta)].join(' ').toLowerCase();
      if (words.some((word) => text.includes(word))) return true;
      for (const [key, values] of Object.entries(data.filters ?? {})) {
        for (const value of values ?? []) if (filters[key]?.[value]) filters[key][value] -= 1;
      }
      return false;
    }),
  );
  return { ...response, filters, results: response.results.filter((_, index) => kept[index]) };
}

/** Whether every word of the query is one only pages changed since the full index have. */
function onlyNewWords(term: string, newWords: ReadonlySet<string>): boolean {
  const words = queryWords(term).map((word) => word.toLowerCase());
  return words.length > 0 && words.every((word) => newWords.has(word));
}

/**
 * The results of the recent index first, in their order, then the others. For a query of words new
 * since the full index, the recent index's results are the changed pages that have them; the full
 * index, which lacks the words, answers with pages that match parts of them (Pagefind's lenience)
 * or have words that begin with them. The pages that have the word come first, as in an index of
 * every page (incremental.test.ts checks this for 着凉); the full index's matches follow.
 */
function recentFirst<R extends Result, T extends Response<R>>(response: T, changes: IndexChanges): T {
  const isRecent = (result: R) => result.id in changes.recent;
  return {
    ...response,
    results: [...response.results.filter(isRecent), ...response.results.filter((result) => !isRecent(result))],
  };
}

/**
 * Takes the superseded results out of a merged response, with their counts (and the filter values
 * only they had, the recent index's own filter and the parts' filter), and puts an edited page where its previous
 * version stood.
 */
export function applyIndexChanges<R extends Result, T extends Response<R>>(response: T, changes: IndexChanges): T {
  const filters = structuredClone(response.filters);
  delete filters[INDEX_FILTER];
  delete filters[PART_FILTER];
  for (const [key, values] of Object.entries(changes.gone)) for (const value of values) delete filters[key]?.[value];
  for (const result of response.results) {
    for (const [key, values] of Object.entries(changes.superseded[result.id] ?? {})) {
      for (const value of values) if (filters[key]?.[value]) filters[key][value] -= 1;
    }
  }
  return { ...response, filters, results: inPlaceOfBefore(response.results, changes) };
}

/**
 * Takes the out-of-date results out. An edited page whose previous version matched too takes that
 * version's place (and score) in the list: scored by the whole site's word statistics, and among
 * equal scores in the whole index's order, it stands where a whole index would put it (an edit
 * seldom moves a page much). A new page, or one that matches only now, keeps the place its score
 * from the recent index (with its sample of the site) gives it.
 */
function inPlaceOfBefore<R extends Result>(results: R[], changes: IndexChanges): R[] {
  const present = new Set(results.map((result) => result.id));
  const replacement = new Map<string, R>();
  for (const result of results) {
    const replaces = changes.recent[result.id]?.replaces;
    if (replaces && present.has(replaces)) replacement.set(replaces, result);
  }
  const moved = new Set([...replacement.values()].map((result) => result.id));
  const ordered: R[] = [];
  for (const result of results) {
    const edited = replacement.get(result.id);
    if (edited) ordered.push({ ...edited, score: result.score });
    else if (!(result.id in changes.superseded) && !moved.has(result.id)) ordered.push(result);
  }
  return ordered;
}

/**
 * The site's search over Pagefind's JS API (https://pagefind.app/docs/api/): loads Pagefind on first
 * use, runs the query with filters and sort, counts results per filter value, and adds the pages
 * the fallback finds when the query itself finds too little (src/search/shared/query.ts).
 */
import {
  INDEX_OPTIONS,
  PAGEFIND_BUNDLE,
  RANKING_FILTERS,
  SEARCH_FILTERS,
  type SearchFilterKey,
} from '../shared/config';
import { readIndexChanges, searchedAsOne } from '../shared/index-changes';
import { mergeIndexes } from '../shared/index-parts';
import { LexiconLoader } from '../shared/lexicon-loader';
import { resultDatesOf } from '../shared/result-dates';
import {
  ADVICE_WEIGHT,
  FALLBACK_BELOW,
  MINOR_WEIGHT,
  queryWords,
  rankFallback,
  rankResults,
  wordTerms,
} from '../shared/query';
import {
  normalizeQuery,
  subWords,
  synonymQueries,
  toSimplified,
  understandQuery,
  type Lexicon,
  type Understanding,
} from '../shared/understand';

/** What Pagefind returns for one result once its fragment is loaded. */
export interface PagefindDocument {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindDocument>;
}

/**
 * The language Pagefind is told the page is in while it starts. Pagefind splits a query for a
 * Chinese index with the browser's Intl.Segmenter (疫情 → 疫 情); the site splits the query into
 * the words of its own vocabulary first (src/search/shared/understand.ts) and sends them separated by
 * spaces, which Pagefind then keeps as they are for a language it does not segment.
 */
const QUERY_LANGUAGE = 'und';

/** What a match through another word of a synonym group is worth beside the reader's own word. */
const SYNONYM_SCORE = 0.9;

type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}

interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  filters(): Promise<FilterCounts>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
}

/** The site's character tables, vocabulary and synonym groups (src/search/build/lexicon.ts), loaded as queries need them. */
const lexicons = new LexiconLoader(PAGEFIND_BUNDLE);

/** The site's character tables and synonym groups, loaded once. */
export const loadLexicon = (): Promise<Lexicon> => lexicons.lexicon();

let loading: Promise<PagefindApi> | undefined;

/**
 * Pagefind's script, WebAssembly and index metadata, loaded once, on first use; with the recent
 * index merged in when the last build made one (src/search/shared/index-changes.ts).
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    // Not bundled: the file exists only after the build has indexed the site.
    const pagefind = (await import(/* @vite-ignore */ `${PAGEFIND_BUNDLE}pagefind.js`)) as PagefindApi;
    // The index of a city office's site is small enough to search on the main thread; the worker
    // would repeat the engine in a second download (about 12 KB gzipped) on a reader's phone.
    await pagefind.options({ noWorker: true, ...INDEX_OPTIONS });
    // Pagefind reads the page's language when it starts (synchronously, in init()).
    const root = document.documentElement;
    const language = root.lang;
    root.lang = QUERY_LANGUAGE;
    let started: Promise<void>;
    try {
      started = pagefind.init();
    } finally {
      root.lang = language;
    }
    const [changes] = await Promise.all([readIndexChanges(PAGEFIND_BUNDLE), started, loadLexicon()]);
    await mergeIndexes(pagefind, PAGEFIND_BUNDLE, changes, INDEX_OPTIONS);
    return searchedAsOne(pagefind, changes, resultDatesOf(PAGEFIND_BUNDLE), lexicons.partsOf);
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

let filterIndex: Promise<void> | undefined;
let filterIndexLoaded = false;

/**
 * Loads the whole filter index, without which a search counts results only under the filters it
 * was given (and the ranking filters): the facets' counts need it, the results do not. It grows with
 * the site (≈ 21 KB at 5,000 entries, ≈ 84 KB at 20,000), so the search page asks for it after
 * showing the first results, not before.
 */
export function loadFilterIndex(): Promise<void> {
  filterIndex ??= (async () => {
    await (await loadPagefind()).filters();
    filterIndexLoaded = true;
  })();
  filterIndex.catch(() => (filterIndex = undefined));
  return filterIndex;
}

/** Whether searches count results under every filter value (loadFilterIndex has finished). */
export const filterCountsComplete = (): boolean => filterIndexLoaded;

/**
 * The query as the site understands it (words of the site, missing words, corrections…). The
 * pinyin, needed only to correct a word the site does not have, is loaded for such a query; without
 * it the word is still reported as missing.
 */
export async function understand(query: string): Promise<Understanding> {
  const lexicon = await loadLexicon();
  // The query as it is split (plain letters and digits, lower case, simplified): N95 needs the shard of n95.
  await lexicons.loadWordsFor(toSimplified(normalizeQuery(query).join(''), lexicon));
  const split = typeof Intl.Segmenter === 'function' ? queryWords : undefined;
  const understood = understandQuery(query, lexicon, split);
  if (understood.missing.length === 0) return understood;
  const loaded = await lexicons.loadPinyin().then(
    () => true,
    () => false,
  );
  return loaded ? understandQuery(query, lexicon, split) : understood;
}

/** Fetches the index chunks for the words of a query being typed. */
export async function preloadQuery(query: string): Promise<void> {
  const [pagefind, understood] = await Promise.all([loadPagefind(), understand(query)]);
  if (understood.words.length > 0) await pagefind.preload(understood.words.join(' '));
}

export type Selection = Partial<Record<SearchFilterKey, string>>;
export type SortOrder = 'relevance' | 'date';

/** One result of the site's search; `data()` loads its title, excerpt and metadata. */
export interface SiteResult {
  id: string;
  data(): Promise<PagefindDocument>;
}

export interface SiteSearch {
  results: SiteResult[];
  /** For each filter, how many results each value would leave (given the other filters chosen). */
  counts: Record<SearchFilterKey, Record<string, number>>;
  /** Results the query itself did not find, added by the fallback searches. */
  added: number;
  /** How the query was understood (no words when it was empty). */
  understood: Understanding;
}

const without = (selection: Selection, key: SearchFilterKey): Selection =>
  Object.fromEntries(Object.entries(selection).filter(([other]) => other !== key));

const matches = (document: PagefindDocument, selection: Selection): boolean =>
  Object.entries(selection).every(([key, value]) => document.filters[key]?.includes(value as string));

/**
 * Searches the site. `query` may be empty when filters are chosen (everything in those filters).
 * Filter counts are facets: the count beside a value is what choosing it would leave.
 */
export async function searchSite(
  query: string,
  selection: Selection = {},
  sort: SortOrder = 'relevance',
): Promise<SiteSearch> {
  const [pagefind, understood] = await Promise.all([loadPagefind(), understand(query)]);
  const typed = query.trim() !== '';
  // Only words the site has are searched: a missing word would be matched on its first character.
  const term = typed ? understood.words.join(' ') || null : null;
  const sortOption = sort === 'date' ? { date: 'desc' as const } : undefined;
  const nothing: PagefindResponse = { results: [], filters: {} };
  const search = async (filters: Selection, sorted = sortOption, text = term) =>
    typed && !text ? nothing : pagefind.search(text, { filters, sort: sorted });

  const main = await search(selection);
  const counts = {} as SiteSearch['counts'];
  for (const { key } of SEARCH_FILTERS) {
    const faceted = key in selection ? await search(without(selection, key), undefined) : main;
    counts[key] = { ...faceted.filters[key] };
  }

  let results: SiteResult[] = main.results;
  if (term && sort === 'relevance') {
    // Pages found through a synonym score by how much their text says it (Pagefind scores the
    // hidden synonym field alike for every page): the best score of the query in any of its wordings.
    const best = new Map(main.results.map((result) => [result.id, result.score]));
    // At most two other wordings (synonymQueries): each loads an index chunk of its own.
    const alternatives = synonymQueries(understood.words, await loadLexicon());
    for (const response of await Promise.all(
      alternatives.map((words) => search(selection, undefined, words.join(' '))),
    )) {
      for (const result of response.results)
        if (best.has(result.id)) best.set(result.id, Math.max(best.get(result.id)!, result.score * SYNONYM_SCORE));
    }
    const scored = main.results.map((result) => ({ ...result, score: best.get(result.id)! }));
    // Overdue advice after current advice; for a how-to question, advice before stories.
    const marked = async (key: string) =>
      new Set((await search({ ...selection, [key]: '1' })).results.map((result) => result.id));
    const [overdue, advice, minor] = await Promise.all([
      marked(RANKING_FILTERS.overdue),
      marked(RANKING_FILTERS.advice),
      marked(RANKING_FILTERS.minor),
    ]);
    const weight = (id: string) =>
      (understood.howTo && advice.has(id) ? ADVICE_WEIGHT : 1) * (minor.has(id) ? MINOR_WEIGHT : 1);
    results = rankResults(scored, { weight, advice, overdue });
  }
  // A question with several words finds few pages that have them all (晚上 睡不着): pages that
  // have most of them (by characters) are added after those.
  // A single long word that few pages have (办白事) is searched by the words inside it (白事).
  const terms =
    understood.words.length === 1
      ? wordTerms(subWords(understood.words[0]!, await loadLexicon()))
      : wordTerms(understood.words);
  const everything = Object.keys(selection).length === 0 ? main : await search({}, undefined);
  if (
    term &&
    terms.length > 0 &&
    (terms.length > 1 || understood.words.length === 1) &&
    everything.results.length < FALLBACK_BELOW
  ) {
    const perTerm = await Promise.all(terms.map(async ({ text }) => (await pagefind.search(text)).results));
    const byId = new Map(perTerm.flat().map((result) => [result.id, result]));
    const ids = rankFallback(terms, perTerm, new Set(everything.results.map((result) => result.id)));
    const extra = await Promise.all(ids.map(async (id) => ({ id, document: await byId.get(id)!.data() })));
    for (const { key } of SEARCH_FILTERS) {
      for (const { document } of extra.filter((page) => matches(page.document, without(selection, key)))) {
        for (const value of document.filters[key] ?? []) counts[key][value] = (counts[key][value] ?? 0) + 1;
      }
    }
    const kept = extra.filter((page) => matches(page.document, selection));
    if (sort === 'date') kept.sort((a, b) => (b.document.meta.date ?? '').localeCompare(a.document.meta.date ?? ''));
    else {
      // As in the main results: overdue advice last and, for a how-to question, advice before other pages
      // (一起吃饭怎么防传染: the 分餐公筷 article before a 快板 that has as many of its words).
      const rank = (document: PagefindDocument) =>
        2 * Number(Boolean(document.filters[RANKING_FILTERS.overdue])) +
        Number(understood.howTo && !document.filters[RANKING_FILTERS.advice]);
      kept.sort((a, b) => rank(a.document) - rank(b.document));
    }
    results = [...results, ...kept.map(({ id, document }) => ({ id, data: async () => document }))];
  }
  return { results, counts, added: results.length - main.results.length, understood };
}

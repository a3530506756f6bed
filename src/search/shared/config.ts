/**
 * Search settings shared by the pages that feed the index and the script that queries it.
 * Keep this file free of imports: it is bundled into the browser script.
 */

/** Site path of the search page; the header form sends `?q=` here. */
export const SEARCH_PATH = '/search/';

/** Where the build writes Pagefind's bundle (src/search/build/integration.ts). */
export const PAGEFIND_BUNDLE = '/pagefind/';

/** Query parameter that carries the search terms to the result page the reader opens. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** The filters of the index, in the order the search page shows them, with the label readers see. */
export const SEARCH_FILTERS = [
  { key: 'section', label: '栏目' },
  { key: 'district', label: '县（市、区）' },
  { key: 'category', label: '典型类别' },
  { key: 'topic', label: '主题' },
  { key: 'audience', label: '海报适用场所' },
] as const;

export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];

/**
 * A rebuild that changed few pages indexes only those (src/search/build/index-recent.ts):
 * this folder of the bundle holds them, and the browser merges it with the full index.
 */
export const RECENT_INDEX = 'recent/';

/** The bundle's file saying whether a recent index exists and which results of the full index it replaces. */
/**
 * Pagefind's options for every index a reader searches: a city's full and recent index, and each city's
 * in the province hub. Title words count as much as Pagefind's own title; keywords (editors' keywords,
 * synonyms, tags) a little; the page's ICU words only make a page findable, they add no score.
 */
export const INDEX_OPTIONS = {
  excerptLength: 36,
  ranking: { metaWeights: { title: 5, title_words: 5, keywords: 2, synonyms: 1.5, words: 0 } },
};

export const INDEX_CHANGES_FILE = 'index-changes.json';

/** The lexicon's files in the bundle (src/search/build/lexicon.ts): vocabulary and characters, and the pinyin (loaded when needed). */
export const LEXICON_FILE = 'lexicon.json';
/** A shard of the vocabulary: `lexicon-<n>.json`. */
export const lexiconShardFile = (shard: number): string => `lexicon-${shard}.json`;
export const PINYIN_FILE = 'pinyin.json';

/**
 * A site of many pages is indexed in parts (src/search/build/index-parts.ts), each by a Pagefind
 * process of its own, so that the build's memory stays bounded: the first part in the bundle's
 * folder, the others in folders named by PART_FOLDER, merged in by the browser.
 */
export const PART_FOLDER = (n: number): string => `part-${n}/`;

/**
 * The filter Pagefind gives the results of each part of the index (`mergeFilter`, in the browser's
 * memory only): `0`, `1`… for the full index's parts, RECENT_PART for the recent index. A search asks
 * only the parts that have its words (src/search/shared/word-parts.ts).
 */
export const PART_FILTER = 'part';
export const RECENT_PART = 'recent';

/**
 * The bundle's file of each result's date (`{ "2020-02-05": "<id> <id> …" }`), which a search sorted
 * by date loads (src/search/shared/result-dates.ts) instead of Pagefind's own sort, which every
 * search would load with the index's meta file.
 */
export const RESULT_DATES_FILE = 'result-dates.json';

/**
 * A filter on the documents of the recent index only: `recent` for the changed pages, `sample` for
 * the copies of unchanged pages that keep its word statistics like the whole site's (never shown).
 */
export const INDEX_FILTER = 'index';

/**
 * Filters the search page does not show but ranks by (src/search/browser/engine.ts): `advice`
 * marks knowledge, customs (and task) pages, which a how-to question (怎么…, 如何…) puts before stories;
 * `overdue` marks advice past its 下次审核 day, which never ranks before current advice; `minor`
 * marks SMS texts, centers, posters, loudspeaker scripts (广播稿) and campaign pages (which quote the plan),
 * which count half beside an article that says as much.
 * (Superseded and withdrawn advice is not indexed at all.)
 */
export const RANKING_FILTERS = { advice: 'advice', overdue: 'overdue', minor: 'minor' } as const;

export type RankingFilterKey = (typeof RANKING_FILTERS)[keyof typeof RANKING_FILTERS];

/** Collections whose pages answer how-to questions: prevention advice, customs advice, task guides. */
export const ADVICE_COLLECTIONS = ['knowledge', 'customs', 'guides'] as const;

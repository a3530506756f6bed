/**
 * Ranking and marking of search results, pure so that it can be tested without a browser.
 *
 * Pagefind matches each word of a query against the start of the indexed words, and a page must
 * match every word. When a query of several words (a question: 晚上 睡不着) finds too little, the
 * search page also searches each word alone and adds the pages that have most of them (see
 * docs/search.md). How the query is split into words: src/search/shared/understand.ts.
 */

/** Below this many results, the fallback searches run (a result page should fill its top five). */
export const FALLBACK_BELOW = 5;
/** At most this many pages are added by the fallback. */
export const FALLBACK_LIMIT = 20;

/** A fallback search: the text to search and what a match is worth. */
export interface FallbackTerm {
  readonly text: string;
  readonly weight: number;
}

/**
 * The fallback searches of a query of several words: each word alone, worth its length in
 * characters (睡不着 counts more than 晚上).
 */
export function wordTerms(words: readonly string[]): FallbackTerm[] {
  return [...new Set(words)].map((text) => ({ text, weight: [...text].length }));
}

/** A search result as the fallback ranks it: Pagefind's id and score. */
export interface ScoredResult {
  readonly id: string;
  readonly score: number;
}

/**
 * Pages found by the fallback searches and not by the query itself, best first: by the share of
 * the query's pieces they match (at least half), then by Pagefind's best score for them.
 */
export function rankFallback(
  terms: readonly FallbackTerm[],
  resultsPerTerm: readonly (readonly ScoredResult[])[],
  exclude: ReadonlySet<string>,
  limit = FALLBACK_LIMIT,
): string[] {
  const total = terms.reduce((sum, term) => sum + term.weight, 0);
  const pages = new Map<string, { coverage: number; score: number }>();
  resultsPerTerm.forEach((results, index) => {
    for (const { id, score } of results) {
      if (exclude.has(id)) continue;
      const page = pages.get(id) ?? { coverage: 0, score: 0 };
      page.coverage += terms[index]!.weight;
      page.score = Math.max(page.score, score);
      pages.set(id, page);
    }
  });
  return [...pages]
    .filter(([, page]) => page.coverage * 2 >= total)
    .sort(([, a], [, b]) => b.coverage - a.coverage || b.score - a.score)
    .slice(0, limit)
    .map(([id]) => id);
}

let segmenter: Intl.Segmenter | undefined;

/**
 * The words of a query as Pagefind splits it in this browser (Intl.Segmenter, as Pagefind 1.5+
 * does for Chinese), or no words where the browser has no Intl.Segmenter.
 */
export function queryWords(query: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [];
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(query)].filter((part) => part.isWordLike).map((part) => part.segment);
}

/**
 * Results by Pagefind's score times their weight (advice counts double for a how-to question, SMS
 * cards, centers and posters about a third: they say less than an article); equal scores keep Pagefind's
 * order. Overdue advice then never ranks before current advice: each overdue result moves below
 * the last current advice result.
 */
export function rankResults<R extends ScoredResult>(
  results: readonly R[],
  {
    weight,
    advice,
    overdue,
  }: { weight: (id: string) => number; advice: ReadonlySet<string>; overdue: ReadonlySet<string> },
): R[] {
  const score = (result: R) => result.score * weight(result.id);
  const ranked = results
    .map((result, index) => ({ result, index }))
    .sort((a, b) => score(b.result) - score(a.result) || a.index - b.index)
    .map(({ result }) => result);
  const current = ranked.filter((result) => !overdue.has(result.id));
  const lastAdvice = current.findLastIndex((result) => advice.has(result.id));
  const placed: { result: R; before: number }[] = [];
  let seen = 0;
  for (const result of ranked) {
    if (overdue.has(result.id)) placed.push({ result, before: Math.max(seen, lastAdvice + 1) });
    else seen += 1;
  }
  const order: R[] = [];
  current.forEach((result, index) => {
    for (const item of placed) if (item.before === index) order.push(item.result);
    order.push(result);
  });
  for (const item of placed) if (item.before >= current.length) order.push(item.result);
  return order;
}

/** How much more advice counts for a how-to question. */
export const ADVICE_WEIGHT = 2;
/** How much an SMS card, a center's card or a poster counts beside an article. */
export const MINOR_WEIGHT = 0.35;

/**
 * Terms to highlight on the page the reader opens: the query as typed, and its words of two or
 * more characters (single characters would mark half the page).
 */
export function highlightTerms(query: string, words: readonly string[]): string[] {
  const trimmed = query.trim().replace(/\s+/g, ' ');
  if (!trimmed) return [];
  return [...new Set([trimmed, ...trimmed.split(' '), ...words.filter((word) => [...word].length >= 2)])];
}

/** A piece of an excerpt, marked when it is one of the terms. */
export interface ExcerptPiece {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Splits excerpt text at the terms (longest first), case-insensitively. Pagefind marks every word
 * that starts with a query word, which for Chinese marks lone characters all over an excerpt
 * (区 in 社区 for 小店区); the search page marks the reader's terms themselves instead.
 */
export function markTerms(text: string, terms: readonly string[]): ExcerptPiece[] {
  const wanted = [...new Set(terms.map((term) => term.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0 || !text) return text ? [{ text, marked: false }] : [];
  const pattern = new RegExp(`(${wanted.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
  return text
    .split(pattern)
    .filter(Boolean)
    .map((piece) => ({ text: piece, marked: wanted.some((term) => term.toLowerCase() === piece.toLowerCase()) }));
}

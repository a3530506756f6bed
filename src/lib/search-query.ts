/**
 * Query-time robustness for Chinese search, pure so that it can be tested without a browser.
 *
 * Pagefind matches each word of a query against the start of the indexed words, and a page must
 * match every word. When the words of a query and of the index were split differently (Pagefind
 * issue 1237), or the browser has no Intl.Segmenter and sends the query as one long word, a page
 * that contains the query can be missed. When a search finds too little, the search page also
 * searches the query's overlapping two-character pieces and its single characters, and adds the
 * pages that match most of them (see docs/search.md for what this changes on the sample site).
 */

/** Below this many results, the fallback searches run (a result page should fill its top five). */
export const FALLBACK_BELOW = 5;
/** At most this many pages are added by the fallback. */
export const FALLBACK_LIMIT = 20;

const HAN_RUN = /\p{Script=Han}+/gu;

/** A fallback search: the text to search and what a match is worth. */
export interface FallbackTerm {
  readonly text: string;
  readonly weight: number;
}

/**
 * The pieces of the Chinese runs of a query of two or more characters: overlapping bigrams
 * (worth 2) and single characters (worth 1). 疫情防控 → 疫情 情防 防控 疫 情 防 控.
 */
export function fallbackTerms(query: string): FallbackTerm[] {
  const terms = new Map<string, number>();
  for (const [run] of query.matchAll(HAN_RUN)) {
    const chars = [...run];
    if (chars.length < 2) continue;
    for (let i = 0; i + 1 < chars.length; i += 1) terms.set(chars[i]! + chars[i + 1]!, 2);
    for (const char of chars) if (!terms.has(char)) terms.set(char, 1);
  }
  return [...terms].map(([text, weight]) => ({ text, weight }));
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
 * Pagefind drops a word of the query that is nowhere in the index and returns the pages that match
 * the rest. That helps with a phrase such as 口罩哪里买 (哪里 is not indexed), but when only single
 * characters are left (宇航员 → 宇航 is missing, 员 is not) the results have nothing to do with the
 * query, and the reader should hear that nothing was found.
 */
export function onlyFragmentsLeft(words: readonly string[], missing: readonly string[]): boolean {
  return missing.length > 0 && words.filter((word) => !missing.includes(word)).every((word) => [...word].length < 2);
}

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

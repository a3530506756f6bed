import type { BrowserContext, Page } from 'playwright-core';
import type { RecallQuery } from '../fixtures/search-queries';

/** A result link as a site path with its anchor, without the highlight parameters. */
const sitePath = (href: string): string => {
  const url = new URL(href);
  return url.pathname + url.hash;
};

/**
 * Searches on the site's search page as a reader does (type, press Enter) and returns the result
 * paths in order, once the page has announced the results of this query.
 */
export async function searchOnPage(page: Page, query: string): Promise<string[]> {
  return (await searchWithStatus(page, query)).results;
}

/** As searchOnPage, with the sentence the status line announced. */
export async function searchWithStatus(page: Page, query: string): Promise<{ results: string[]; status: string }> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(
    (q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`),
    query,
  );
  const results = (
    await page.$$eval('.search-result h2 a', (links) => links.map((link) => (link as HTMLAnchorElement).href))
  ).map(sitePath);
  return { results, status: (await page.textContent('[data-search-status]')) ?? '' };
}

/** Pagefind's JS API alone, with its defaults: what the site would find without its own search code. */
export async function searchWithPagefindAlone(page: Page, query: string, count = 5): Promise<string[]> {
  // A string, not a function: vitest would rewrite a dynamic import() inside a function.
  const urls = await page.evaluate<string[]>(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(query)});
    const results = await Promise.all(search.results.slice(0, ${count}).map((result) => result.data()));
    return results.map((result) => result.url);
  })()`);
  return urls.map((url) => sitePath(new URL(url, 'http://site').href));
}

/** Removes Intl.Segmenter (and workers, so Pagefind runs where it is gone), as in older browsers. */
export async function withoutSegmenter(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Reflect.deleteProperty(Intl, 'Segmenter');
    Reflect.deleteProperty(window, 'Worker');
  });
}

export interface RecallReport {
  /** recall@5: the share of expected pages in the top five of their query. */
  readonly recall: number;
  /** recall@1: the share of queries whose first result is one of their expected pages. */
  readonly recall1: number;
  readonly firstMisses: readonly { query: string; first: string }[];
  readonly found: number;
  readonly expected: number;
  readonly misses: readonly { query: string; missing: readonly string[]; top: readonly string[] }[];
}

/** The site's search must bring the expected pages into the top five for 95% of them. */
export const REQUIRED_RECALL = 0.95;
/** …and put one of them first for 85% of the queries. */
export const REQUIRED_RECALL_AT_1 = 0.85;

/**
 * recall@5 (the share of expected pages that appear in the top five results of their query) and
 * recall@1 (the share of queries whose first result is expected), over the queries that have
 * expected pages.
 */
export async function measureRecall(
  queries: readonly RecallQuery[],
  search: (query: string) => Promise<string[]>,
): Promise<RecallReport> {
  let found = 0;
  let expected = 0;
  let firsts = 0;
  const misses: RecallReport['misses'][number][] = [];
  const firstMisses: { query: string; first: string }[] = [];
  const answered = queries.filter((query) => query.expect.length > 0);
  for (const { query, expect } of answered) {
    const top = (await search(query)).slice(0, 5);
    if (top[0] && expect.includes(top[0])) firsts += 1;
    else firstMisses.push({ query, first: top[0] ?? '(none)' });
    const missing = expect.filter((path) => !top.includes(path));
    found += expect.length - missing.length;
    expected += expect.length;
    if (missing.length > 0) misses.push({ query, missing, top });
  }
  return { recall: found / expected, recall1: firsts / answered.length, firstMisses, found, expected, misses };
}

export function formatRecall(label: string, report: RecallReport): string {
  const lines = [
    `${label}: recall@5 = ${report.recall.toFixed(3)} (${report.found}/${report.expected}), recall@1 = ${report.recall1.toFixed(3)}`,
  ];
  for (const miss of report.misses)
    lines.push(`  ${miss.query}: missing ${miss.missing.join(', ')}; top 5: ${miss.top.join(', ') || '(none)'}`);
  for (const miss of report.firstMisses) lines.push(`  ${miss.query}: first result ${miss.first}`);
  return lines.join('\n');
}

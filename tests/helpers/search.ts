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
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`), query);
  return (await page.$$eval('.search-result h2 a', (links) => links.map((link) => (link as HTMLAnchorElement).href))).map(sitePath);
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
  readonly recall: number;
  readonly found: number;
  readonly expected: number;
  readonly misses: readonly { query: string; missing: readonly string[]; top: readonly string[] }[];
}

/** recall@5: the share of expected pages that appear in the top five results of their query. */
export async function measureRecall(queries: readonly RecallQuery[], search: (query: string) => Promise<string[]>): Promise<RecallReport> {
  let found = 0;
  let expected = 0;
  const misses: RecallReport['misses'][number][] = [];
  for (const { query, expect } of queries) {
    const top = (await search(query)).slice(0, 5);
    const missing = expect.filter((path) => !top.includes(path));
    found += expect.length - missing.length;
    expected += expect.length;
    if (missing.length > 0) misses.push({ query, missing, top });
  }
  return { recall: found / expected, found, expected, misses };
}

export function formatRecall(label: string, report: RecallReport): string {
  const lines = [`${label}: recall@5 = ${report.recall.toFixed(3)} (${report.found}/${report.expected})`];
  for (const miss of report.misses) lines.push(`  ${miss.query}: missing ${miss.missing.join(', ')}; top 5: ${miss.top.join(', ') || '(none)'}`);
  return lines.join('\n');
}

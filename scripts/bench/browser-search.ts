import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import sirv from 'sirv';
import { launchChromium } from '../chromium';

/** What a reader's first search cost, measured in Chromium. */
export interface BrowserSearch {
  readonly query: string;
  /** Results shown on the search page. */
  readonly results: number;
  /** The status line the page announced (找到 N 条…, or the honest 没有找到…). */
  readonly status: string;
  /** From tapping 搜索 on the home page to the results announced, in ms. */
  readonly firstResultsMs: number;
  /** A second search (隔离) on the same page, in ms. */
  readonly nextResultsMs: number;
  readonly requests: number;
  /** Bytes as the local server sent them (Pagefind's index files are gzipped already). */
  readonly served: number;
  /** Bytes with gzip on text files, as an nginx with `gzip on` sends them. */
  readonly gzipped: number;
  /** Every file fetched, with its size as served. */
  readonly files: readonly string[];
}

/** Records every response of `page` from now on. */
function recordTransfer(
  page: Page,
  origin: string,
): () => Promise<Pick<BrowserSearch, 'requests' | 'served' | 'gzipped' | 'files'>> {
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  return async () => {
    const transfer = { requests: 0, served: 0, gzipped: 0, files: [] as string[] };
    for (const response of responses) {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const text = /\.(js|json|css|html)(\?|$)|\/$/.test(response.url());
      transfer.requests += 1;
      transfer.served += body.length;
      transfer.gzipped += text ? gzipSync(body, { level: 6 }).length : body.length;
      transfer.files.push(`${response.url().replace(origin, '')} ${body.length}`);
    }
    return transfer;
  };
}

/**
 * A first search as a reader on a phone makes it (360 × 740; from the home page: tap 搜索, type,
 * Enter) with an empty cache, then a second one on the same page. `origin` serves the built site.
 */
export async function firstSearchInBrowser(origin: string, query: string): Promise<BrowserSearch> {
  const browser = await launchChromium({ viewport: { width: 360, height: 740 } });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    const transfer = recordTransfer(page, origin);
    const announced = (q: string) =>
      page.waitForFunction(
        (text) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${text}”`),
        q,
        { timeout: 60_000 },
      );
    const started = Date.now();
    await page.getByRole('link', { name: '搜索', exact: true }).click();
    await page.getByRole('searchbox').fill(query);
    await page.keyboard.press('Enter');
    await announced(query);
    const firstResultsMs = Date.now() - started;
    const results = await page.locator('.search-result').count();
    const status = (await page.textContent('[data-search-status]')) ?? '';
    const measured = await transfer();
    // A second search on the same page: Pagefind is loaded, only index chunks and fragments may come.
    const again = Date.now();
    await page.fill('#search-q', '隔离');
    await page.press('#search-q', 'Enter');
    await announced('隔离');
    return { query, results, status, firstResultsMs, nextResultsMs: Date.now() - again, ...measured };
  } finally {
    await browser.close();
  }
}

/** Serves a built site on 127.0.0.1 (a free port) for as long as `use` runs. */
export async function servingDist<T>(dist: string, use: (origin: string) => Promise<T>): Promise<T> {
  const files = sirv(dist, { dev: false, etag: true, extensions: ['html'] });
  const server: Server = createServer((request, response) =>
    files(request, response, () => {
      response.writeHead(404);
      response.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await use(`http://127.0.0.1:${(server.address() as { port: number }).port}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * The queries the benchmark searches in Chromium: one with many results on any site, and one with
 * two at any size (the sample's pages on online abuse; no generated article says 网暴 or a word of
 * its synonym group), where fewer than five results make the site's search fall back to searching
 * synonyms and words one by one, which loads more of the index; and one whose synonym group (结婚
 * 婚礼 婚事 喜事 红事) makes the search ask other wordings, each in an index chunk of its own.
 */
export const BENCH_QUERIES = { many: '口罩', few: '网暴', synonyms: '结婚' } as const;

/** The bench queries (with 结婚, whose synonym group makes the most searches), searched on the built site in `dist`. */
export const browserSearches = (dist: string): Promise<BrowserSearch[]> =>
  servingDist(dist, async (origin) => {
    const searches: BrowserSearch[] = [];
    for (const query of Object.values(BENCH_QUERIES)) searches.push(await firstSearchInBrowser(origin, query));
    return searches;
  });

import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RECALL_QUERIES } from '../fixtures/search-queries';
import { describeBrowser, launchBrowser } from '../helpers/browser';
import { formatRecall, measureRecall, searchOnPage, searchWithPagefindAlone, withoutSegmenter } from '../helpers/search';
import { serveDist } from '../helpers/serve';

/** The site's search must bring the expected pages into the top five for 95% of them. */
const REQUIRED_RECALL = 0.95;
/**
 * Browsers without Intl.Segmenter (before Chrome 87, Safari 14.1, Firefox 125) send the query to
 * Pagefind whole; they must still find the pages, if a little less well (0.98 when this was set).
 */
const REQUIRED_RECALL_WITHOUT_SEGMENTER = 0.9;

describeBrowser('recall@5 of the Chinese search on the sample site', () => {
  let site: Awaited<ReturnType<typeof serveDist>>;
  let browser: BrowserContext;
  let oldBrowser: BrowserContext;

  beforeAll(async () => {
    site = await serveDist();
    browser = await launchBrowser();
    oldBrowser = await launchBrowser();
    await withoutSegmenter(oldBrowser);
  });
  afterAll(async () => {
    await browser?.close();
    await oldBrowser?.close();
    await site?.close();
  });

  it('has a query set of at least 40 queries of one to six characters', () => {
    expect(RECALL_QUERIES.length).toBeGreaterThanOrEqual(40);
    for (const { query, expect: pages } of RECALL_QUERIES) {
      expect([...query].length, query).toBeGreaterThanOrEqual(1);
      expect([...query].length, query).toBeLessThanOrEqual(6);
      expect(pages.length, query).toBeGreaterThan(0);
    }
  });

  it(`finds the expected pages in the top five (recall@5 ≥ ${REQUIRED_RECALL}) in Chromium`, async () => {
    const alone = await browser.newPage();
    await alone.goto(`${site.url}/`);
    const before = await measureRecall(RECALL_QUERIES, (query) => searchWithPagefindAlone(alone, query));
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/`);
    const after = await measureRecall(RECALL_QUERIES, (query) => searchOnPage(page, query));
    console.log(`${formatRecall('Pagefind alone (default ranking, no fallback)', before)}\n${formatRecall('Site search', after)}`);
    expect(after.recall).toBeGreaterThanOrEqual(REQUIRED_RECALL);
  });

  it('still finds the pages in a browser without Intl.Segmenter', async () => {
    const alone = await oldBrowser.newPage();
    await alone.goto(`${site.url}/`);
    expect(await alone.evaluate(() => 'Segmenter' in Intl)).toBe(false);
    const before = await measureRecall(RECALL_QUERIES, (query) => searchWithPagefindAlone(alone, query));
    const page = await oldBrowser.newPage();
    await page.goto(`${site.url}/search/`);
    const empty: string[] = [];
    const after = await measureRecall(RECALL_QUERIES, async (query) => {
      const results = await searchOnPage(page, query);
      if (results.length === 0) empty.push(query);
      return results;
    });
    console.log(`${formatRecall('Without Intl.Segmenter, Pagefind alone', before)}\n${formatRecall('Without Intl.Segmenter, site search', after)}`);
    expect(empty, 'queries without any result').toEqual([]);
    expect(after.recall).toBeGreaterThanOrEqual(REQUIRED_RECALL_WITHOUT_SEGMENTER);
  });
});

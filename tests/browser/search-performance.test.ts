import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser } from '../helpers/browser';
import { searchOnPage } from '../helpers/search';
import { serveDist } from '../helpers/serve';

/** Bytes a first search costs: as served by the test server, and as a host that gzips text would send them. */
interface Transfer {
  requests: number;
  served: number;
  gzipped: number;
  files: string[];
}

/** Records every response of `page` from now on; Pagefind's own files are already compressed. */
function recordTransfer(page: Page, origin: string): () => Promise<Transfer> {
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  return async () => {
    const transfer: Transfer = { requests: 0, served: 0, gzipped: 0, files: [] };
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describeBrowser('what a first search costs on the sample site', () => {
  let site: Awaited<ReturnType<typeof serveDist>>;
  let browser: BrowserContext;

  beforeAll(async () => {
    site = await serveDist();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('reports bytes and time to first results for 口罩 typed on the home page', async () => {
    // A fresh profile: nothing cached, as for a first visit.
    browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    const transfer = recordTransfer(page, site.url);

    const started = Date.now();
    await page.getByRole('searchbox', { name: '搜索全站内容' }).fill('口罩');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“口罩”'));
    const firstResults = Date.now() - started;
    const results = await page.locator('.search-result').count();
    const { requests, served, gzipped, files } = await transfer();
    const pagefind = files.filter((file) => file.startsWith('/pagefind/'));

    // A second search on the same page: Pagefind is loaded, only index chunks and fragments may come.
    const again = Date.now();
    await searchOnPage(page, '隔离');
    const nextResults = Date.now() - again;

    // The files are listed in the output for docs/search.md; timings depend on the machine.
    console.log(
      [
        `First search (口罩, typed on the home page, empty cache): ${results} results shown after ${firstResults} ms`,
        `  transferred: ${requests} requests, ${kb(served)} as served, ${kb(gzipped)} with gzip on text files`,
        `  of which Pagefind: ${pagefind.length} files`,
        `Next search (隔离, same page): results shown after ${nextResults} ms`,
        ...files.map((file) => `    ${file}`),
      ].join('\n'),
    );
    expect(results).toBeGreaterThan(0);
    // Budgets with room to spare on the sample site: a phone on a slow network must not wait long.
    expect(gzipped).toBeLessThan(400 * 1024);
    expect(firstResults).toBeLessThan(5000);
    expect(nextResults).toBeLessThan(2000);
  });
});

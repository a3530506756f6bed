import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build/integration';
import { readFragment } from '../../src/search/build/index-base';
import { readSynonymGroups } from '../../src/search/build/lexicon';
import type { IndexChanges } from '../../src/search/shared/index-changes';
import { describeBrowser, launchBrowser } from '../helpers/browser';
import { htmlPages } from '../helpers/dist';
import { DIST, ROOT } from '../helpers/paths';
import { searchWithStatus } from '../helpers/search';
import { serveDist } from '../helpers/serve';

/** Words every part of the sample site's index has (checked below): the parts together must answer as the whole index. */
const QUERIES = ['口罩', '洗手', '文明', '疫情防控', '志愿'];

/** The dates of the results on the search page, in order, after showing every result. */
async function resultDates(page: Page): Promise<string[]> {
  while (await page.locator('[data-search-more]').isVisible()) {
    const before = await page.locator('.search-result').count();
    await page.click('[data-search-more]');
    await page.waitForFunction((count) => document.querySelectorAll('.search-result').length > count, before);
  }
  return page.$$eval('.search-result time', (times) => times.map((time) => (time as HTMLTimeElement).dateTime));
}

/**
 * The sample site's search with its index in three parts (src/search/build/index-parts.ts), as a
 * city's decade of 20,000 entries is indexed, against the same pages indexed whole: for words every
 * part has, the site's own search page in Chromium must find and count the same pages and order them
 * by date alike. (A word only some parts have is not answered alike: a part without it answers with
 * pages of a shorter word, Pagefind's lenience; docs/search.md.)
 */
describeBrowser('search over an index in parts, in Chromium', () => {
  let folder: string;
  let whole: Awaited<ReturnType<typeof serveDist>>;
  let parted: Awaited<ReturnType<typeof serveDist>>;
  let browser: BrowserContext;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'parted-site-'));
    const dist = join(folder, 'dist');
    // Links to the built site's files; only the search index is made again, in parts.
    execFileSync('cp', ['-al', DIST, dist]);
    rmSync(join(dist, 'pagefind'), { recursive: true });
    const logger = { info: () => undefined } as unknown as AstroIntegrationLogger;
    await buildSearchIndex(
      pathToFileURL(`${dist}/`),
      { language: 'zh-CN', synonyms: readSynonymGroups(ROOT), pagesPerPart: Math.ceil(htmlPages().length / 3) },
      logger,
    );
    [whole, parted] = [await serveDist(), await serveDist(dist)];
    browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await whole?.close();
    await parted?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('is in three parts, each with about a third of the documents', () => {
    const bundle = join(folder, 'dist/pagefind');
    const changes = JSON.parse(readFileSync(join(bundle, 'index-changes.json'), 'utf8')) as IndexChanges;
    expect(changes.parts).toEqual(['part-1/', 'part-2/']);
    const sizes = ['', ...changes.parts!].map((part) => readdirSync(join(bundle, part, 'fragment')).length);
    const all = readdirSync(join(DIST, 'pagefind/fragment')).length;
    for (const size of sizes) expect(size).toBeGreaterThan(all / 6);
  });

  it('has each query word in every part', () => {
    const bundle = join(folder, 'dist/pagefind');
    for (const part of ['', 'part-1/', 'part-2/']) {
      const text = readdirSync(join(bundle, part, 'fragment'))
        .map((name) => (readFragment(join(bundle, part, 'fragment', name)).content ?? '').replaceAll('\u200b', ''))
        .join(' ');
      for (const query of QUERIES) expect(text, `${part || 'first part'}: ${query}`).toContain(query);
    }
  });

  it('finds and counts the same pages as the site indexed whole, and orders them by date alike', async () => {
    const [onWhole, onParts] = [await browser.newPage(), await browser.newPage()];
    try {
      for (const query of QUERIES) {
        await onWhole.goto(`${whole.url}/search/`);
        await onParts.goto(`${parted.url}/search/`);
        const [expected, got] = [await searchWithStatus(onWhole, query), await searchWithStatus(onParts, query)];
        expect(got.status, query).toBe(expected.status);
        expect(got.results.length, query).toBeGreaterThan(0);

        // Sorted by date: every result, the newest first, with the dates the whole index gives.
        await onWhole.goto(`${whole.url}/search/?q=${encodeURIComponent(query)}&sort=date`);
        await onParts.goto(`${parted.url}/search/?q=${encodeURIComponent(query)}&sort=date`);
        for (const page of [onWhole, onParts])
          await page.waitForFunction(
            (q) => document.querySelector('[data-search-status]')?.textContent?.includes(q),
            query,
          );
        const [datesWhole, datesParts] = [await resultDates(onWhole), await resultDates(onParts)];
        expect(datesParts, query).toEqual(datesWhole);
        expect(datesParts, query).toEqual([...datesParts].sort().reverse());
      }
    } finally {
      await onWhole.close();
      await onParts.close();
    }
  }, 180_000);
});

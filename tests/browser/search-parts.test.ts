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
import { LexiconLoader } from '../../src/search/shared/lexicon-loader';
import { queryWords } from '../../src/search/shared/query';
import { normalizeQuery, toSimplified, understandQuery } from '../../src/search/shared/understand';
import { RECALL_QUERIES } from '../fixtures/search-queries';
import { describeBrowser, launchBrowser } from '../helpers/browser';
import { htmlPages } from '../helpers/dist';
import { openSearch } from '../helpers/pagefind-node';
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

/** The words of the terms, once each. */
const words = (terms: ReadonlyMap<string, string>): string[] => [
  ...new Set([...terms.values()].flatMap((term) => term.split(' '))),
];

/**
 * The sample site's search with its index in three parts (src/search/build/index-parts.ts), as a
 * city's decade of 20,000 entries is indexed, against the same pages indexed whole: for words every
 * part has, the site's own search page in Chromium must find and count the same pages and order them
 * by date alike; and for every query of the recall set, words only some parts have included, the
 * same pages (a part without a query's word would answer with pages of a shorter word, Pagefind's
 * lenience, if the search asked it: src/search/shared/word-parts.ts).
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

  /** The words each query of the recall set is searched by, as the search page understands it (src/search/browser/engine.ts). */
  async function recallTerms(lexicons: LexiconLoader): Promise<Map<string, string>> {
    const core = await lexicons.lexicon();
    const terms = new Map<string, string>();
    for (const { query } of RECALL_QUERIES) {
      const lexicon = await lexicons.loadWordsFor(toSimplified(normalizeQuery(query).join(''), core));
      const { words } = understandQuery(query, lexicon, queryWords);
      if (words.length > 0) terms.set(query, words.join(' '));
    }
    return terms;
  }

  it('finds for every query of the recall set the pages the whole index finds, words only some parts have included', async () => {
    const lexicons = new LexiconLoader(`${parted.url}/pagefind/`);
    const terms = await recallTerms(lexicons);
    // Queries with a word only some parts have (a name, a district): the others must not answer with pages of a shorter word.
    const masks = new Map((await lexicons.partsOf(words(terms))).map((mask, n) => [words(terms)[n]!, mask]));
    const partly = [...terms].filter(([, term]) =>
      term.split(' ').some((word) => (masks.get(word) ?? 0b111) !== 0b111),
    );
    expect(partly.length, 'queries with words only some parts have').toBeGreaterThanOrEqual(10);

    // The pages Pagefind finds for the query's words (before the search page's ranking and fallback), by the site's code.
    const [onWhole, onParts] = [await openSearch(DIST), await openSearch(join(folder, 'dist'))];
    const differing: string[] = [];
    try {
      for (const [query, term] of terms) {
        const [expected, got] = [(await onWhole.search(term)).urls.sort(), (await onParts.search(term)).urls.sort()];
        if (got.join() !== expected.join())
          differing.push(`${query} (${term}): ${got.join(' ')} / whole: ${expected.join(' ')}`);
      }
    } finally {
      await onWhole.close();
      await onParts.close();
    }
    expect(differing).toEqual([]);

    // On the search page, the status line counts the results (the fallback's included), to which a part answering
    // leniently would add.
    const [pageWhole, pageParts] = [await browser.newPage(), await browser.newPage()];
    await pageWhole.goto(`${whole.url}/search/`);
    await pageParts.goto(`${parted.url}/search/`);
    try {
      for (const [query] of partly) {
        const [expected, got] = [await searchWithStatus(pageWhole, query), await searchWithStatus(pageParts, query)];
        if (got.status !== expected.status) differing.push(`${query}: “${got.status}” / whole: “${expected.status}”`);
      }
    } finally {
      await pageWhole.close();
      await pageParts.close();
    }
    expect(differing).toEqual([]);
  }, 300_000);

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

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bench, summaryOf, type BenchResult } from '../../scripts/bench';

/**
 * The benchmark, small: 300 generated entries in a temporary copy of the project, built as in
 * production (content check, pages, images, posters, search index), then rebuilt after one edit.
 * Fails when a build fails, a generated page is missing or the rebuilt site does not show or find
 * the edit, and prints the figures. The large runs (npm run bench -- --entries
 * 5000) stay out of CI; docs/performance.md has their figures.
 */
describe('the build benchmark (300 entries)', () => {
  it('builds every generated page and reports its figures', { timeout: 300_000 }, async () => {
    const missing: string[] = [];
    let expected = 0;
    const result: BenchResult = await bench({
      entries: 300,
      rebuild: true,
      log: () => undefined,
      inspect: (dist, site) => {
        expected = site.pages.length;
        for (const path of site.pages) if (!existsSync(join(dist, path, 'index.html'))) missing.push(path);
      },
    });
    console.log(summaryOf(result));
    expect(result.cold.ok).toBe(true);
    expect(expected).toBeGreaterThan(200);
    expect(missing).toEqual([]);
    expect(result.htmlPages).toBeGreaterThan(expected);
    expect(result.firstSearch.results).toBeGreaterThan(0);
    // A many-result, a few-result and a synonym-group search in Chromium, before and after the rebuild: both under 300 KB.
    for (const searches of [result.browserSearches, result.rebuild!.browserSearches]) {
      expect(searches?.map(({ query }) => query)).toEqual(['口罩', '网暴', '结婚']);
      for (const search of searches!) {
        expect(search.results, search.query).toBeGreaterThan(0);
        expect(search.gzipped, search.query).toBeLessThan(300 * 1024);
      }
    }
    // Lists are paginated, so no page grows with the number of entries past the 20 KB budget.
    expect(result.heaviestHtml[0]!.KB).toBeLessThan(20);
    // A generous floor, far below the 60 pages/s budget of the 5,000-entry run: the CI machine is shared.
    expect(result.cold.pagesPerSecond).toBeGreaterThan(5);
    // The rebuild after one edit (bench() itself checks that the page and the search show the edit).
    expect(result.rebuild!.pages).toBe(result.cold.pages);
    expect(result.rebuild!.firstSearch.results).toBe(result.firstSearch.results);
    expect(result.rebuild!.phases.total).toBeLessThan(result.cold.phases.total);
  });
});

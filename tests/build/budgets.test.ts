import { describe, expect, it } from 'vitest';
import { readerPages } from '../helpers/dist';
import { pageWeight, type PageWeight } from '../helpers/page-weight';

/**
 * Per page, gzipped (README.md, "Budgets per page"): what a reader on a slow phone downloads before
 * reading. JavaScript counts the page's scripts and what they import statically: the search index,
 * loaded by a dynamic import when a reader searches, is not part of it. The one check of these budgets.
 */
const BUDGET = { html: 20 * 1024, css: 15 * 1024, js: 10 * 1024 } as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('page weight budgets (gzipped)', () => {
  const weights = readerPages().map(pageWeight);

  it('prints the heaviest pages', () => {
    const lines = (Object.keys(BUDGET) as (keyof typeof BUDGET)[]).flatMap((kind) => {
      const heaviest = [...weights].sort((a, b) => b[kind] - a[kind]).slice(0, 3);
      return [
        `${kind.toUpperCase()} (budget ${kb(BUDGET[kind])}):`,
        ...heaviest.map((w) => `  ${kb(w[kind]).padStart(8)}  ${w.file}`),
      ];
    });
    console.log(`Page weights of ${weights.length} pages, heaviest first:\n${lines.join('\n')}`);
    expect(weights.length).toBeGreaterThan(60);
  });

  for (const kind of Object.keys(BUDGET) as (keyof PageWeight & keyof typeof BUDGET)[]) {
    it(`keeps ${kind.toUpperCase()} within ${kb(BUDGET[kind])} on every page`, () => {
      const over = weights.filter((w) => w[kind] > BUDGET[kind]).map((w) => `${w.file}: ${kb(w[kind])}`);
      expect(over, `pages over the ${kind} budget`).toEqual([]);
    });
  }

  it('measures the files a page loads (a page with scripts and styles weighs something)', () => {
    const article = weights.find((w) => w.file === 'knowledge/hand-washing/index.html')!;
    expect(article.css).toBeGreaterThan(500);
    expect(article.js).toBeGreaterThan(500);
    const search = weights.find((w) => w.file === 'search/index.html')!;
    expect(search.js, 'the search page loads its script').toBeGreaterThan(500);
  });
});

import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDraft, readCollection } from '../helpers/content';
import { describeBrowser, launchBrowser } from '../helpers/browser';
import { searchOnPage } from '../helpers/search';
import { serveDist } from '../helpers/serve';
import { siteInBrowser } from '../helpers/site-browser';

/** The policy the public pages will be served with: no inline script or style; Pagefind compiles WebAssembly. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

const status = (page: Page) => page.locator('[data-search-status]');
const resultPaths = async (page: Page) =>
  (
    await page
      .locator('.search-result h2 a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
  ).map((href) => {
    const url = new URL(href);
    return url.pathname + url.hash;
  });
/** Waits for the search of `query` to be announced and its filters (which follow the results) to be shown. */
const waitForQuery = (page: Page, query: string) =>
  page.waitForFunction(
    (q) =>
      document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`) &&
      !document.querySelector<HTMLElement>('[data-search-filters]')?.hidden,
    query,
  );

/** Where each published entry with a district is found: its page, or its card on the centers list. */
function pathsInDistrict(district: string): Set<string> {
  const entries = [...readCollection('stories'), ...readCollection('updates')].filter(
    (entry) => !isDraft(entry) && entry.data.district === district,
  );
  const centers = readCollection('centers').filter((center) => !isDraft(center) && center.data.district === district);
  return new Set([
    ...entries.map((entry) => `/${entry.collection}/${entry.id}/`),
    ...centers.map((center) => `/centers/#center-${center.id}`),
  ]);
}

describeBrowser('search in Chromium', () => {
  let site: Awaited<ReturnType<typeof serveDist>>;
  let browser: BrowserContext;

  beforeAll(async () => {
    site = await serveDist(undefined, { 'content-security-policy': STRICT_CSP });
    browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
    // Every page records the Content-Security-Policy violations it sees.
    await browser.addInitScript(() => {
      const violations: string[] = [];
      Object.assign(window, { cspViolations: violations });
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  describe('loading', () => {
    it('requests nothing of Pagefind until a reader focuses the search box', async () => {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      for (const path of ['/', '/knowledge/hand-washing/', '/centers/', '/search/']) {
        await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      }
      expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

      // The header's search box is on wide screens; phones get a 搜索 link to the search page.
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
      const loaded = page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'));
      await page.getByRole('searchbox', { name: '搜索全站内容' }).focus();
      await loaded;
      await page.close();
    });
  });

  describe('searching', () => {
    it('shows the right pages for a two-character word typed in the header of the home page', async () => {
      const page = await browser.newPage();
      // The header's search box is on wide screens; phones get a 搜索 link to the search page.
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${site.url}/`);
      await page.getByRole('searchbox', { name: '搜索全站内容' }).fill('口罩');
      await page.keyboard.press('Enter');
      await waitForQuery(page, '口罩');
      expect(new URL(page.url()).pathname).toBe('/search/');
      expect(new URL(page.url()).searchParams.get('q')).toBe('口罩');
      expect(await status(page).getAttribute('role')).toBe('status');
      expect(await status(page).textContent()).toMatch(/^找到 \d+ 条与“口罩”相关的结果。$/);
      expect((await resultPaths(page)).slice(0, 5)).toEqual(
        expect.arrayContaining(['/knowledge/masks-2026/', '/posters/wear-masks/']),
      );
      const first = page.locator('.search-result').first();
      expect(await first.locator('.search-result__meta').textContent()).toMatch(
        /^(防疫知识|宣传海报|公益短信).*\d{4}年\d{1,2}月\d{1,2}日$/,
      );
      expect(await first.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
      expect(await page.title()).toContain('搜索：口罩');
      await page.close();
    });

    it('searches as the reader types, and announces when nothing is found', async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}/search/`);
      await page.getByRole('searchbox').pressSequentially('洗手');
      await waitForQuery(page, '洗手');
      expect(new URL(page.url()).searchParams.get('q')).toBe('洗手');
      expect(await resultPaths(page)).toContain('/knowledge/hand-washing/');

      await page.getByRole('searchbox').fill('宇航员');
      await page.keyboard.press('Enter');
      await waitForQuery(page, '宇航员');
      expect(await status(page).textContent()).toContain('没有找到与“宇航员”相关的结果');
      expect(await page.locator('.search-result').count()).toBe(0);
      await page.close();
    });

    it('never finds drafts', async () => {
      const drafts = ['knowledge', 'customs', 'stories', 'updates', 'posters', 'sms'].flatMap((collection) =>
        readCollection(collection).filter(isDraft),
      );
      expect(drafts.length).toBeGreaterThan(3);
      const page = await browser.newPage();
      await page.goto(`${site.url}/search/`);
      expect(await searchOnPage(page, '草稿')).toEqual([]);
      for (const draft of drafts) {
        const found = await searchOnPage(page, String(draft.data.title));
        expect(found, draft.file).not.toContain(`/${draft.collection}/${draft.id}/`);
        expect(found, draft.file).not.toContain(`/sms/#sms-${draft.id}`);
      }
      await page.close();
    });

    it('finds every keyword and synonym of the current knowledge articles', async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}/search/`);
      const misses: string[] = [];
      // Superseded and withdrawn advice is not in the index; overdue advice ranks below all current
      // advice (docs/search.md), so it is not what a keyword must find first.
      const current = (item: ReturnType<typeof readCollection>[number]) =>
        !isDraft(item) &&
        !item.data.supersededBy &&
        !item.data.withdrawn &&
        !(item.data.nextReview && new Date(String(item.data.nextReview)) < new Date());
      for (const entry of readCollection('knowledge').filter(current)) {
        for (const word of [
          ...((entry.data.keywords as string[]) ?? []),
          ...((entry.data.synonyms as string[]) ?? []),
        ]) {
          if (!(await searchOnPage(page, word)).includes(`/knowledge/${entry.id}/`))
            misses.push(`${word} → ${entry.id}`);
        }
      }
      expect(misses).toEqual([]);
      await page.close();
    });
  });

  describe('filters, sorting and the address', () => {
    it('shows the first results without waiting for the filter index, then the filters with their counts', async () => {
      const page = await browser.newPage();
      // In page order: each Pagefind filter file fetched, and the moment the results are announced.
      await page.addInitScript(() => {
        const events: string[] = [];
        Object.assign(window, { searchEvents: events });
        const fetched = window.fetch.bind(window);
        window.fetch = (input, init) => {
          const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
          if (url.includes('/pagefind/filter/')) events.push(`filter ${new URL(url, location.href).pathname}`);
          return fetched(input, init);
        };
        document.addEventListener('DOMContentLoaded', () => {
          const line = document.querySelector('[data-search-status]')!;
          new MutationObserver(() => {
            if (line.textContent) events.push('announced');
          }).observe(line, { childList: true, characterData: true, subtree: true });
        });
      });
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('口罩')}`);
      await waitForQuery(page, '口罩');
      const events = (await page.evaluate(() => (window as unknown as { searchEvents: string[] }).searchEvents)) ?? [];
      const announced = events.indexOf('announced');
      expect(announced).toBeGreaterThan(-1);
      const before = new Set(events.slice(0, announced).filter((event) => event.startsWith('filter')));
      const after = new Set(events.slice(announced).filter((event) => event.startsWith('filter ')));
      // The facets' filter files come after the results; the results needed fewer (the ranking filters only).
      expect(after.size).toBeGreaterThan(0);
      expect([...after].filter((file) => !before.has(file)).length).toBeGreaterThan(0);
      await page.getByText('筛选和排序', { exact: true }).click();
      const sections = page.getByRole('group', { name: '栏目' }).getByRole('radio', { name: /（\d+）$/ });
      expect(await sections.count()).toBeGreaterThan(1);
      await page.close();
    });

    it('narrows results by district and by story category, with counts, and keeps them in the URL', async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('志愿者')}`);
      await waitForQuery(page, '志愿者');
      const all = await page.locator('.search-result').count();

      // On a phone the filters wait, closed, above the results.
      const filters = page.locator('details.search-filters');
      expect(await filters.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
      await page.getByText('筛选和排序', { exact: true }).click();
      const xiaodian = page
        .getByRole('group', { name: '县（市、区）' })
        .getByRole('radio', { name: /^小店区（\d+）$/ });
      const count = Number(
        /（(\d+)）/.exec((await xiaodian.evaluate((radio) => radio.parentElement!.textContent)) ?? '')![1],
      );
      await xiaodian.check();
      await page.waitForFunction(() =>
        document.querySelector('[data-search-status]')?.textContent?.includes('已按所选条件筛选'),
      );
      expect(new URL(page.url()).searchParams.get('district')).toBe('小店区');
      expect(await page.locator('[data-search-filters-summary]').textContent()).toBe('筛选和排序（已选 1 项）');
      const inXiaodian = await resultPaths(page);
      expect(inXiaodian).toHaveLength(count);
      expect(count).toBeLessThan(all);
      const allowed = pathsInDistrict('小店区');
      for (const path of inXiaodian) expect(allowed.has(path), path).toBe(true);

      await page.goto(`${site.url}/search/?q=${encodeURIComponent('志愿者')}&category=${encodeURIComponent('志愿者')}`);
      await waitForQuery(page, '志愿者');
      expect(
        await page
          .getByRole('group', { name: '典型类别' })
          .getByRole('radio', { name: /^志愿者（\d+）$/ })
          .isChecked(),
      ).toBe(true);
      const volunteers = readCollection('stories')
        .filter((story) => !isDraft(story) && story.data.category === '志愿者')
        .map((story) => `/stories/${story.id}/`);
      expect((await resultPaths(page)).sort()).toEqual(volunteers.sort());
      await page.close();
    });

    it('opens a shared address with its query, filters and sort order', async () => {
      const page = await browser.newPage();
      await page.goto(
        `${site.url}/search/?q=${encodeURIComponent('隔离')}&section=${encodeURIComponent('防疫知识')}&sort=date`,
      );
      await waitForQuery(page, '隔离');
      expect(await page.getByRole('searchbox').inputValue()).toBe('隔离');
      expect(await page.getByRole('radio', { name: '发布时间（新的在前）' }).isChecked()).toBe(true);
      const paths = await resultPaths(page);
      expect(paths.length).toBeGreaterThan(1);
      for (const path of paths) expect(path).toMatch(/^\/knowledge\//);
      const dates = await page
        .locator('.search-result time')
        .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
      expect(dates).toEqual([...dates].sort().reverse());
      await page.close();
    });

    it('takes the reader back to the previous search with the Back button', async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}/search/`);
      await searchOnPage(page, '口罩');
      await searchOnPage(page, '隔离');
      await page.goBack();
      await waitForQuery(page, '口罩');
      expect(await page.getByRole('searchbox').inputValue()).toBe('口罩');
      expect(new URL(page.url()).searchParams.get('q')).toBe('口罩');
      await page.close();
    });
  });

  describe('keyboard and result pages', () => {
    it('works with the keyboard alone, and highlights the terms on the page opened', async () => {
      const page = await browser.newPage();
      // The header's search box is on wide screens; phones get a 搜索 link to the search page.
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${site.url}/`);
      const focused = () =>
        page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName);
      for (let tab = 0; tab < 15 && (await focused()) !== 'q'; tab += 1) await page.keyboard.press('Tab');
      expect(await focused()).toBe('q');
      await page.keyboard.type('志愿者');
      await page.keyboard.press('Enter');
      await waitForQuery(page, '志愿者');

      // Tab to the filters, open them if closed, and choose a section with the arrow keys.
      const onFilters = () =>
        page.evaluate(() => document.activeElement?.hasAttribute('data-search-filters-summary') ?? false);
      for (let tab = 0; tab < 30 && !(await onFilters()); tab += 1) await page.keyboard.press('Tab');
      expect(await onFilters()).toBe(true);
      // On a wide screen the filters stand open beside the results; on a phone they start closed.
      if (!(await page.evaluate(() => (document.querySelector('[data-search-filters]') as HTMLDetailsElement).open)))
        await page.keyboard.press('Enter');
      for (let tab = 0; tab < 20 && (await focused()) !== 'section'; tab += 1) await page.keyboard.press('Tab');
      expect(await focused()).toBe('section');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(() => new URL(location.href).searchParams.has('section'));
      await page.waitForFunction(() =>
        document.querySelector('[data-search-status]')?.textContent?.includes('已按所选条件筛选'),
      );
      const section = new URL(page.url()).searchParams.get('section');
      // Rebuilding the filters kept the keyboard user's place.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(section);

      // Tab on to the first result and open it.
      for (
        let tab = 0;
        tab < 40 && !(await page.evaluate(() => Boolean(document.activeElement?.closest('.search-result'))));
        tab += 1
      ) {
        await page.keyboard.press('Tab');
      }
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
      expect(new URL(href).searchParams.getAll('pagefind-highlight')).toContain('志愿者');
      await page.keyboard.press('Enter');
      await page.waitForURL(href);
      await page.waitForSelector('mark.search-highlight');
      const marks = await page.locator('mark.search-highlight').evaluateAll((items) =>
        items.map((mark) => ({
          text: mark.textContent,
          inside: Boolean(mark.closest('[data-pagefind-body], [data-search-record]')),
        })),
      );
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.every((mark) => mark.inside)).toBe(true);
      expect(marks.map((mark) => mark.text)).toContain('志愿者');
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      await page.close();
    });

    it('loads the highlight script only on a page opened from the results', async () => {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto(`${site.url}/knowledge/hand-washing/`, { waitUntil: 'networkidle' });
      expect(requests).not.toContain('/pagefind/pagefind-highlight.js');
      await page.goto(`${site.url}/centers/?pagefind-highlight=${encodeURIComponent('小店区')}#center-xiaodian-center`);
      await page.waitForSelector('mark.search-highlight');
      expect(requests).toContain('/pagefind/pagefind-highlight.js');
      expect(await page.locator('#center-xiaodian-center mark.search-highlight').count()).toBeGreaterThan(0);
      await page.close();
    });

    it('searches under a strict Content-Security-Policy without violations', async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('公筷')}`);
      await waitForQuery(page, '公筷');
      expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});

describeBrowser('search without JavaScript', () => {
  const site = siteInBrowser({ javaScriptEnabled: false });

  it('sends the header form to the search page, which says plainly that search needs JavaScript', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/knowledge/`);
    await page.getByRole('searchbox', { name: '搜索全站内容' }).fill('口罩');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('口罩');
    expect(await page.locator('main').textContent()).toContain('搜索功能需要浏览器启用 JavaScript');
    expect(await page.locator('[data-search-ui]').isVisible()).toBe(false);
    const links = await page
      .locator('[data-search-nojs] a')
      .evaluateAll((items) => items.map((item) => item.getAttribute('href')));
    expect(links).toEqual(
      expect.arrayContaining([
        '/knowledge/',
        '/customs/',
        '/stories/',
        '/notices/',
        '/updates/',
        '/posters/',
        '/sms/',
        '/centers/',
      ]),
    );
    await page.close();
  });
});

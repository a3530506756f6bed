import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBrowser, launchBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/serve';
import { elderModeProblems } from '../helpers/elder-checks';
import { TEMPLATE_PAGES } from '../helpers/templates';

const isElder = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('elder-mode'));
const toggle = (page: Page) => page.getByRole('button', { name: '长辈模式' });

describeBrowser('长辈模式', () => {
  let site: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    site = await serveDist();
  });
  afterAll(async () => {
    await site?.close();
  });

  describe('switched on and off by a reader', () => {
    let browser: BrowserContext;
    beforeAll(async () => {
      browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('is a toggle button in the header that stays on across pages and visits, and turns off the same way', async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}/`);
      const button = toggle(page);
      expect(await button.isVisible()).toBe(true);
      expect(await page.locator('header [data-elder-toggle]').count()).toBe(1);
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      expect(await isElder(page)).toBe(false);

      await button.click();
      expect(await isElder(page)).toBe(true);
      expect(await button.getAttribute('aria-pressed')).toBe('true');

      // Another page, by following a link.
      // On a phone the sections are behind the header's 菜单 disclosure.
      await page.getByText('菜单', { exact: true }).click();
      await page.getByRole('navigation', { name: '栏目' }).getByRole('link', { name: '防疫知识' }).click();
      await page.waitForURL(/\/knowledge\/$/);
      expect(await isElder(page)).toBe(true);
      expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');
      await page.close();

      // A later visit: a new tab of the same browser profile.
      const later = await browser.newPage();
      await later.goto(`${site.url}/notices/wenming-2020-1/`);
      expect(await isElder(later)).toBe(true);
      await toggle(later).click();
      expect(await isElder(later)).toBe(false);
      expect(await toggle(later).getAttribute('aria-pressed')).toBe('false');
      await later.goto(`${site.url}/`);
      expect(await isElder(later)).toBe(false);
      await later.close();
    });

    it('applies before the first paint, with its large text already in place', async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}/`);
      await toggle(page).click();
      // Record the page's state when <body> is first parsed and at the first animation frame,
      // which the browser runs right before it paints for the first time.
      await page.addInitScript(() => {
        const seen: Record<string, unknown> = {};
        (window as unknown as { firstSeen: typeof seen }).firstSeen = seen;
        new MutationObserver((_, observer) => {
          if (!document.body) return;
          seen.classAtBody = document.documentElement.className;
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
        // The first frame in which the header's toggle exists: nothing of the page was painted before.
        const onFrame = () => {
          const button = document.querySelector('[data-elder-toggle]');
          if (!button) return requestAnimationFrame(onFrame);
          seen.classAtFirstFrame = document.documentElement.className;
          seen.fontSizeAtFirstFrame = getComputedStyle(document.body).fontSize;
          seen.toggleVisibleAtFirstFrame = getComputedStyle(button).display !== 'none';
        };
        requestAnimationFrame(onFrame);
      });
      await page.goto(`${site.url}/knowledge/hand-washing/`);
      await page.waitForFunction(
        () => 'fontSizeAtFirstFrame' in (window as unknown as { firstSeen: object }).firstSeen,
      );
      const seen = await page.evaluate(() => (window as unknown as { firstSeen: Record<string, unknown> }).firstSeen);
      expect(seen.classAtBody).toContain('elder-mode');
      expect(seen.classAtFirstFrame).toContain('elder-mode');
      expect(parseFloat(String(seen.fontSizeAtFirstFrame))).toBeGreaterThanOrEqual(24);
      expect(seen.toggleVisibleAtFirstFrame).toBe(true);
      await toggle(page).click();
      await page.close();
    });
  });

  describe('on every template, on a 320 px wide phone', () => {
    let browser: BrowserContext;
    beforeAll(async () => {
      browser = await launchBrowser({ viewport: { width: 320, height: 640 } });
      await browser.addInitScript(() => window.localStorage.setItem('elder-mode', 'on'));
    });
    afterAll(async () => {
      await browser?.close();
    });

    it.each(TEMPLATE_PAGES)(
      '%s: text ≥ 24 px, line height ≥ 1.5, targets ≥ 48 × 48 px, no sideways scrolling',
      async (path) => {
        const page = await browser.newPage();
        await page.goto(`${site.url}${path}`);
        expect(await isElder(page)).toBe(true);
        expect(await elderModeProblems(page)).toEqual([]);
        await page.close();
      },
    );

    it('/search/ with results and its filters open: the same bars for every result, filter and button', async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('口罩')}`);
      await page.waitForSelector('.search-result h2 a', { timeout: 15_000 });
      await page.locator('[data-search-filters-summary]').click();
      await expect.poll(() => page.getByRole('button', { name: '应用筛选' }).isVisible()).toBe(true);
      expect(await elderModeProblems(page)).toEqual([]);
      await page.close();
    });

    it('finds small text, small targets and sideways scrolling in the normal style (the check can fail)', async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}/`);
      await toggle(page).click();
      await page.evaluate(() => {
        const wide = document.createElement('div');
        wide.style.width = '400px';
        wide.style.height = '10px';
        document.querySelector('main')!.append(wide);
      });
      const problems = (await elderModeProblems(page)).join('\n');
      expect(problems).toMatch(/^text 1\d(\.\d+)?px/m);
      expect(problems).toMatch(/^target /m);
      expect(problems).toMatch(/^page is \d+px wide/m);
      await toggle(page).click();
      await page.close();
    });
  });
});

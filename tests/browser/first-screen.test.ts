import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser';
import { sitePages } from '../helpers/dist';
import { siteInBrowser } from '../helpers/site-browser';
import { TEMPLATE_PAGES } from '../helpers/templates';

/** A common Android phone: what a reader sees before scrolling. */
const PHONE = { width: 360, height: 740 };
const MODES = [
  { name: 'normal', elder: false },
  { name: '长辈模式', elder: true },
] as const;

const ENTRY_PAGE = /^\/(knowledge|customs|stories|notices|updates|posters|guides)\/[a-z0-9-]+\/$/;

/**
 * One entry page of every template (tests/helpers/templates.ts: current, superseded and overdue advice), the
 * sample site's longest title and longest warning, and every task guide.
 */
function entryPagePaths(): string[] {
  const guides = sitePages()
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .filter((path) => /^\/guides\/[a-z0-9-]+\/$/.test(path) && !/\/\d+\/$/.test(path));
  const templates = TEMPLATE_PAGES.filter((path) => ENTRY_PAGE.test(path) && !/\/\d+\/$/.test(path));
  return [...templates, '/knowledge/masks-2026/', '/notices/changyishu-wenming-shimin/', ...guides];
}

/** Bottom of the page's h1, and the top and first line's bottom of the first text of the article body. */
function firstScreenFacts(page: Page) {
  return page.evaluate(() => {
    const h1 = document.querySelector('main h1')!.getBoundingClientRect();
    const body = document.querySelector<HTMLElement>('article [data-entry-body]');
    const first =
      body &&
      [...body.querySelectorAll<HTMLElement>('p, li, h2, h3, img, ol, ul')].find(
        (element) => element.getBoundingClientRect().height > 0,
      );
    const line = first ? parseFloat(getComputedStyle(first).lineHeight) || 30 : 0;
    return {
      h1Bottom: Math.round(h1.bottom),
      textTop: first ? Math.round(first.getBoundingClientRect().top) : null,
      firstLineBottom: first
        ? Math.round(first.getBoundingClientRect().top + Math.min(line, first.getBoundingClientRect().height))
        : null,
      text: first?.textContent?.trim().slice(0, 20) ?? '',
    };
  });
}

for (const mode of MODES) {
  describeBrowser(`the first screen of a 360 × 740 phone (${mode.name})`, () => {
    const site = siteInBrowser({ viewport: PHONE }, { elder: mode.elder });

    it('covers every kind of entry page', () => {
      const sections = new Set(entryPagePaths().map((path) => path.split('/')[1]));
      expect([...sections].sort()).toEqual([
        'customs',
        'guides',
        'knowledge',
        'notices',
        'posters',
        'stories',
        'updates',
      ]);
    });

    it('shows the title and the start of the text on every entry page', async () => {
      const problems: string[] = [];
      for (const path of entryPagePaths()) {
        const page = await site.browser.newPage();
        await page.goto(`${site.url}${path}`);
        expect(await page.evaluate(() => document.documentElement.classList.contains('elder-mode'))).toBe(mode.elder);
        const facts = await firstScreenFacts(page);
        if (facts.h1Bottom > PHONE.height) problems.push(`${path}: title ends at y = ${facts.h1Bottom}`);
        if (facts.firstLineBottom === null) problems.push(`${path}: no article text found`);
        else if (facts.firstLineBottom > PHONE.height)
          problems.push(`${path}: text “${facts.text}” starts at y = ${facts.textTop}`);
        await page.close();
      }
      expect(problems).toEqual([]);
    }, 240_000);

    it('shows the top tasks and the hotlines on the home page', async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}/`);
      const tasks = await page.getByRole('region', { name: '我要办' }).getByRole('link').all();
      const hotlines = await page.getByRole('region', { name: '服务热线' }).locator('a[href^="tel:"]').all();
      expect(tasks.length).toBeGreaterThanOrEqual(5);
      const numbers = await Promise.all(hotlines.map((link) => link.getAttribute('href')));
      expect(numbers).toEqual(expect.arrayContaining(['tel:12345', 'tel:12320', 'tel:120', 'tel:110']));
      // Every task, and the four public numbers; in normal mode every number of the settings too.
      const onScreen = [
        ...tasks,
        ...hotlines.filter((_, index) => !mode.elder || /^tel:(12345|12320|120|110)$/.test(numbers[index]!)),
      ];
      for (const link of onScreen) {
        const box = (await link.boundingBox())!;
        expect(box.y + box.height, await link.innerText()).toBeLessThanOrEqual(PHONE.height);
      }
      await page.close();
    });

    it('keeps the sections behind a 菜单 disclosure and the search one tap away, in the first 150 px', async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}/knowledge/hand-washing/`);
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(mode.elder ? 130 : 70);
      const nav = page.getByRole('navigation', { name: '栏目' });
      expect(await nav.getByRole('link', { name: '防疫知识' }).isVisible()).toBe(false);
      await page.getByText('菜单', { exact: true }).click();
      expect(await nav.getByRole('link', { name: '防疫知识' }).isVisible()).toBe(true);
      await page.getByText('菜单', { exact: true }).click();
      await page.locator('header').getByRole('link', { name: '搜索' }).click();
      await page.waitForURL(/\/search\/$/);
      expect(await page.getByRole('searchbox').first().isVisible()).toBe(true);
      await page.close();
    });
  });
}

describe('without JavaScript', () => {
  describeBrowser('the phone menu', () => {
    const site = siteInBrowser({ viewport: PHONE, javaScriptEnabled: false });

    it('opens and leads to a section', async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}/`);
      await page.getByText('菜单', { exact: true }).click();
      await page.getByRole('navigation', { name: '栏目' }).getByRole('link', { name: '通知公告' }).click();
      await page.waitForURL(/\/notices\/$/);
      await page.close();
    });
  });
});

import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser';
import { siteInBrowser } from '../helpers/site-browser';

/** What has focus, as a test can compare it: where it is and whether a focus ring is drawn. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return undefined;
    const style = getComputedStyle(element);
    return {
      id: element.dataset.keyboardTestId ?? '',
      region: element.closest('header')
        ? 'header'
        : element.closest('main')
          ? 'main'
          : element.closest('footer')
            ? 'footer'
            : 'other',
      text: (element.textContent ?? (element as HTMLInputElement).placeholder ?? '').trim(),
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });

describeBrowser('a keyboard user', () => {
  const site = siteInBrowser({ viewport: { width: 360, height: 740 } });

  for (const path of ['/', '/knowledge/hand-washing/']) {
    it(`tabs through the whole header (name, search, 长辈模式, the 菜单 disclosure) into the content of ${path}, seeing where focus is`, async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}${path}`);
      // Number the header's controls in document order, whatever they are (a search box included).
      const headerCount = await page.evaluate(() => {
        const controls = [
          ...document.querySelectorAll<HTMLElement>('header :is(a[href], button, input, select, textarea, summary)'),
        ].filter(
          // checkVisibility() also leaves out what waits inside the closed 菜单 <details>.
          (element) => element.checkVisibility(),
        );
        controls.forEach((element, index) => (element.dataset.keyboardTestId = `header-${index}`));
        return controls.length;
      });
      // On a phone the sections wait behind 菜单: name, 搜索, 长辈模式 and 菜单 are the stops.
      expect(headerCount).toBeGreaterThanOrEqual(4);

      const stops: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
      for (let step = 0; step < 40; step++) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        if (!now) continue;
        stops.push(now);
        if (now.region === 'main') break;
      }
      expect(stops[0]?.text).toBe('跳到正文');
      const headerIds = stops.filter((stop) => stop.region === 'header').map((stop) => stop.id);
      expect(headerIds).toEqual(Array.from({ length: headerCount }, (_, index) => `header-${index}`));
      expect(stops.some((stop) => stop.text === '长辈模式')).toBe(true);
      expect(stops.at(-1)?.region).toBe('main');
      expect(stops.filter((stop) => !stop.ring).map((stop) => stop.text)).toEqual([]);
      await page.close();
    });
  }

  it('opens 菜单 with the keyboard and tabs into the sections', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    await page.getByText('菜单', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ region: 'header', text: '首页', ring: true });
    await page.keyboard.press('Tab');
    expect((await focused(page))?.text).toBe('办事指引');
    await page.close();
  });

  it('switches 长辈模式 with the keyboard', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    await page.getByRole('button', { name: '长辈模式' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder-mode'))).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder-mode'))).toBe(false);
    await page.close();
  });

  it('skips the header with the skip link and goes on to the first link of the content', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/knowledge/hand-washing/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect((await focused(page))?.region).toBe('main');
    await page.close();
  });
});

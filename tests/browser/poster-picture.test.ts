import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser } from '../helpers/browser';
import { pdfText } from '../helpers/pdf';
import { posterPictureFromFile, publishedPosters } from '../helpers/posters';
import { serveDist } from '../helpers/serve';

const poster = publishedPosters().find((candidate) => candidate.id === 'hand-washing-school')!;
const picture = posterPictureFromFile(poster);

/** Top and bottom (CSS px) of what a selector matches. */
const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).boundingBox();
  expect(found, selector).not.toBeNull();
  return { top: found!.y, bottom: found!.y + found!.height, left: found!.x, right: found!.x + found!.width };
};

describeBrowser('a poster with a picture in Chromium', () => {
  let site: Awaited<ReturnType<typeof serveDist>>;
  let browser: BrowserContext;

  beforeAll(async () => {
    site = await serveDist();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('shows the picture, loaded, within a phone’s width, with its alt text and credit', async () => {
    browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
    const page = await browser.newPage();
    await page.goto(`${site.url}/posters/${poster.id}/`);
    const image = page.locator('.poster-sheet__picture img');
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth))
      .toBeGreaterThan(0);
    expect(await image.getAttribute('alt')).toBe(picture.alt);
    const figure = await box(page, '.poster-sheet__picture img');
    expect(figure.left).toBeGreaterThanOrEqual(0);
    expect(figure.right).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.locator('.poster-sheet__picture figcaption').textContent()).toBe(`图片来源：${picture.credit}`);
    await browser.close();
  });

  it('prints the co-branded sheet on one A4 page with the picture between the slogans and the points, nothing cut off', async () => {
    browser = await launchBrowser({ viewport: { width: 1024, height: 800 } });
    const page = await browser.newPage();
    await page.goto(
      `${site.url}/posters/${poster.id}/print/?org=${encodeURIComponent('太原市示例第一小学')}&contact=${encodeURIComponent('校医室：0351-0000000（示例）')}`,
    );
    await page.emulateMedia({ media: 'print' });
    await page.locator('.poster-sheet-print__picture img').evaluate((element: HTMLImageElement) => element.decode());
    expect(await page.locator('[data-cobrand]').isVisible()).toBe(true);

    const band = await box(page, '.poster-sheet-print__band');
    const image = await box(page, '.poster-sheet-print__picture img');
    const credit = await box(page, '.poster-sheet-print__picture figcaption');
    const points = await box(page, '.poster-sheet-print__points');
    const footer = await box(page, '.poster-sheet-print__footer');
    const sheet = await box(page, '.poster-sheet-print');
    expect(image.top).toBeGreaterThanOrEqual(band.bottom);
    expect(credit.top).toBeGreaterThanOrEqual(image.bottom - 1);
    expect(points.top).toBeGreaterThanOrEqual(credit.bottom);
    expect(footer.bottom).toBeLessThanOrEqual(sheet.bottom);
    // Large enough to see on the sheet: at least a fifth of the page's height.
    expect(image.bottom - image.top).toBeGreaterThan((sheet.bottom - sheet.top) / 5);
    // Nothing hidden by the sheet's overflow.
    expect(
      await page.locator('.poster-sheet-print').evaluate((element) => element.scrollHeight - element.clientHeight),
    ).toBeLessThanOrEqual(1);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = await pdfText(pdf);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain(`图片来源：${picture.credit}`);
    expect(pages[0]).toContain('太原市示例第一小学');
    if (spawnSync('pdfimages', ['-v']).status === 0) {
      const folder = mkdtempSync(join(tmpdir(), 'poster-print-'));
      try {
        writeFileSync(join(folder, 'sheet.pdf'), pdf);
        const list = spawnSync('pdfimages', ['-list', join(folder, 'sheet.pdf')], { encoding: 'utf8' }).stdout;
        // Header, rule, then one row per image: the picture (the QR code is vector).
        expect(list.trim().split('\n').length - 2).toBeGreaterThanOrEqual(1);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    }
    await browser.close();
  });
});

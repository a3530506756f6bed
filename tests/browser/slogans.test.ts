import { expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser';
import { pdfText } from '../helpers/pdf';
import { siteInBrowser } from '../helpers/site-browser';

const OFFICE = '太原市精神文明建设指导委员会办公室';
const CM = 72 / 2.54;

/** The page size of each page of a PDF Chromium printed, in points. */
const mediaBoxes = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }));

describeBrowser('slogans in Chromium', () => {
  const site = siteInBrowser({ viewport: { width: 1024, height: 800 } });

  it('copies a slogan with one tap', async () => {
    const page = await site.browser.newPage();
    await site.browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.goto(`${site.url}/slogans/`);
    await page
      .locator('#slogan-weddings-funerals')
      .getByRole('button', { name: /复制标语/ })
      .click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('红事缓办 白事简办');
    await page.close();
  });

  it('lets a community put its name on a 1:10 banner and print it at 5 m × 0.5 m, remembered for the next banner', async () => {
    const page = await site.browser.newPage();
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.goto(`${site.url}/slogans/`);
    await page.locator('#slogan-hand-washing').getByRole('link', { name: '加上本单位名称，打印横幅' }).click();
    expect(page.url()).toMatch(/\/slogans\/hand-washing\/banner\/$/);
    // Before a name is typed, the banner carries the office's, as the built files do.
    expect(await page.locator('[data-print-sheet="banner-1x5"] svg [data-cobrand-name]').textContent()).toBe(OFFICE);

    await page.getByLabel(/单位名称/).fill('迎泽区示例社区居委会');
    await page.getByLabel(/1:10/).check();
    expect(await page.locator('[data-print-sheet="banner-1x10"]').isVisible()).toBe(true);
    expect(await page.locator('[data-print-sheet="banner-1x5"]').isVisible()).toBe(false);
    expect(await page.locator('[data-print-sheet="banner-1x10"] svg [data-cobrand-name]').textContent()).toBe(
      '迎泽区示例社区居委会',
    );
    await page.getByRole('button', { name: '打印横幅' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form[data-cobrand-form]').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const boxes = mediaBoxes(pdf);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.width / CM).toBeCloseTo(500, 0);
    expect(boxes[0]!.height / CM).toBeCloseTo(50, 0);
    const printed = (await pdfText(pdf)).join('').replace(/\s/g, '');
    expect(printed).toContain('勤洗手戴口罩常通风');
    expect(printed).toContain('迎泽区示例社区居委会');
    expect(printed).not.toContain(OFFICE);

    // The next banner page starts with the same name.
    await page.emulateMedia({ media: null });
    await page.goto(`${site.url}/slogans/weddings-funerals/banner/`);
    expect(await page.getByLabel(/单位名称/).inputValue()).toBe('迎泽区示例社区居委会');
    expect(await page.locator('[data-print-sheet="banner-1x5"] svg [data-cobrand-name]').textContent()).toBe(
      '迎泽区示例社区居委会',
    );
    await page.close();
  });

  it('lets a community print the wall sheets on A3 with its name as 落款, the name typed on a banner page already filled in', async () => {
    const page = await site.browser.newPage();
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.goto(`${site.url}/slogans/hand-washing/banner/`);
    await page.getByLabel(/单位名称/).fill('小店区示例村村委会');
    await page.getByRole('button', { name: '打印横幅' }).click();

    await page.goto(`${site.url}/slogans/`);
    await page.locator('#slogan-hand-washing').getByRole('link', { name: '加上本单位名称，打印墙体标语' }).click();
    expect(page.url()).toMatch(/\/slogans\/hand-washing\/wall\/$/);
    expect(await page.getByLabel(/单位名称/).inputValue()).toBe('小店区示例村村委会');
    expect(await page.locator('svg [data-cobrand-name]').textContent()).toBe('小店区示例村村委会');

    await page.getByLabel(/单位名称/).fill('迎泽区示例社区居委会');
    await page.getByRole('button', { name: '打印墙体标语' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form[data-cobrand-form]').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    // An overview, then two of the nine characters a sheet: six A3 landscape pages.
    const boxes = mediaBoxes(pdf);
    expect(boxes).toHaveLength(6);
    for (const box of boxes) {
      expect(box.width / CM).toBeCloseTo(42, 0);
      expect(box.height / CM).toBeCloseTo(29.7, 0);
    }
    const pages = (await pdfText(pdf)).map((text) => text.replace(/\s/g, ''));
    expect(pages[0]).toContain('勤洗手戴口罩常通风');
    expect(pages[0]).toContain('落款：迎泽区示例社区居委会');
    [...'勤洗手戴口罩常通风'].forEach((character, index) =>
      expect(pages[1 + Math.floor(index / 2)], character).toContain(`第${index + 1}字／共9字`),
    );
    // Each character sheet fills its A3 page: 42 cm is 1,587 CSS px.
    const sheet = await page.locator('[data-print-sheet="wall-a3"] svg').nth(1).boundingBox();
    expect(sheet!.width).toBeCloseTo((42 / 2.54) * 96, -1);
    expect(sheet!.height).toBeCloseTo((29.7 / 2.54) * 96, -1);
    await page.close();
  });

  it('prints the 1:5 banner on one 3 m × 0.6 m page, the banner filling it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/slogans/weddings-funerals/banner/?org=${encodeURIComponent('示例村村委会')}`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const boxes = mediaBoxes(pdf);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.width / CM).toBeCloseTo(300, 0);
    expect(boxes[0]!.height / CM).toBeCloseTo(60, 0);
    const box = await page.locator('[data-print-sheet="banner-1x5"] svg').boundingBox();
    // CSS px are 1/96 inch: 300 cm is 11,339 px.
    expect(box!.width).toBeCloseTo((300 / 2.54) * 96, -1);
    expect(box!.height).toBeCloseTo((60 / 2.54) * 96, -1);
    expect((await pdfText(pdf)).join('')).toContain('示例村村委会');
    await page.close();
  });
});

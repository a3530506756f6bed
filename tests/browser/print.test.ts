import { createServer, type Server } from 'node:http';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser';
import { pdfText } from '../helpers/pdf';
import { SITE } from '../helpers/posters';
import { siteInBrowser } from '../helpers/site-browser';

describeBrowser('printing in Chromium', () => {
  const site = siteInBrowser({ viewport: { width: 1024, height: 800 } });

  it('prints an article without navigation, banner or footer, ending with its URL and QR code', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/knowledge/hand-washing/`);
    const title = (await page.locator('h1').textContent())!.trim();
    expect(await page.locator('.print-footer').isVisible()).toBe(false);

    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-nav--wide', '.site-menu', '.banner', '.site-footer', '.breadcrumbs']) {
      expect(await page.locator(chrome).isVisible(), chrome).toBe(false);
    }
    expect(await page.locator('.print-footer svg').isVisible()).toBe(true);

    const [text = '', ...rest] = await pdfText(await page.pdf({ format: 'A4' }));
    const printed = [text, ...rest].join('');
    // The title proves Chinese text is readable in this PDF, so the absences below mean something.
    expect(printed).toContain(title);
    expect(printed).toContain(`${SITE}/knowledge/hand-washing/`);
    for (const chrome of [
      '跳到正文',
      '文明实践阵地',
      '疫情防控知识持续更新',
      'RSS 订阅',
      '网站地图',
      '晋ICP备',
      '分享本页',
      '相关内容',
      '纠错',
    ]) {
      expect(printed, chrome).not.toContain(chrome);
    }
    await page.close();
  });

  for (const path of [
    '/knowledge/',
    '/sms/',
    '/centers/',
    '/reports/',
    '/reports/2020-02/',
    '/reports/guide/',
    '/clinics/',
    '/slogans/',
    '/campaigns/',
    '/nominate/',
  ]) {
    it(`prints ${path} with its address, one QR code to it and the day it was printed`, async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}${path}`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.print-footer svg').count()).toBe(1);
      expect(await page.locator('.print-footer svg').isVisible()).toBe(true);
      const printed = (await pdfText(await page.pdf({ format: 'A4' }))).join('').replace(/\s+/g, '');
      expect(printed).toContain(`${SITE}${path}`);
      expect(printed).toMatch(/打印日期：\d{4}年\d{1,2}月\d{1,2}日/);
      expect(printed).not.toContain('跳到正文');
      // The QR code opens this page.
      const shot = await page.locator('.print-footer svg').screenshot();
      const { data, info } = await sharp(shot).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(`${SITE}${path}`);
      await page.close();
    });
  }

  it('prints the blocks of an MDX article: the numbered steps, the questions and the video’s title', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/knowledge/hand-washing/`);
    await page.emulateMedia({ media: 'print' });
    const printed = (await pdfText(await page.pdf({ format: 'A4' }))).join('').replace(/\s+/g, '');
    for (const words of [
      '掌心相对，手指并拢，相互揉搓',
      '问：用热水洗手效果更好吗？',
      '七步洗手法演示',
      '免洗洗手液不能代替洗手',
    ])
      expect(printed, words).toContain(words);
    await page.close();
  });

  it('prints one QR code, to the article, and no page holding only the trailer', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/knowledge/masks-2026/`);
    await page.emulateMedia({ media: 'print' });
    const visibleQrCodes = await page
      .locator('svg')
      .evaluateAll(
        (svgs) =>
          svgs.filter(
            (svg) =>
              svg.getBoundingClientRect().width > 40 &&
              /二维码/.test(
                svg.getAttribute('aria-label') ?? svg.closest('[aria-label]')?.getAttribute('aria-label') ?? '',
              ),
          ).length,
      );
    expect(visibleQrCodes).toBe(1);
    const pages = await pdfText(await page.pdf({ format: 'A4' }));
    const last = pages.at(-1)!.replace(/\s+/g, '');
    // The last page carries more than the print footer's address line.
    expect(last.replace(/扫码或访问以下网址阅读本文最新版本：\S*/, '').length).toBeGreaterThan(40);
    await page.close();
  });

  it('lets a teacher put the school’s name on a poster and print one A4 page whose QR code opens the article', async () => {
    const page = await site.browser.newPage();
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.goto(`${site.url}/posters/`);
    await page.getByRole('navigation', { name: '按适用场所筛选' }).getByRole('link', { name: /学校/ }).click();
    await page.locator('.poster-card h3 a').first().click();
    await page.getByRole('link', { name: '加上本单位名称后打印' }).click();
    expect(page.url()).toMatch(/\/posters\/[a-z0-9-]+\/print\/$/);

    await page.getByLabel(/单位名称/).fill('太原市示例第一小学');
    await page.getByLabel(/联系方式/).fill('校医室：0351-0000000（示例）');
    expect(await page.locator('.poster-sheet-print').textContent()).toContain('太原市示例第一小学');
    await page.getByRole('button', { name: /打印海报/ }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form.print-form, form[role=search]').first().isVisible()).toBe(false);
    expect(await page.locator('form[role=search]').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = await pdfText(pdf);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('太原市示例第一小学');
    expect(pages[0]).toContain('校医室');
    expect(pages[0]).toContain('太原市精神文明建设指导委员会办公室');
    const size = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(Math.abs(Number(size?.[1]) - 595.28)).toBeLessThan(1.5);
    expect(Math.abs(Number(size?.[2]) - 841.89)).toBeLessThan(1.5);

    // The QR code on the sheet, as the printer draws it, opens the poster's article.
    const shot = await page.locator('.poster-sheet-print__qr svg').screenshot();
    const { data, info } = await sharp(shot).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
    expect(code?.data).toMatch(new RegExp(`^${SITE}/(knowledge|customs)/[a-z0-9-]+/$`));
    expect(await page.locator('.poster-sheet-print__url').textContent()).toBe(code?.data);

    // The name is remembered for the next poster.
    await page.emulateMedia({ media: null });
    await page.goto(`${site.url}/posters/open-windows/print/`);
    expect(await page.getByLabel(/单位名称/).inputValue()).toBe('太原市示例第一小学');
    await page.close();
  });

  it('prints a notice’s 附件 with format, pages and size, and a video’s 文字稿 open though it was closed on screen', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/notices/wenming-2020-1/`);
    await page.emulateMedia({ media: 'print' });
    const notice = (await pdfText(await page.pdf({ format: 'A4' }))).join('');
    for (const words of [
      '附件',
      '并文明〔2020〕1号 实施方案（原件）',
      'PDF，7 页',
      '贯彻落实情况报送表（示例）',
      '索引号',
      '11140100MB1234567X/2020-00001',
      '有效性',
    ]) {
      expect(notice, words).toContain(words);
    }
    await page.emulateMedia({ media: null });
    await page.goto(`${site.url}/updates/xiaodian-poster-boards/`);
    const transcript = page.locator('.mdx-video__transcript');
    expect(await transcript.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await page.getByText('出门戴口罩：到人多的地方').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText('出门戴口罩：到人多的地方').isVisible()).toBe(true);
    const update = (await pdfText(await page.pdf({ format: 'A4' }))).join('');
    expect(update).toContain('文字稿');
    expect(update).toContain('使用公筷公勺：文明用餐，健康你我他。');
    await page.close();
  });

  it('sizes an embedded poster’s iframe on another site to its content', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/posters/hand-washing-school/`);
    const snippet = (await page.locator('#poster-embed-iframe').inputValue()).replaceAll(SITE, site.url);
    // A school's page with the snippet pasted in, on another origin (another port; both on this
    // machine, as Chromium keeps public pages from framing loopback addresses).
    const school: Server = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><meta charset="utf-8"><title>某某小学</title><h1>某某小学</h1><div>${snippet}</div>`,
      );
    });
    await new Promise<void>((resolve) => school.listen(0, '127.0.0.1', resolve));
    await page.goto(`http://127.0.0.1:${(school.address() as { port: number }).port}/`);
    expect(snippet).toContain('height="760"');
    const iframe = page.locator('iframe[data-wenming-embed]');
    await expect.poll(() => iframe.getAttribute('height'), { timeout: 10_000 }).not.toBe('760');
    const frame = page.frameLocator('iframe[data-wenming-embed]');
    const contentHeight = await frame.locator('html').evaluate((html) => html.scrollHeight);
    expect(Number(await iframe.getAttribute('height'))).toBe(contentHeight);
    expect(await frame.locator('img').getAttribute('alt')).toContain('勤洗手');
    await page.close();
    school.closeAllConnections();
    await new Promise((resolve) => school.close(resolve));
  });
});

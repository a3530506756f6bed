import { expect, it } from 'vitest';
import { nominationTemplate } from '../../src/lib/nomination';
import { describeBrowser } from '../helpers/browser';
import { pdfText } from '../helpers/pdf';
import { SITE } from '../helpers/posters';
import { siteInBrowser } from '../helpers/site-browser';

describeBrowser('creation campaigns and 推荐身边好人 in Chromium', () => {
  const site = siteInBrowser(
    { viewport: { width: 360, height: 740 } },
    { permissions: ['clipboard-read', 'clipboard-write'] },
  );

  it('prints a campaign page with its asks, its 测评要点 and its related stories, ending with its address', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/campaigns/schools/`);
    const point = (await page.locator('.campaign-checkpoints li').first().textContent())!.trim();
    const story = (await page
      .locator('section[aria-labelledby="campaign-stories"] .card h3 a')
      .first()
      .textContent())!.trim();
    await page.emulateMedia({ media: 'print' });
    const printed = (await pdfText(await page.pdf({ format: 'A4' }))).join('').replace(/\s+/g, '');
    for (const words of ['文明校园', '切实发挥示范带动作用', point, story, `${SITE}/campaigns/schools/`])
      expect(printed, words).toContain(words.replace(/\s+/g, ''));
    expect(printed).not.toContain('跳到正文');
    await page.close();
  });

  it('copies the nomination template with one tap, and opens the letter as a mailto: link (no form, nothing posted)', async () => {
    const page = await site.browser.newPage();
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET') posts.push(request.url());
    });
    await page.goto(`${site.url}/nominate/`);
    await page.getByRole('button', { name: '复制推荐信提纲' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(nominationTemplate());
    const mailto = page.getByRole('link', { name: '用邮件应用写推荐信' });
    expect(await mailto.getAttribute('href')).toMatch(/^mailto:tyswmbzhc@163\.com\?subject=/);
    expect(await page.locator('form:not([role=search])').count()).toBe(0);
    expect(posts).toEqual([]);
    await page.close();
  });
});

import { expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser';
import { siteInBrowser } from '../helpers/site-browser';

describeBrowser('reading the built site in Chromium, without JavaScript', () => {
  const site = siteInBrowser({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

  it('goes from the home page to a section and an article', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    // On a phone the sections are behind the header's 菜单 disclosure.
    await page.getByText('菜单', { exact: true }).click();
    await page.getByRole('navigation', { name: '栏目' }).getByRole('link', { name: '防疫知识' }).click();
    expect(await page.title()).toContain('防疫知识');
    await page.locator('.card a').first().click();
    expect(await page.locator('dl.meta').textContent()).toContain('审核日期');
    await page.close();
  });

  it('answers unknown addresses with the 404 page', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.url}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('页面未找到');
    await page.close();
  });

  it('lets a keyboard user skip to the main content', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/knowledge/hand-washing/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    await page.close();
  });
});

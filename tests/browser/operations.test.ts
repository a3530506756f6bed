import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDraft, readCollection } from '../helpers/content';
import { describeBrowser, launchBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/serve';

const centers = readCollection('centers').filter((entry) => !isDraft(entry));
const smsCount = readCollection('sms').filter((entry) => !isDraft(entry)).length;

describeBrowser('working tools in Chromium', () => {
  let site: Awaited<ReturnType<typeof serveDist>>;
  let withJs: BrowserContext;
  let withoutJs: BrowserContext;

  beforeAll(async () => {
    site = await serveDist();
    withJs = await launchBrowser({ viewport: { width: 360, height: 740 } });
    await withJs.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    withoutJs = await launchBrowser({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  });
  afterAll(async () => {
    await withJs?.close();
    await withoutJs?.close();
    await site?.close();
  });

  describe('SMS copy buttons', () => {
    it('copy the whole text, signature included, and say so', async () => {
      const page = await withJs.newPage();
      await page.goto(`${site.url}/sms/`);
      const buttons = page.getByRole('button', { name: /^复制短信/ });
      expect(await buttons.count()).toBe(smsCount);
      const text = (await page.locator('.sms-text').first().textContent())!.trim();
      await buttons.first().click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
      expect(text.startsWith('【太原市文明办】')).toBe(true);
      await expect.poll(() => page.getByRole('status').first().textContent()).toBe('已复制到剪贴板');
      await page.close();
    });

    it('are not shown without JavaScript, where the text stays readable', async () => {
      const page = await withoutJs.newPage();
      await page.goto(`${site.url}/sms/`);
      expect(await page.locator('main').getByRole('button').count()).toBe(0);
      expect(await page.locator('.sms-text').count()).toBe(smsCount);
      await page.close();
    });
  });

  describe('practice-center filter', () => {
    it('shows only the centers that match every choice, and keeps the choice in the address', async () => {
      const page = await withJs.newPage();
      await page.goto(`${site.url}/centers/`);
      const form = page.getByRole('form', { name: '筛选' });
      await form.getByLabel('层级').selectOption({ label: '站' });
      const stations = centers.filter((center) => center.data.level === '站');
      expect(await page.locator('.center-card:visible').count()).toBe(stations.length);
      expect(page.url()).toContain('?level=zhan');
      await form.getByLabel('服务项目').selectOption({ label: '志愿服务' });
      const both = stations.filter((center) => (center.data.services as string[]).includes('志愿服务'));
      expect(await page.locator('.center-card:visible').count()).toBe(both.length);
      expect(await form.getByRole('status').textContent()).toContain(`共 ${both.length} 个`);
      // Districts left without a match disappear with their heading.
      expect(await page.locator('[data-center-group]:visible').count()).toBe(
        new Set(both.map((center) => center.data.district)).size,
      );
      await form.getByRole('button', { name: '清除筛选' }).click();
      await expect.poll(() => page.locator('.center-card:visible').count()).toBe(centers.length);
      await page.close();
    });

    it('opens filtered from a shared address', async () => {
      const page = await withJs.newPage();
      await page.goto(`${site.url}/centers/?district=xiaodian`);
      expect(await page.locator('.center-card:visible').count()).toBe(
        centers.filter((center) => center.data.district === '小店区').length,
      );
      await page.close();
    });

    it('is hidden without JavaScript, where the links to the filter pages work', async () => {
      const page = await withoutJs.newPage();
      await page.goto(`${site.url}/centers/`);
      expect(await page.locator('form[data-center-filter]').isVisible()).toBe(false);
      await page.getByRole('navigation', { name: '按层级查看' }).getByRole('link', { name: /^站/ }).click();
      expect(await page.locator('h1').textContent()).toContain('层级：站');
      expect(await page.locator('.center-card').count()).toBe(
        centers.filter((center) => center.data.level === '站').length,
      );
      await page.close();
    });
  });
});

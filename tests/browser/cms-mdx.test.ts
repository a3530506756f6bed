import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser } from '../helpers/browser';
import { startDecapServer } from '../helpers/decap-server';
import { cloneRepository, git } from '../helpers/git-clone';
import { typeWithIme } from '../helpers/ime';
import { ROOT } from '../helpers/paths';
import { serveDist } from '../helpers/serve';
import { mdxProblems } from '../../src/mdx/check';
import { mdxContextOf } from '../../src/mdx/collections';

const bodyOf = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

describeBrowser('MDX articles in Decap CMS', () => {
  const repository = cloneRepository();
  // The commit under test (the clone starts from main, which may not have it yet).
  git(repository.dir, 'reset', '--quiet', '--hard', git(ROOT, 'rev-parse', 'HEAD'));
  let decap: Awaited<ReturnType<typeof startDecapServer>>;
  let site: Awaited<ReturnType<typeof serveDist>>;
  let browser: BrowserContext;
  let page: Page;
  let cdp: CDPSession;
  const errors: string[] = [];
  const admin = (hash = '') => `${site.url}/admin/?decap_port=${decap.port}${hash}`;

  beforeAll(async () => {
    site = await serveDist();
    // The local backend answers only the site's own address.
    decap = await startDecapServer(repository.dir, { siteOrigins: [site.url] });
    browser = await launchBrowser({ viewport: { width: 1280, height: 1000 } });
    page = await browser.newPage();
    page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text().slice(0, 300));
    });
    page.on('pageerror', (failure) => errors.push(String(failure).slice(0, 300)));
    cdp = await browser.newCDPSession(page);
    await page.goto(admin());
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('防疫知识').first().waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    decap?.stop();
    repository.remove();
  });

  it('lists .mdx entries in their own collection, shows the blocks with their Chinese forms, and saves them unchanged around an edit', async () => {
    const path = 'content/knowledge/hand-washing.mdx';
    const before = git(repository.dir, 'show', `HEAD:${path}`);
    await page.goto(admin('#/collections/knowledge-mdx'));
    await page.getByText('正确洗手：记住七步洗手法').first().waitFor({ timeout: 20_000 });
    await page.goto(admin('#/collections/knowledge-mdx/entries/hand-washing'));
    await page.reload();
    // The 步骤 block is a form in the editor, with its Chinese labels and the steps as they are.
    const editor = page.locator('[data-slate-editor]').first();
    await editor.waitFor({ timeout: 20_000 }).catch(async (failure) => {
      await page.screenshot({ path: '/tmp/cms-mdx.png', fullPage: true });
      throw new Error(`${String(failure)}\n${errors.join('\n')}\nCMS server:\n${decap.log().slice(-3000)}`);
    });
    await expect
      .poll(() => page.getByText('七步洗手法：内外夹弓大立腕').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await expect.poll(() => page.getByText('步骤', { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('热线电话', { exact: true }).count()).toBeGreaterThan(0);
    // The preview shows the blocks with the page's own markup.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('.mdx-steps li').count(), { timeout: 15_000 }).toBe(7);
    await expect.poll(() => preview.locator('.mdx-hotline a[href="tel:12320"]').count()).toBe(1);

    // Edit the text before the blocks: the end of the first paragraph.
    await page.waitForTimeout(1500);
    await editor.getByText('最经济的办法。', { exact: false }).first().click();
    await page.keyboard.press('End');
    await typeWithIme(page, cdp, '请每天坚持。');
    await page.getByRole('button', { name: '保存' }).click();
    await page
      .getByText('修改已保存')
      .waitFor({ timeout: 20_000 })
      .catch(async (failure) => {
        await page.screenshot({ path: '/tmp/cms-mdx-save.png', fullPage: true });
        throw new Error(`${String(failure)}\n${errors.join('\n')}\nCMS server:\n${decap.log().slice(-3000)}`);
      });
    const branch = git(repository.dir, 'branch', '--list', 'cms/knowledge-mdx/*').replace(/^[*+]?\s*/, '');
    const after = git(repository.dir, 'show', `${branch}:${path}`);
    // Decap writes the Markdown around the blocks in its own style (`*` bullets); the blocks come
    // back exactly as they were, and the saved file passes the content check.
    expect(after).toContain('请每天坚持。');
    const blocks = [
      ...bodyOf(before).matchAll(/^<(提示|步骤|热线|海报|问答|视频|图组)[ >][\s\S]*?(?:\/>|<\/\1>)$/gm),
    ].map((match) => match[0]);
    expect(blocks.length).toBe(5);
    for (const block of blocks) expect(bodyOf(after)).toContain(block);
    expect(mdxProblems(after, path, mdxContextOf(repository.dir))).toEqual([]);
  });
});

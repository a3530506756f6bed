import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser';
import { openCms, openEntry, type CmsSession } from '../helpers/cms';
import { git } from '../helpers/git-clone';
import { typeWithIme } from '../helpers/ime';
import { fillNewStory } from '../helpers/story-form';

/** The text of a backup Decap keeps in the browser (localForage's IndexedDB store). */
const backupOf = (page: Page, key: string) =>
  page.evaluate(
    (key) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('localforage');
        open.onerror = () => resolve('');
        open.onsuccess = () => {
          const request = open.result.transaction('keyvaluepairs').objectStore('keyvaluepairs').get(key);
          request.onsuccess = () => resolve(String((request.result as { raw?: string } | undefined)?.raw ?? ''));
          request.onerror = () => resolve('');
        };
      }),
    key,
  );

/**
 * Everyday editing in the CMS (issue 14, points 4 and 5): optional fields can be left empty, typed
 * work survives a reload, and an address opened directly works like one reached by clicking.
 */
describeBrowser('editing in the CMS: optional fields, reloads and direct addresses', () => {
  let cms: CmsSession;
  const dialogs: string[] = [];

  beforeAll(async () => {
    cms = await openCms();
    cms.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept().catch(() => undefined);
    });
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') console.error(await cms.explain());
  });
  afterAll(async () => {
    await cms?.close();
  });

  it('saves an existing knowledge article that has no cover picture', async () => {
    const { page, cdp } = cms;
    const path = 'content/knowledge/care-isolated.md';
    expect(git(cms.repository.dir, 'show', `main:${path}`)).not.toMatch(/^cover:/m);
    await openEntry(cms, 'knowledge', 'care-isolated', '对“疫”不对人，隔离不隔心：关心关爱隔离人员和家属');
    // The optional picture is shown as optional and left empty.
    expect(await page.getByText(/^封面图片\s*[（(]可选[）)]$/).count()).toBeGreaterThan(0);
    await page.getByLabel('摘要', { exact: true }).click();
    await page.keyboard.press('End');
    await typeWithIme(page, cdp, '（已复核）');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('修改已保存').waitFor({ timeout: 20_000 });
    const saved = git(cms.repository.dir, 'show', `cms/knowledge/care-isolated:${path}`);
    expect(saved).toContain('（已复核）');
    // Nothing was added for the empty picture: the file is what the build accepts.
    expect(saved).not.toMatch(/^cover:/m);
  });

  it('saves a new story without a photo', async () => {
    const { page, cdp } = cms;
    await page.goto(cms.admin('#/collections/stories/new'));
    await fillNewStory(page, cdp, {
      title: '社区老党员义务巡逻',
      summary: '老党员每晚在小区巡逻。',
      published: '2026-11-30',
      source: '杏花岭区文明办',
      district: '杏花岭区',
      unit: '某社区（示例）',
      body: '每天晚上七点，他都会准时出门。',
    });
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('修改已保存').waitFor({ timeout: 20_000 });
    const branch = git(cms.repository.dir, 'branch', '--list', 'cms/stories/*').replace(/^[*+]?\s*/, '');
    expect(branch).toMatch(/^cms\/stories\//);
    const saved = git(
      cms.repository.dir,
      'show',
      `${branch}:content/stories/${branch.slice('cms/stories/'.length)}.md`,
    );
    expect(saved).toContain('社区老党员义务巡逻');
    expect(saved).not.toMatch(/^photo:/m);
  });

  it('saves a new story with a photo uploaded from the entry, with its alt text', async () => {
    const { page, cdp } = cms;
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text().slice(0, 400));
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error).slice(0, 400)));
    // A fresh start of the CMS: the previous test left another story open in this page.
    await page.goto('about:blank');
    await page.goto(cms.admin('#/collections/stories/new'));
    const removePhoto = await fillNewStory(page, cdp, {
      title: '楼道里的守夜人',
      summary: '社区志愿者夜间值守。',
      published: '2026-12-01',
      source: '迎泽区文明办',
      district: '迎泽区',
      unit: '某社区志愿服务队（示例）',
      body: '深夜十二点，守夜人还在楼道口。',
      photoAlt: '志愿者在楼道口登记出入人员',
    });
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page
      .getByText('修改已保存')
      .waitFor({ timeout: 30_000 })
      .catch(async (failure: unknown) => {
        const toasts = await page.locator('[class*="toast"], [role="alert"]').allTextContents();
        const fieldErrors = await page.locator('[class*="ControlErrorsList"], [class*="error" i] li').allTextContents();
        throw new Error(
          `not saved: ${JSON.stringify({ dialogs, toasts, fieldErrors, consoleErrors, url: page.url() })}`,
          { cause: failure },
        );
      });
    const branch = git(cms.repository.dir, 'branch', '--list', 'cms/stories/*')
      .split('\n')
      .map((line) => line.replace(/^[*+]?\s*/, ''))
      .find((name) =>
        git(cms.repository.dir, 'ls-tree', '-r', '--name-only', name, 'content/media').includes('night-watch'),
      )!;
    removePhoto();
    const files = git(cms.repository.dir, 'diff', '--name-only', `main...${branch}`).split('\n').sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^content\/media\/night-watch-\d+\.jpg$/);
    const saved = git(cms.repository.dir, 'show', `${branch}:${files[1]}`);
    expect(saved).toContain('志愿者在楼道口登记出入人员');
    expect(saved).toMatch(/^photo:/m);
  });

  it('offers the typed text back after a reload, and restores it', async () => {
    const { page, cdp } = cms;
    await openEntry(cms, 'knowledge', 'home-disinfection', '居家清洁消毒：适度、科学、安全');
    await page.getByLabel('摘要', { exact: true }).click();
    await page.keyboard.press('End');
    await typeWithIme(page, cdp, '（重载前输入）');
    await page.locator('[data-slate-editor]').click();
    await page.keyboard.press('Control+End');
    await typeWithIme(page, cdp, '正文末尾新加的一句。');
    // Decap keeps a backup in IndexedDB (localForage) two seconds after the last change.
    await expect
      .poll(() => backupOf(page, 'backup.knowledge.home-disinfection'), { timeout: 20_000 })
      .toContain('正文末尾新加的一句。');
    dialogs.length = 0;
    await page.reload();
    await expect.poll(() => dialogs.join('\n'), { timeout: 20_000 }).toContain('本地备份');
    await expect
      .poll(() => page.getByLabel('摘要', { exact: true }).inputValue(), { timeout: 20_000 })
      .toContain('（重载前输入）');
    await expect.poll(() => page.locator('[data-slate-editor]').innerText()).toContain('正文末尾新加的一句。');
    expect(await page.getByLabel('标题', { exact: true }).inputValue()).toBe('居家清洁消毒：适度、科学、安全');
    // And stays restored once the page has settled.
    await page.waitForTimeout(2000);
    expect(await page.getByLabel('摘要', { exact: true }).inputValue()).toContain('（重载前输入）');
  });

  it('opens an entry’s address directly as if navigated to, media library included', async () => {
    // Navigated to: the list, then the entry, then the cover's media library.
    const { page } = cms;
    const libraryFiles = async () => {
      await page
        .getByRole('button', { name: /^选择(其他)?图片$/ })
        .first()
        .click();
      await page.getByText('masks.jpg').first().waitFor({ timeout: 20_000 });
      const names = await page.getByText(/\.jpg$/).allInnerTexts();
      await page.keyboard.press('Escape');
      return names.sort();
    };
    await page.goto(cms.admin('#/collections/knowledge'));
    await page.getByText('居家清洁消毒：适度、科学、安全').first().click();
    await expect
      .poll(() => page.getByLabel('标题', { exact: true }).inputValue(), { timeout: 20_000 })
      .toBe('居家清洁消毒：适度、科学、安全');
    const navigated = await libraryFiles();
    expect(navigated).toContain('ventilation.jpg');

    // Opened directly, in a new tab, the way a link in an e-mail is.
    const direct = await cms.browser.newPage();
    direct.on('dialog', (dialog) => void dialog.dismiss());
    try {
      await direct.goto(cms.admin('#/collections/knowledge/entries/ventilation'), { waitUntil: 'domcontentloaded' });
      await expect
        .poll(() => direct.getByLabel('标题', { exact: true }).inputValue(), { timeout: 20_000 })
        .not.toBe('');
      await direct
        .getByRole('button', { name: /^选择(其他)?图片$/ })
        .first()
        .click();
      await direct.getByText('masks.jpg').first().waitFor({ timeout: 20_000 });
      expect((await direct.getByText(/\.jpg$/).allInnerTexts()).sort()).toEqual(navigated);
    } finally {
      await direct.close();
    }
  });
});

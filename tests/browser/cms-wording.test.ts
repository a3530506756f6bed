import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser';
import { openCms, openEntry, type CmsSession } from '../helpers/cms';
import { git } from '../helpers/git-clone';
import { typeWithIme } from '../helpers/ime';

/**
 * What an editor reads in the CMS is Chinese (issue 14, point 9): drafts are marked 草稿 in the
 * lists, dates read 12月2日, and no English heading, button or hint is left on the main screens.
 */

/** Latin words an editor may see: the body editor's mode (Markdown) and file formats and sizes in hints. */
const ALLOWED = new Set(['Markdown', 'JPG', 'PNG', 'WebP', 'GIF', 'MB']);

/** Latin-letter words in the visible text of the page, its placeholders and its tooltips. */
async function latinWords(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const element of document.querySelectorAll<HTMLElement>('[placeholder], [title]')) {
      if (element.offsetParent === null) continue;
      parts.push(element.getAttribute('placeholder') ?? '', element.getAttribute('title') ?? '');
    }
    return parts.join('\n');
  });
  const words =
    text
      // File names (photo.jpg) and addresses are the editor's own data, not the interface.
      .replace(/[\w.-]+\.(jpe?g|png|webp|gif|avif|md|yml)\b/gi, ' ')
      .replace(/\.\.\/media\/\S+/g, ' ')
      .match(/[A-Za-z]{2,}/g) ?? [];
  return [...new Set(words)].filter((word) => !ALLOWED.has(word));
}

describeBrowser('the CMS speaks Chinese to editors', () => {
  let cms: CmsSession;

  beforeAll(async () => {
    cms = await openCms((dir) => {
      // One published article turned into a draft, to see it marked in the list.
      const file = join(dir, 'content/knowledge/masks.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: false$/m, 'draft: true'));
      git(dir, 'commit', '--quiet', '-am', '把口罩一文设为草稿');
    });
    cms.page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') console.error(await cms.explain());
  });
  afterAll(async () => {
    await cms?.close();
  });

  it('marks drafts 草稿 in the collection list, in Chinese only', async () => {
    const { page } = cms;
    await page.goto(cms.admin('#/collections/knowledge'));
    const masks = page.getByRole('link').filter({ hasText: '口罩怎么选、怎么戴（旧版）' }).first();
    await masks.waitFor({ timeout: 20_000 });
    expect(await masks.innerText()).toContain('【草稿】');
    expect(await page.getByRole('link').filter({ hasText: '居家清洁消毒' }).first().innerText()).not.toContain('草稿');
    expect(await latinWords(page)).toEqual([]);
  });

  it('has no English in the entry editor and its toolbar, and no 点击以预览', async () => {
    const { page, cdp } = cms;
    await openEntry(cms, 'knowledge', 'home-disinfection', '居家清洁消毒：适度、科学、安全');
    expect(await latinWords(page)).toEqual([]);
    // A saved draft, so the toolbar shows its status menu and the workflow board has a card.
    await page.getByLabel('摘要', { exact: true }).click();
    await page.keyboard.press('End');
    await typeWithIme(page, cdp, '（修订）');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('修改已保存').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: /^状态/ }).waitFor();
    expect(await latinWords(page)).toEqual([]);
    expect(await page.getByText('点击以预览').count()).toBe(0);
  });

  it('has no English on the workflow board, dates included', async () => {
    const { page } = cms;
    await page.goto(cms.admin('#/workflow'));
    await page.getByText('居家清洁消毒：适度、科学、安全').first().waitFor({ timeout: 20_000 });
    const board = await page.locator('body').innerText();
    expect(board).toContain('待审核');
    const today = new Date();
    expect(board).toContain(`${today.getMonth() + 1}月${today.getDate()}日`);
    expect(await latinWords(page)).toEqual([]);
  });

  it('has no English in the media library', async () => {
    const { page } = cms;
    await openEntry(cms, 'knowledge', 'ventilation', '居家开窗通风：每天两三次，每次约半小时');
    await page
      .getByRole('button', { name: /^选择(其他)?图片$/ })
      .first()
      .click();
    await page.getByText('masks.jpg').first().waitFor({ timeout: 20_000 });
    expect(await latinWords(page)).toEqual([]);
  });
});

import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser';
import { openCms, type CmsSession } from '../helpers/cms';
import { git } from '../helpers/git-clone';
import { ROOT } from '../helpers/paths';

/**
 * Slogans have no title (their text is their title): Decap lists them by their text, and refuses
 * an over-long one before saving with the build's own message, counting without spaces.
 */
describeBrowser('slogans in the CMS', () => {
  let cms: CmsSession;

  beforeAll(async () => {
    // The CMS edits a clone of main; the sample slogans are this checkout's.
    cms = await openCms((dir) => {
      if (existsSync(join(dir, 'content/slogans/weddings-funerals.yml'))) return;
      cpSync(join(ROOT, 'content/slogans'), join(dir, 'content/slogans'), { recursive: true });
      git(dir, 'add', 'content/slogans');
      git(dir, 'commit', '--quiet', '-m', 'Sample slogans');
    });
    cms.page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') console.error(await cms.explain());
  });
  afterAll(async () => {
    await cms?.close();
  });

  it('lists slogans by their text and topic, and refuses one over 20 characters without committing', async () => {
    const { page } = cms;
    await page.goto(cms.admin('#/collections/slogans'));
    await page
      .getByRole('link')
      .filter({ hasText: '红事缓办 白事简办（移风易俗）' })
      .first()
      .waitFor({ timeout: 30_000 });
    const before = cms.repositoryState();
    await page.goto(cms.admin('#/collections/slogans/entries/weddings-funerals'));
    await expect
      .poll(() => page.getByLabel('标语', { exact: true }).inputValue(), { timeout: 20_000 })
      .toBe('红事缓办 白事简办');
    await page.waitForTimeout(1000);
    await page.getByLabel('标语', { exact: true }).fill('红事缓办 白事简办 集中祭祀活动不办 避免人员聚集');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const notice = page.getByText(/^保存内容失败/).first();
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain(
      '【标语】标语共 22 个字，超过 20 个字，横幅上的字会太小，请删减 2 个字',
    );
    await page.waitForTimeout(1000);
    expect(cms.repositoryState()).toBe(before);
  });
});

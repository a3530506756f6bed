import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser';
import { openCms, openEntry, type CmsSession } from '../helpers/cms';
import { git } from '../helpers/git-clone';
import { ROOT } from '../helpers/paths';

/**
 * A county's 工作动态 in the CMS: 报送单位 is picked from the units listed in the settings (网站设置 →
 * 信息报送), and a unit listed under another 县（市、区） is refused before anything is saved, with the
 * same message the build gives.
 */
describeBrowser('报送单位 in the CMS', () => {
  let cms: CmsSession;

  beforeAll(async () => {
    // The clone is of branch main: give it this checkout's settings (and their list of units) as committed content.
    cms = await openCms((dir) => {
      copyFileSync(join(ROOT, 'content/settings/site.yml'), join(dir, 'content/settings/site.yml'));
      if (git(dir, 'status', '--porcelain') !== '') git(dir, 'commit', '--quiet', '-am', '网站设置：信息报送名单');
    });
    cms.page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') console.error(await cms.explain());
  });
  afterAll(async () => {
    await cms?.close();
  });

  const unitField = () => cms.page.getByLabel('报送单位', { exact: true });

  it('offers the listed units, and refuses one listed under another 县（市、区） without committing', async () => {
    const { page } = cms;
    const before = cms.repositoryState();
    await openEntry(cms, 'updates', 'xiaodian-poster-boards', '小店区：社区宣传栏“换新装”，防疫知识看得见');
    await unitField().click();
    for (const unit of ['小店区文明办', '古交市融媒体中心', '市卫健委']) {
      await expect
        .poll(() => page.getByRole('option', { name: unit, exact: true }).count(), { timeout: 20_000 })
        .toBe(1);
    }
    await page.getByRole('option', { name: '市卫健委', exact: true }).click();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const notice = page.getByText(/^保存内容失败/).first();
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain(
      '“报送单位”“市卫健委”在“网站设置 → 信息报送 → 报送单位”名单中属于“市直”，而“县（市、区）”填的是“小店区”。',
    );
    await page.waitForTimeout(1000);
    expect(cms.repositoryState()).toBe(before);
  });

  it('saves the unit once the 县（市、区） matches it', async () => {
    const { page } = cms;
    await expect.poll(() => page.getByText(/^保存内容失败/).count(), { timeout: 15_000 }).toBe(0);
    await page.getByLabel('县（市、区）', { exact: true }).click();
    await page.getByRole('option', { name: '市直', exact: true }).click();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const branch = 'cms/updates/xiaodian-poster-boards';
    await expect
      .poll(() => git(cms.repository.dir, 'branch', '--list', branch).trim(), { timeout: 20_000 })
      .toContain(branch);
    const saved = git(cms.repository.dir, 'show', `${branch}:content/updates/xiaodian-poster-boards.md`);
    expect(saved).toMatch(/^district: 市直$/m);
    expect(saved).toMatch(/^unit: 市卫健委$/m);
  });
});

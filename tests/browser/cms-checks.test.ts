import { statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser';
import { openCms, openEntry, type CmsSession } from '../helpers/cms';
import { typeWithIme } from '../helpers/ime';

/**
 * The CMS refuses what the build refuses (issue 14, point 2): the content check of `npm run check`
 * runs in the editor's browser before Decap saves, with the check's own message, and an upload
 * over the limit never reaches the repository. Each refusal leaves every branch and every commit
 * of the repository as it was.
 */
describeBrowser('the CMS runs the content check before anything reaches the repository', () => {
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

  /** Presses 保存 and returns the error notice Decap shows. */
  const saveRefused = async () => {
    // An earlier notice goes away after eight seconds.
    await expect.poll(() => cms.page.getByText(/^保存内容失败/).count(), { timeout: 15_000 }).toBe(0);
    await cms.page.getByRole('button', { name: '保存', exact: true }).click();
    const notice = cms.page.getByText(/^保存内容失败/).first();
    await notice.waitFor({ timeout: 20_000 });
    return (await notice.textContent()) ?? '';
  };

  it('refuses a mobile number in the body, naming the field, and commits nothing', async () => {
    const { page, cdp } = cms;
    const before = cms.repositoryState();
    await openEntry(cms, 'knowledge', 'care-isolated', '对“疫”不对人，隔离不隔心：关心关爱隔离人员和家属');
    await page.locator('[data-slate-editor]').click();
    await page.keyboard.press('Control+End');
    await typeWithIme(page, cdp, '如需帮助请联系张医生13912345678。');
    const message = await saveRefused();
    // The same sentence `npm run check` prints for the file, with the field it is in.
    expect(message).toContain(
      '【正文】发现疑似手机号码“139****5678”。网站不得公布个人身份证号、手机号、银行卡号等个人信息，请删除',
    );
    expect(message).not.toContain('Error');
    await page.waitForTimeout(1000);
    expect(cms.repositoryState()).toBe(before);
  });

  it('refuses 下次审核 before 审核日期 with the rule’s message, and commits nothing', async () => {
    const { page } = cms;
    const before = cms.repositoryState();
    await openEntry(cms, 'knowledge', 'home-disinfection', '居家清洁消毒：适度、科学、安全');
    await page.getByLabel('下次审核', { exact: true }).fill('2026-01-01');
    await page.getByLabel('审核日期', { exact: true }).click();
    const message = await saveRefused();
    expect(message).toContain('“下次审核”不能早于“审核日期”。');
    await page.waitForTimeout(1000);
    expect(cms.repositoryState()).toBe(before);
  });

  it('refuses a 6.6 MB photo in the media library, and has no upload outside an entry', async () => {
    const { page } = cms;
    const before = cms.repositoryState();
    const big = join(cms.repository.dir, '..', `big-photo-${Date.now()}.png`);
    // Noise does not compress: 1485 × 1485 RGB pixels make a PNG of about 6.6 MB.
    await sharp({
      create: {
        width: 1485,
        height: 1485,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 80 },
      },
    })
      .png({ compressionLevel: 0 })
      .toFile(big);
    expect(statSync(big).size / 1e6).toBeGreaterThan(6.5);
    expect(statSync(big).size / 1e6).toBeLessThan(6.9);

    // No 媒体 button in the top bar: uploads made there would go straight to main, past review.
    await page.goto(cms.admin('#/collections/knowledge'));
    await page.getByText('防疫知识').first().waitFor();
    await expect.poll(() => page.locator('header').innerText()).toContain('工作流');
    const mediaButton = page.locator('header').getByRole('button', { name: '媒体', includeHidden: true });
    expect(await mediaButton.count()).toBe(1);
    expect(await mediaButton.isVisible()).toBe(false);

    // From an entry's image field: refused with the content check's message before Decap stores it.
    await openEntry(cms, 'knowledge', 'care-isolated', '对“疫”不对人，隔离不隔心：关心关爱隔离人员和家属');
    await page
      .getByRole('button', { name: /^选择(其他)?图片$/ })
      .first()
      .click();
    dialogs.length = 0;
    await page.locator('input[type="file"]').setInputFiles(big);
    await expect.poll(() => dialogs.join('\n')).toContain('图片超过 2 MB。请压缩或缩小后重新上传');
    expect(dialogs.join('\n')).toContain(`big-photo-`);
    await page.waitForTimeout(1500);
    // Nothing appeared in the library, and nothing was committed anywhere.
    expect(await page.getByText(/big-photo-/).count()).toBe(0);
    expect(cms.repositoryState()).toBe(before);
  });
});

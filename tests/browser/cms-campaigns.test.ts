import { load } from 'js-yaml';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser } from '../helpers/browser';
import { startDecapServer } from '../helpers/decap-server';
import { cloneRepository, git } from '../helpers/git-clone';
import { ROOT } from '../helpers/paths';
import { serveDist } from '../helpers/serve';

const frontMatter = (text: string) => load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;

describeBrowser('creation campaigns in Decap CMS', () => {
  const repository = cloneRepository();
  // The clone's main is the source's main branch; in a git worktree on another branch, bring it to the
  // commit under test (on a fresh clone, as in CI, they are the same).
  git(repository.dir, 'fetch', '--quiet', ROOT, 'HEAD');
  git(repository.dir, 'reset', '--quiet', '--hard', 'FETCH_HEAD');
  let decap: Awaited<ReturnType<typeof startDecapServer>>;
  let site: Awaited<ReturnType<typeof serveDist>>;
  let browser: BrowserContext;
  let page: Page;

  const admin = (hash = '') => `${site.url}/admin/?decap_port=${decap.port}${hash}`;
  const field = (label: string) => page.getByLabel(label, { exact: true });

  beforeAll(async () => {
    site = await serveDist();
    decap = await startDecapServer(repository.dir, { siteOrigins: [site.url] });
    browser = await launchBrowser({ viewport: { width: 1280, height: 1000 } });
    page = await browser.newPage();
    page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
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

  it('opens a campaign with its kind, 测评要点 and their source in the form', async () => {
    const campaign = frontMatter(git(repository.dir, 'show', 'main:content/campaigns/schools.md'));
    await page.goto(admin('#/collections/campaigns/entries/schools'));
    await page.reload();
    await expect.poll(() => field('标题').inputValue(), { timeout: 15_000 }).toBe(String(campaign.title));
    expect(await page.getByText('文明校园', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByLabel(/^要点出处/).inputValue()).toBe(String(campaign.checkpointsSource));
    // The collection tells editors how its pages find their stories, reports and posters.
    await page.goto(admin('#/collections/campaigns'));
    await page.getByText('学校→文明校园').first().waitFor({ timeout: 15_000 });
  });

  it('lets an editor put a report on a campaign’s page by ticking 相关创建活动, and saves only that', async () => {
    const path = 'content/updates/jiancaoping-exemplars.md';
    const before = git(repository.dir, 'show', `main:${path}`);
    await page.goto(admin('#/collections/updates/entries/jiancaoping-exemplars'));
    await page.reload();
    await expect.poll(() => field('摘要').inputValue(), { timeout: 15_000 }).toBe(String(frontMatter(before).summary));
    await page.waitForLoadState('networkidle');
    // The hint explains what need not be ticked.
    expect(await page.getByText('不必重复勾选', { exact: false }).count()).toBeGreaterThan(0);
    // Decap marks optional fields after their label (相关创建活动（可选）).
    await page.getByLabel(/^相关创建活动/).click();
    await page.getByRole('option', { name: '文明社区', exact: true }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('修改已保存').waitFor({ timeout: 20_000 });
    for (const status of ['待审核', '待发布']) {
      await page.getByRole('button', { name: /^状态/ }).click();
      await page.getByRole('menuitem', { name: status }).click();
      await expect
        .poll(() => page.getByRole('button', { name: /^状态/ }).textContent(), { timeout: 15_000 })
        .toContain(status);
    }
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('menuitem', { name: '立即发布' }).click();
    await expect.poll(() => git(repository.dir, 'branch', '--list', 'cms/updates/*'), { timeout: 20_000 }).toBe('');

    const [old, updated] = [frontMatter(before), frontMatter(git(repository.dir, 'show', `main:${path}`))];
    expect(updated.campaigns).toEqual(['文明家庭', '文明社区']);
    expect({ ...updated, campaigns: undefined }).toEqual({ ...old, campaigns: undefined });
  });
});

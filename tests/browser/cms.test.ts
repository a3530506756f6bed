import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { runAstro } from '../helpers/build';
import { describeBrowser, launchBrowser } from '../helpers/browser';
import { startDecapServer } from '../helpers/decap-server';
import { cloneRepository, git } from '../helpers/git-clone';
import { typeWithIme } from '../helpers/ime';
import { serveDist } from '../helpers/serve';
import { parse } from 'node-html-parser';

const frontMatter = (text: string) => load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;

describeBrowser('editors write, review and publish in Decap CMS on the local Git backend', () => {
  const repository = cloneRepository();
  let decap: Awaited<ReturnType<typeof startDecapServer>>;
  let site: Awaited<ReturnType<typeof serveDist>>;
  let browser: BrowserContext;
  let page: Page;
  let cdp: CDPSession;

  const admin = (hash = '') => `${site.url}/admin/?decap_port=${decap.port}${hash}`;
  const field = (label: string) => page.getByLabel(label, { exact: true });
  const typeInto = async (label: string, text: string) => {
    await field(label).click();
    await typeWithIme(page, cdp, text);
  };
  const choose = async (label: string, option: string) => {
    await field(label).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  /** Moves the open entry to a workflow status through the toolbar's status menu. */
  const setStatus = async (status: '待审核' | '待发布') => {
    await page.getByRole('button', { name: /^状态/ }).click();
    await page.getByRole('menuitem', { name: status }).click();
    await expect
      .poll(() => page.getByRole('button', { name: /^状态/ }).textContent(), { timeout: 15_000 })
      .toContain(status);
  };
  const publishNow = async () => {
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('menuitem', { name: '立即发布' }).click();
  };

  beforeAll(async () => {
    // As after `npm install` rewrote the lockfile (issue 14): saving and publishing must still work
    // and leave the editor's change alone.
    appendFileSync(join(repository.dir, 'package-lock.json'), '\n');
    site = await serveDist();
    decap = await startDecapServer(repository.dir, { siteOrigins: [site.url] });
    browser = await launchBrowser({ viewport: { width: 1280, height: 1000 } });
    page = await browser.newPage();
    page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
    cdp = await browser.newCDPSession(page);
    await page.goto(admin());
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('防疫知识').first().waitFor();
  });
  // A failing step leaves a screenshot of the CMS behind, for whoever reads the CI log.
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    const shot = join(tmpdir(), `cms-failure-${Date.now()}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    console.error(`CMS screenshot: ${shot}\n${decap.log().slice(-2000)}`);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    decap?.stop();
    repository.remove();
  });

  it('creates a Chinese story with a photo, moves it through review, publishes and builds it', async () => {
    await page.goto(admin('#/collections/stories/new'));
    await typeInto('标题', '社区志愿者守护居民平安');
    await typeInto('摘要', '志愿者每天为居家老人送菜送药。');
    await field('发布日期').fill('2026-11-29');
    await typeInto('来源', '小店区文明办');
    await typeInto('责任编辑', '市文明办综合科');
    await typeInto('人物或集体', '赵某某（示例）');
    await choose('类型', '个人');
    await choose('类别', '志愿者');
    await choose('所属县（市、区）', '小店区');
    await typeInto('所在单位', '某社区志愿服务队（示例）');

    // The photo: uploaded through the media library, with its alternative text. A file over the
    // limit is refused with a message first.
    const photo = join(repository.dir, '..', `volunteer-${Date.now()}.jpg`);
    await sharp({ create: { width: 640, height: 400, channels: 3, background: '#c0392b' } })
      .jpeg()
      .toFile(photo);
    const huge = join(repository.dir, '..', `huge-${Date.now()}.png`);
    await sharp({
      create: {
        width: 2000,
        height: 2000,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .png()
      .toFile(huge); // ≈ 12 MB of noise
    await page.getByRole('button', { name: '选择图片' }).click();
    const refusal = page.waitForEvent('dialog');
    await page.locator('input[type="file"]').setInputFiles(huge);
    expect((await refusal).message()).toContain('图片超过 2 MB。请压缩或缩小后重新上传');
    await page.locator('input[type="file"]').setInputFiles(photo);
    await page.getByRole('button', { name: '选用已选中项目' }).click();
    // The photo is optional, so its boxes are marked (可选); the check asks for the text once a photo is chosen.
    await page.getByLabel(/^替代文本（图片说明）/).click();
    await typeWithIme(page, cdp, '志愿者在小区门口为居民测量体温');

    const body = page.locator('[data-slate-editor]');
    await body.click();
    await typeWithIme(page, cdp, '每天清晨，体温<37.3℃才能进站；{大括号}和<!-- 注释 -->照常显示。');

    // The preview beside the form is the entry page's layout under the site's own stylesheet.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('h1').textContent()).toBe('社区志愿者守护居民平安');
    expect(await preview.locator('dl.meta').textContent()).toContain('志愿者');
    expect(await preview.locator('link[rel=stylesheet]').first().getAttribute('href')).toMatch(/global.*\.css/);

    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('修改已保存').waitFor({ timeout: 20_000 });

    // Saved as a draft: a cms/ branch holding the new file, nothing on main yet.
    const branches = git(repository.dir, 'branch', '--list', 'cms/stories/*')
      .split('\n')
      .map((line) => line.replace(/^[*+]?\s*/, ''));
    expect(branches).toHaveLength(1);
    const slug = branches[0]!.slice('cms/stories/'.length);
    expect(slug).toMatch(/^[a-z0-9-]+$/);
    const draftFile = git(repository.dir, 'show', `${branches[0]}:content/stories/${slug}.md`);
    expect(frontMatter(draftFile)).toMatchObject({
      title: '社区志愿者守护居民平安',
      district: '小店区',
      category: '志愿者',
    });
    expect(draftFile).toContain('体温');
    expect(git(repository.dir, 'ls-tree', '-r', '--name-only', 'main', 'content/stories')).not.toContain(slug);

    await setStatus('待审核');
    await setStatus('待发布');
    await publishNow();
    await expect.poll(() => git(repository.dir, 'branch', '--list', 'cms/stories/*'), { timeout: 20_000 }).toBe('');

    // Published: committed onto main with the photo next to the content, where astro:assets finds it.
    const published = git(repository.dir, 'show', `main:content/stories/${slug}.md`);
    const data = frontMatter(published) as { photo: { src: string; alt: string } };
    expect(data.photo.alt).toBe('志愿者在小区门口为居民测量体温');
    expect(data.photo.src).toMatch(/^\.\.\/media\/volunteer-\d+\.jpg$/);
    expect(git(repository.dir, 'ls-tree', '-r', '--name-only', 'main', 'content/media')).toContain(
      data.photo.src.slice(3),
    );
    expect(git(repository.dir, 'show', '--name-only', '--format=', 'main').split('\n').sort()).toEqual([
      `content/media/${data.photo.src.slice(9)}`,
      `content/stories/${slug}.md`,
    ]);
    expect(git(repository.dir, 'status', '--porcelain')).toBe('M package-lock.json');

    // Build what was published, from a clone of the repository the CMS server wrote to.
    const published_ = cloneRepository(repository.dir);
    const build = await runAstro(['build'], published_.dir);
    expect(build.code, build.output.slice(-3000)).toBe(0);
    const html = parse(readFileSync(join(published_.dir, 'dist/stories', slug, 'index.html'), 'utf8'));
    published_.remove();
    expect(html.querySelector('h1')?.textContent).toContain('社区志愿者守护居民平安');
    const text = html.querySelector('.prose')!.textContent;
    expect(text, published).toContain('体温<37.3℃才能进站');
    expect(text, published).toContain('{大括号}和<!-- 注释 -->照常显示。');
    expect(html.querySelector('img[alt="志愿者在小区门口为居民测量体温"]')).not.toBeNull();
  }, 240_000); // includes a whole site build of the published clone

  it('edits an existing knowledge article without touching its other fields', async () => {
    const path = 'content/knowledge/masks.md';
    const before = git(repository.dir, 'show', `main:${path}`);
    await page.goto(admin('#/collections/knowledge/entries/masks'));
    await page.reload();
    // Start typing once the entry has loaded into the form and the page has gone quiet, as an
    // editor would: a form still filling in can reset the field under a composition.
    await expect.poll(() => field('摘要').inputValue(), { timeout: 15_000 }).toBe(String(frontMatter(before).summary));
    await page.waitForLoadState('networkidle');
    await field('摘要').click();
    await page.keyboard.press('End');
    await typeWithIme(page, cdp, '（已复核）');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('修改已保存').waitFor({ timeout: 20_000 });
    await setStatus('待审核');
    await setStatus('待发布');
    await publishNow();
    await expect.poll(() => git(repository.dir, 'branch', '--list', 'cms/knowledge/*'), { timeout: 20_000 }).toBe('');

    const after = git(repository.dir, 'show', `main:${path}`);
    const [old, updated] = [frontMatter(before), frontMatter(after)];
    expect(updated.summary).toBe(`${String(old.summary)}（已复核）`);
    expect({ ...updated, summary: undefined }).toEqual({ ...old, summary: undefined });
    const bodyOf = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
    expect(bodyOf(after)).toBe(bodyOf(before));
  });
});

/**
 * The product's story, end to end, the way it is used and deployed:
 *
 *   a newcomer clones the repository and runs the README's install and `npm start`;
 *   an editor writes a story in Chinese with a photo in the CMS, saves a draft, sends it through
 *   review and publishes it; the local site rebuilds; the built site is served by the shipped nginx
 *   config; a citizen on a 360 px phone finds the story by search, opens it, and the share QR code
 *   on the page reads back as the story's public address.
 *
 * Nothing here is mocked: npm, the real Decap CMS against the site's local Git backend, the real
 * build, Debian's nginx and Chromium.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { load } from 'js-yaml';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnv } from '../helpers/build';
import { CHROMIUM, launchBrowser } from '../helpers/browser';
import { freePort } from '../helpers/decap-server';
import { git } from '../helpers/git-clone';
import { fillNewStory } from '../helpers/story-form';
import { NGINX, startNginx } from '../helpers/nginx';
import { ROOT } from '../helpers/paths';
import { searchOnPage } from '../helpers/search';

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(0);

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  limitSeconds: number,
  log: () => string,
): Promise<T> {
  const deadline = Date.now() + limitSeconds * 1000;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${what}: not within ${limitSeconds} s. Output so far:\n${log().slice(-4000)}`);
}

describe.skipIf(!CHROMIUM || !NGINX)('journey: from a fresh clone to a citizen’s phone', () => {
  const started = Date.now();
  const steps: string[] = [];
  const step = (name: string) => steps.push(`${name}: ${seconds(started)} s`);
  const dir = mkdtempSync(join(tmpdir(), 'journey-'));
  let start: ChildProcess | undefined;
  let output = '';
  let site = '';
  let cmsPort = 0;
  let browser: BrowserContext;
  let phone: BrowserContext;
  let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1280, height: 1000 } });
    phone = await launchBrowser({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
  });

  afterAll(async () => {
    console.log(`[journey] ${steps.join('; ')}`);
    if (start?.pid) {
      try {
        process.kill(-start.pid, 'SIGTERM');
      } catch {
        // already stopped
      }
    }
    nginx?.stop();
    await browser?.close();
    await phone?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a newcomer installs with the README’s command and the tree stays clean', () => {
    execFileSync('git', ['clone', '--quiet', '--branch', 'main', ROOT, dir]);
    git(dir, 'config', 'user.name', '市文明办编辑');
    git(dir, 'config', 'user.email', 'editor@example.invalid');
    // The README's install. The npm cache of this machine is warm from the run's own install.
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      stdio: 'pipe',
      env: cliEnv(),
    });
    expect(git(dir, 'status', '--porcelain')).toBe('');
    // npm scripts run the project's Node 24, whatever node this machine has.
    const version = execFileSync('npm', ['exec', '--offline', '--', 'node', '--version'], {
      cwd: dir,
      encoding: 'utf8',
      env: cliEnv(),
    }).trim();
    expect(Number(/^v(\d+)/.exec(version)?.[1])).toBeGreaterThanOrEqual(24);
    step('install');
  }, 600_000);

  it('npm start builds the site and serves it with the CMS', async () => {
    const port = await freePort();
    cmsPort = await freePort();
    site = `http://127.0.0.1:${port}`;
    start = spawn('npm', ['start'], {
      cwd: dir,
      env: cliEnv({ PORT: String(port), CMS_PORT: String(cmsPort) }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    start.stdout!.on('data', (chunk) => (output += chunk));
    start.stderr!.on('data', (chunk) => (output += chunk));
    await until(
      'the site answering',
      async () => ((await fetch(`${site}/`)).status === 200 ? true : undefined),
      480,
      () => output,
    );
    await until(
      'the CMS backend answering',
      async () =>
        (
          await fetch(`http://127.0.0.1:${cmsPort}/api/v1`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', origin: site },
            body: JSON.stringify({ action: 'info', params: {} }),
          })
        ).ok
          ? true
          : undefined,
      60,
      () => output,
    );
    step('npm start');
  }, 600_000);

  let slug = '';
  it('an editor writes a story with a photo, sends it through review and publishes it', async () => {
    const page: Page = await browser.newPage();
    page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
    const cdp: CDPSession = await browser.newCDPSession(page);
    const setStatus = async (status: '待审核' | '待发布') => {
      await page.getByRole('button', { name: /^状态/ }).click();
      await page.getByRole('menuitem', { name: status }).click();
      await expect
        .poll(() => page.getByRole('button', { name: /^状态/ }).textContent(), { timeout: 15_000 })
        .toContain(status);
    };

    await page.goto(`${site}/admin/?decap_port=${cmsPort}`);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('防疫知识').first().waitFor();
    await page.goto(`${site}/admin/?decap_port=${cmsPort}#/collections/stories/new`);
    const removePhoto = await fillNewStory(page, cdp, {
      title: '楼道里的守夜人',
      summary: '社区志愿者夜间值守，帮居民代购药品。',
      published: '2026-12-01',
      source: '迎泽区文明办',
      district: '迎泽区',
      unit: '某社区志愿服务队（示例）',
      body: '深夜十二点，守夜人还在楼道口为晚归的居民测量体温。',
      photoAlt: '志愿者在楼道口登记出入人员',
    });

    await page.getByRole('button', { name: '保存' }).click();
    await page
      .getByText('修改已保存')
      .waitFor({ timeout: 120_000 })
      .catch(async (failure: unknown) => {
        const shot = join(tmpdir(), `journey-save-${Date.now()}.png`);
        await page.screenshot({ path: shot, fullPage: true });
        throw new Error(`the draft was not saved (screenshot ${shot}):\n${output.slice(-3000)}`, { cause: failure });
      });
    removePhoto();
    const branch = await until(
      'the draft branch',
      async () => git(dir, 'branch', '--list', '--format=%(refname:short)', 'cms/stories/*') || undefined,
      30,
      () => output,
    );
    slug = branch.slice('cms/stories/'.length);
    expect(git(dir, 'ls-tree', '-r', '--name-only', 'main', 'content/stories')).not.toContain(slug);

    await setStatus('待审核');
    await setStatus('待发布');
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('menuitem', { name: '立即发布' }).click();
    await until(
      'publishing',
      async () => (git(dir, 'branch', '--list', 'cms/stories/*') === '' ? true : undefined),
      60,
      () => output,
    );
    expect(git(dir, 'status', '--porcelain')).toBe('');
    await page.close();
    step('CMS: draft, review, publish');
  }, 600_000);

  it('the published story goes live on the local site after the rebuild', async () => {
    await until(
      'the rebuilt page',
      async () => ((await fetch(`${site}/stories/${slug}/`)).status === 200 ? true : undefined),
      480,
      () => output,
    );
    expect(output).toMatch(/重新构建|rebuild/i);
    step('rebuilt');
  }, 600_000);

  it('a citizen on a phone finds it through the shipped nginx config, and its QR code leads back to it', async () => {
    nginx = await startNginx(join(dir, 'dist'));
    const siteUrl = String(
      (load(readFileSync(join(dir, 'content/settings/site.yml'), 'utf8')) as { siteUrl: string }).siteUrl,
    ).replace(/\/$/, '');
    const page = await phone.newPage();
    await page.goto(`${nginx.url}/search/`);
    const results = await searchOnPage(page, '守夜人');
    expect(results[0]).toBe(`/stories/${slug}/`);
    await page.locator('.search-result h2 a').first().click();
    await page.waitForURL(`**/stories/${slug}/**`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('楼道里的守夜人');
    expect(await page.locator('article').textContent()).toContain('守夜人还在楼道口');
    expect(await page.locator('img[alt="志愿者在楼道口登记出入人员"]').count()).toBe(1);

    const qr = page.locator('.share__qr svg').first();
    await qr.scrollIntoViewIfNeeded();
    const shot = await qr.screenshot();
    const { data, info } = await sharp(shot)
      .extend({ top: 40, bottom: 40, left: 40, right: 40, background: '#ffffff' })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(`${siteUrl}/stories/${slug}/`);
    await page.close();
    step('found on a phone behind nginx');
  }, 300_000);
});

import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { beforeAll, expect, it } from 'vitest';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags';
import { adminBundle } from '../../src/integrations/admin-bundle';
import { describeBrowser, launchBrowser } from '../helpers/browser';
import { startDecapServer } from '../helpers/decap-server';
import { cloneRepository } from '../helpers/git-clone';
import { DIST, ROOT } from '../helpers/paths';

/**
 * The production CMS loads for every backend docs/cms.md offers (issue 14, point 6): the admin
 * bundle is built with that backend's PUBLIC_CMS_* variables, exactly as `astro build` builds it
 * (src/integrations/admin-bundle.ts, with a cache folder of its own), and /admin/ is opened in
 * Chromium under a host name that is not localhost, as the deployed site is. It must reach the
 * backend's login screen, not Decap's configuration error. The Git hosts are not contacted
 * before the editor presses the login button.
 */
const HOST = 'cms.example.test';

const BACKENDS = {
  gitea: {
    env: {
      PUBLIC_CMS_BACKEND: 'gitea',
      PUBLIC_CMS_REPO: 'wenmingban/site',
      PUBLIC_CMS_BASE_URL: 'https://git.example.test',
      PUBLIC_CMS_API_ROOT: 'https://git.example.test/api/v1',
      PUBLIC_CMS_APP_ID: '6c1a0000-0000-4000-8000-000000000000',
    },
    login: '使用 Gitea 登录',
  },
  github: {
    env: {
      PUBLIC_CMS_BACKEND: 'github',
      PUBLIC_CMS_REPO: 'wenmingban/site',
      PUBLIC_CMS_BASE_URL: 'https://oauth.example.test',
    },
    login: '使用 GitHub 登录',
  },
  gitlab: {
    env: { PUBLIC_CMS_BACKEND: 'gitlab', PUBLIC_CMS_REPO: 'wenmingban/site', PUBLIC_CMS_APP_ID: '0123456789abcdef' },
    login: '使用 GitLab 登录',
  },
} as const;

/** Serves the built site with /admin/ loading another admin bundle (from `folder`, script `script`). */
async function serveWithBundle(folder: string, script: string): Promise<{ port: number; close: () => Promise<void> }> {
  const site = sirv(DIST, { dev: true, extensions: ['html'] });
  const bundle = sirv(folder, { dev: true });
  const page = readFileSync(join(DIST, 'admin/index.html'), 'utf8').replace(
    /src="\/_astro\/admin-cms[^"]*"/,
    `src="${script}"`,
  );
  expect(page).toContain(script);
  const server: Server = createServer((request, response) => {
    if (/^\/admin\/?(index\.html)?(\?|$)/.test(request.url ?? '')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page);
      return;
    }
    bundle(request, response, () => site(request, response, () => void response.writeHead(404).end()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describeBrowser('the built CMS opens to its login screen for every backend', () => {
  // Kept between runs like the build's own cache: a bundle is rebuilt when its inputs change.
  const scratch = join(ROOT, 'node_modules/.astro/test-admin-backends');

  for (const [name, { env, login }] of Object.entries(BACKENDS)) {
    it(`${name}: login screen, no configuration error`, { timeout: 600_000 }, async () => {
      const saved = { ...process.env };
      Object.assign(process.env, env);
      let bundle;
      try {
        bundle = await adminBundle(pathToFileURL(ROOT), pathToFileURL(join(scratch, name, '/')));
      } finally {
        for (const key of Object.keys(env)) {
          if (saved[key] === undefined) delete process.env[key];
          else process.env[key] = saved[key];
        }
      }
      const folder = join(scratch, name, 'admin-bundle');
      expect(existsSync(join(folder, bundle.script))).toBe(true);
      const server = await serveWithBundle(folder, bundle.script);
      // The deployed site is served over HTTPS, a secure context (Decap needs one: crypto.randomUUID);
      // this plain-HTTP test server is given the same standing.
      const origin = `http://${HOST}:${server.port}`;
      const browser = await launchBrowser({
        args: [
          ...CHROMIUM_FLAGS,
          `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
          `--unsafely-treat-insecure-origin-as-secure=${origin}`,
        ],
      });
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${origin}/admin/`, { waitUntil: 'commit' });
        await page
          .getByRole('button', { name: login })
          // The 5 MB script takes a while to start on a busy machine.
          .waitFor({ timeout: 90_000 })
          .catch(async (error: unknown) => {
            throw new Error(`${String(error)}\n${await page.locator('body').innerText()}\n${errors.join('\n')}`, {
              cause: error,
            });
          });
        const text = await page.locator('body').innerText();
        expect(text).not.toContain('加载 CMS 配置时发生错误');
        expect(text).not.toMatch(/does not support|editorial workflow|Error/);
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
        await server.close();
      }
    });
  }

  it('local: the built site on this computer logs in to the local Git backend', async () => {
    const repository = cloneRepository();
    const server = await serveWithBundle(
      DIST,
      readFileSync(join(DIST, 'admin/index.html'), 'utf8').match(/src="(\/_astro\/admin-cms[^"]*)"/)![1]!,
    );
    // The local backend answers only the site's own address.
    const decap = await startDecapServer(repository.dir, { siteOrigins: [`http://127.0.0.1:${server.port}`] });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${server.port}/admin/?decap_port=${decap.port}`);
      await page.getByRole('button', { name: '登录', exact: true }).click();
      // The editorial workflow is there on this computer whatever the production backend.
      await page.getByRole('link', { name: '工作流' }).waitFor({ timeout: 30_000 });
      expect(await page.locator('body').innerText()).not.toContain('加载 CMS 配置时发生错误');
    } finally {
      await browser.close();
      await server.close();
      decap.stop();
      repository.remove();
    }
  });

  beforeAll(() => {
    expect(existsSync(join(DIST, 'admin/index.html')), 'run `npx astro build` first').toBe(true);
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnv } from '../helpers/build';
import { freePort } from '../helpers/decap-server';
import { ROOT } from '../helpers/paths';
import { copyProject } from '../helpers/project-copy';

/**
 * A bad entry never locks editors out (issue: the site and the CMS stay reachable): `npm start` and
 * `npm run dev` (scripts/local-site.ts) keep /admin/ open and list the problems in Chinese, then
 * bring the site back by themselves once the content is fixed.
 */
/** Both would stop a build; the second also stops `astro dev` (the schema's rule), the first only the build. */
const breakEntry = (text: string, mode: 'start' | 'dev') =>
  mode === 'start'
    ? `${text}\n值班联系人手机 13812345678\n`
    : text.replace(/^nextReview: .*$/m, 'nextReview: 2019-01-01');

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  seconds: number,
  log: () => string,
): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${what} did not happen within ${seconds} s. Output:\n${log().slice(-3000)}`);
}

const get = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') ?? '' };
};

describe.each(['start', 'dev'] as const)('npm %s with an entry that fails the content check', (mode) => {
  let project: ReturnType<typeof copyProject>;
  let child: ChildProcess;
  let output = '';
  let url = '';
  const article = () => join(project.dir, 'content/knowledge/masks-2026.md');
  let original = '';

  beforeAll(async () => {
    project = copyProject();
    cpSync(join(ROOT, 'scripts'), join(project.dir, 'scripts'), { recursive: true });
    original = readFileSync(article(), 'utf8');
    writeFileSync(article(), breakEntry(original, mode));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/local-site.ts', mode], {
      cwd: project.dir,
      env: cliEnv({ PORT: String(port) }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
  });

  afterAll(() => {
    if (child?.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    project?.remove();
  });

  it('lists the problem in Chinese on the site address and keeps the CMS page open', async () => {
    const problem = await waitFor(
      'the problem page',
      async () => {
        const page = await get(`${url}/`);
        return page.status === 503 && page.text.includes('masks-2026.md') ? page : undefined;
      },
      240,
      () => output,
    );
    expect(problem.text).toContain(mode === 'start' ? '发现疑似手机号码' : '“下次审核”不能早于“审核日期”');
    expect(problem.text).toContain('第 ');
    expect(problem.text).not.toContain('13812345678');
    expect(problem.text).toContain('href="/admin/"');
    expect(output).toMatch(/内容管理仍可使用/);

    const admin = await get(`${url}/admin/`);
    expect(admin.status).toBe(200);
    const script = /src="(\/_astro\/[^"]+\.js)"/.exec(admin.text)?.[1];
    expect(script, admin.text).toBeTruthy();
    const bundle = await get(`${url}${script}`);
    expect(bundle.status).toBe(200);
    expect(bundle.type).toMatch(/javascript/);
    expect(bundle.text.length).toBeGreaterThan(100_000);
  }, 300_000);

  it('brings the site back once the entry is fixed', async () => {
    writeFileSync(article(), original);
    const home = await waitFor(
      'the site coming back',
      async () => {
        const page = await get(`${url}/`);
        return page.status === 200 && page.text.includes('<html') && !page.text.includes('网站暂未构建')
          ? page
          : undefined;
      },
      300,
      () => output,
    );
    expect(home.text).toContain('lang="zh-CN"');
    const entry = await get(`${url}/knowledge/masks-2026/`);
    expect(entry.status).toBe(200);
  }, 360_000);
});

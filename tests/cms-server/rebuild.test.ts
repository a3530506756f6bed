import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuilder } from '../../src/cms-server/rebuild';
import { startDecapServer } from '../helpers/decap-server';
import { cloneRepository, git } from '../helpers/git-clone';
import { raw, SITE, storyText } from './helpers';

const waitFor = async (condition: () => boolean, timeout: number) => {
  const deadline = Date.now() + timeout;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  return condition();
};

describe('rebuilds run one at a time and a failing one is only reported', () => {
  it('queues publications during a build into one next build, and reports a failure', async () => {
    const lines: string[] = [];
    const rebuild = rebuilder({
      root: process.cwd(),
      command: [process.execPath, '-e', 'setTimeout(() => process.exit(Number(process.env.CMS_TEST_EXIT ?? 0)), 300)'],
      log: (line) => lines.push(line),
    });
    rebuild(['http://127.0.0.1:4321/a/']);
    rebuild(['http://127.0.0.1:4321/b/']);
    rebuild(['http://127.0.0.1:4321/c/']);
    expect(
      await waitFor(() => lines.filter((line) => line.includes('页面已上线')).length === 2, 10_000),
      lines.join('\n'),
    ).toBe(true);
    expect(lines.filter((line) => line.includes('正在重新生成网站'))).toHaveLength(2);
    expect(lines.at(-1)).toContain('http://127.0.0.1:4321/b/ http://127.0.0.1:4321/c/');

    const failing = rebuilder({
      root: process.cwd(),
      command: [process.execPath, '-e', 'console.error("构建出错：示例"); process.exit(1)'],
      log: (line) => lines.push(line),
    });
    failing(['http://127.0.0.1:4321/d/']);
    expect(await waitFor(() => lines.some((line) => line.includes('网站生成失败')), 10_000)).toBe(true);
    expect(lines.at(-1)).toContain('构建出错：示例');
    const missing = rebuilder({ root: process.cwd(), command: ['/no/such/command'], log: (line) => lines.push(line) });
    missing([]);
    expect(await waitFor(() => lines.filter((line) => line.includes('网站生成失败')).length === 2, 10_000)).toBe(true);
  });
});

/** `npm start` runs the server with --rebuild: a publication is followed by `npm run build` in the repository. */
describe('npm run cms -- --rebuild', () => {
  const repository = cloneRepository();
  let server: Awaited<ReturnType<typeof startDecapServer>>;
  const slug = '20261202-100000';
  beforeAll(async () => {
    server = await startDecapServer(repository.dir, { siteOrigins: [SITE], args: ['--rebuild'] });
  });
  afterAll(() => {
    server?.stop();
    repository.remove();
  });
  const publish = (title: string) =>
    raw(server.port, {
      body: {
        action: 'persistEntry',
        params: {
          branch: 'main',
          dataFiles: [{ slug, path: `content/stories/${slug}.md`, raw: storyText({ title }) }],
          assets: [],
          options: { collectionName: 'stories', commitMessage: 'x', useWorkflow: false },
        },
      },
    });

  it('reports a failing build and keeps serving', async () => {
    // The editor's own broken change to the site's code makes the build fail; the CMS stays up.
    const config = join(repository.dir, 'astro.config.mjs');
    const original = readFileSync(config, 'utf8');
    writeFileSync(config, 'export default {{ broken');
    expect((await publish('第一次发布')).status).toBe(200);
    expect(await waitFor(() => server.log().includes('网站生成失败'), 120_000), server.log()).toBe(true);
    expect((await raw(server.port, { body: { action: 'info', params: {} } })).status).toBe(200);
    writeFileSync(config, original);
  });

  it('builds after a publication and prints the page’s address when it is live', async () => {
    expect((await publish('第二次发布：重新生成后上线')).status).toBe(200);
    expect(server.log()).toContain('网站重新生成后上线');
    expect(await waitFor(() => server.log().includes('页面已上线'), 400_000), server.log().slice(-3000)).toBe(true);
    expect(server.log()).toContain(`${SITE}/stories/${slug}/`);
    const page = join(repository.dir, 'dist/stories', slug, 'index.html');
    expect(existsSync(page)).toBe(true);
    expect(readFileSync(page, 'utf8')).toContain('第二次发布：重新生成后上线');
    expect(git(repository.dir, 'status', '--porcelain')).not.toContain('dist');
  }, 420_000);
});

import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnv, runAstro, type RunResult } from '../helpers/build';
import { ASTRO_BIN } from '../helpers/paths';
import { copyProject } from '../helpers/project-copy';

/** Text only a draft holds: it must never be anywhere in dist/. */
const DRAFT_TEXT = '草稿里尚未审核的句子甲乙丙';

const DRAFT = `---
title: 未发布的草稿
summary: 尚未审核。
published: 2020-02-05
source: 太原市卫生健康委员会
editor: 市文明办综合科
topic: 个人防护
audience: [全体市民]
reviewed: 2026-11-02
nextReview: 2027-05-02
draft: true
---

${DRAFT_TEXT}
`;

/** Every file of the output folder (hidden ones included), by path, with a hash of its bytes. */
function filesOf(dist: string): Map<string, string> {
  if (!existsSync(dist)) return new Map();
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((path) => [relative(dist, path), createHash('sha1').update(readFileSync(path)).digest('hex')]),
  );
}

/** Files of `dist` holding the draft's text. */
const withDraftText = (dist: string) =>
  [...filesOf(dist).keys()].filter((path) => readFileSync(join(dist, path)).includes(Buffer.from(DRAFT_TEXT)));

/** Starts `astro build` in `cwd`; `output` grows as it prints. */
function startBuild(cwd: string): { child: ChildProcess; output: () => string; done: Promise<RunResult> } {
  const child = spawn(process.execPath, [ASTRO_BIN, 'build'], {
    cwd,
    env: cliEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const done = new Promise<RunResult>((resolve) => child.on('close', (code) => resolve({ code, output })));
  return { child, output: () => output, done };
}

/** Resolves once the build has printed `text`. */
async function until(build: ReturnType<typeof startBuild>, text: string): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (!build.output().includes(text)) {
    if (build.child.exitCode !== null || Date.now() > deadline)
      throw new Error(`the build never printed “${text}”:\n${build.output().slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A build writes every entry, drafts included, into its server bundle before it renders the pages
 * (Astro's `.prerender/`), then the pages one by one. Whatever stops it (a kill from the CI runner,
 * an editor's mistake, a second build started by a colleague), `dist/` must hold the last finished
 * site and nothing else: a web server serving the folder publishes whatever is in it.
 */
describe('a build that does not finish', () => {
  const project = copyProject();
  const dist = join(project.dir, 'dist');
  let finished: Map<string, string>;

  beforeAll(async () => {
    writeFileSync(join(project.dir, 'content/knowledge/unreviewed-draft.md'), DRAFT);
    const first = await runAstro(['build'], project.dir);
    expect(first.code, first.output.slice(-3000)).toBe(0);
    finished = filesOf(dist);
  }, 300_000);
  afterAll(() => project.remove());

  it('publishes a finished site without the draft', () => {
    expect(finished.size).toBeGreaterThan(100);
    expect(finished.has('index.html')).toBe(true);
    expect([...finished.keys()].filter((path) => path.startsWith('.'))).toEqual([]);
    expect(withDraftText(dist)).toEqual([]);
  });

  it('refuses a second build in the same folder at once, and the first one finishes', async () => {
    // Without the previous build's page manifest every page is rendered again: a build long enough to start another in.
    rmSync(join(project.dir, 'node_modules/.astro/incremental-build.json'), { force: true });
    const first = startBuild(project.dir);
    await until(first, '内容检查');
    const second = await runAstro(['build'], project.dir);
    const firstStillRunning = first.child.exitCode === null;
    const result = await first.done;
    expect(firstStillRunning).toBe(true);
    expect(second.code).not.toBe(0);
    expect(second.output).toContain('这个文件夹里已经有一个网站构建正在运行');
    expect(second.output).toContain(`进程号 ${first.child.pid}`);
    expect(second.output).toContain('Another build is already running in this folder');
    expect(second.output).not.toMatch(/\n\s+at .*\.(js|ts):\d+/);
    // Refused before doing anything: no content check, no bundling, nothing written.
    expect(second.output).not.toContain('内容检查');
    expect(second.output).not.toMatch(/Building static entrypoints|generating static routes/);
    expect(result.code, result.output.slice(-3000)).toBe(0);
    expect(result.output).toContain('Published the site to');
    finished = filesOf(dist);
    expect(finished.has('index.html')).toBe(true);
  }, 300_000);

  for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
    it(`leaves dist/ as it was when the build is stopped (${signal}) while generating the pages`, async () => {
      // A changed entry, so that the build has pages to write.
      const article = join(project.dir, 'content/knowledge/hand-washing.mdx');
      writeFileSync(article, `${readFileSync(article, 'utf8')}\n中断测试（${signal}）。\n`);
      const staging = join(project.dir, 'node_modules/.astro/site-output');
      const build = startBuild(project.dir);
      await until(build, 'generating static routes');
      // Stopped at the dangerous moment, however fast this machine renders: while the build's own folder
      // holds Astro's page bundle (.prerender/) and pages half written.
      const deadline = Date.now() + 60_000;
      while (!existsSync(join(staging, '.prerender')) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 10));
      build.child.kill(signal);
      const result = await build.done;
      expect(result.output).not.toContain('Published the site to');
      expect(existsSync(join(staging, '.prerender'))).toBe(true);
      expect(existsSync(join(dist, '.prerender'))).toBe(false);
      expect(withDraftText(dist)).toEqual([]);
      expect(filesOf(dist)).toEqual(finished);
    }, 300_000);
  }

  it('leaves dist/ as it was when the content has an error', async () => {
    const article = join(project.dir, 'content/knowledge/ventilation.md');
    const text = readFileSync(article, 'utf8');
    writeFileSync(article, text.replace(/^title: .*$/m, 'titel: 开窗通风'));
    const result = await runAstro(['build'], project.dir);
    writeFileSync(article, text);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/knowledge/ventilation.md');
    expect(filesOf(dist)).toEqual(finished);
  }, 300_000);

  it('builds normally after the interrupted builds', async () => {
    const result = await runAstro(['build'], project.dir);
    expect(result.code, result.output.slice(-3000)).toBe(0);
    const files = filesOf(dist);
    expect([...files.keys()].filter((path) => path.startsWith('.'))).toEqual([]);
    expect(withDraftText(dist)).toEqual([]);
    // The change made before the kills is published now.
    expect(readFileSync(join(dist, 'knowledge/hand-washing/index.html'), 'utf8')).toContain('中断测试（SIGTERM）');
  }, 300_000);
});

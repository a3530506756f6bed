import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser';
import { openCms, openEntry, type CmsSession } from '../helpers/cms';
import { ROOT } from '../helpers/paths';

/** The CMS works on a clone of branch main: the scripts of this working tree are committed there first if main lacks them. */
function withScripts(dir: string): void {
  cpSync(join(ROOT, 'content/broadcasts'), join(dir, 'content/broadcasts'), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
  if (git('status', '--porcelain', 'content/broadcasts').trim()) {
    git('add', 'content/broadcasts');
    git('commit', '--quiet', '-m', 'Sample loudspeaker scripts');
  }
}

/** Editors write a 广播稿 in the CMS: its fields in Chinese, and the script as plain text, as written. */
describeBrowser('the 广播稿 form in the CMS', () => {
  let cms: CmsSession;
  beforeAll(async () => {
    cms = await openCms(withScripts);
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') console.error(await cms.explain());
  });
  afterAll(async () => {
    await cms?.close();
  });

  it('opens a script with its kind, audience and topic, and the script as written, line by line', async () => {
    await openEntry(cms, 'broadcasts', 'red-white-events', '红事缓办，白事简办（顺口溜）');
    const { page } = cms;
    for (const label of ['体裁', '适用', '主题', '播读正文'])
      await expect.poll(() => page.getByText(label, { exact: true }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByText('段落之间空一行，顺口溜、快板每句一行', { exact: false }).count())
      .toBeGreaterThan(0);
    // The script's lines as written, one per line, in the body's text editor.
    const script = page.locator('[data-slate-editor]');
    await expect
      .poll(() => script.innerText(), { timeout: 10_000 })
      .toContain('大喇叭，响起来，移风易俗传开来。\n疫情还没有过去，红白喜事要注意。');
    await page.getByText('播读正文', { exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/bc-shots/cms-broadcast.png' });
  });
});

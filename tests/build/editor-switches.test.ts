import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro, type RunResult } from '../helpers/build';
import { copyProject } from '../helpers/project-copy';

/**
 * A build of a copy of the project after an editor has switched the emergency banner off,
 * withdrawn one article and reviewed another far ahead: what editors change in the CMS, seen by readers.
 */
describe('a build after editors switch things in settings and content', () => {
  const project = copyProject();
  const edit = (file: string, change: (text: string) => string) => {
    const path = join(project.dir, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`edit of ${file} changed nothing`);
    writeFileSync(path, after);
  };
  const built = (path: string) => parse(readFileSync(join(project.dir, 'dist', path, 'index.html'), 'utf8'));
  let result: RunResult;

  beforeAll(async () => {
    edit('content/settings/site.yml', (text) => text.replace(/^( {2}enabled:) true$/m, '$1 false'));
    edit('content/knowledge/rumours-online.md', (text) =>
      text.replace(
        /^draft: false$/m,
        'draft: false\nwithdrawn: 本文所述情况已发生变化，相关建议不再适用。\nsupersededBy: healthy-lifestyle',
      ),
    );
    edit('content/knowledge/hand-washing.mdx', (text) => text.replace(/^nextReview: .*$/m, 'nextReview: 2099-01-01'));
    result = await runAstro(['build'], project.dir);
  });
  afterAll(() => project.remove());

  it('builds', () => {
    expect(result.code, result.output.slice(-2000)).toBe(0);
  });

  it('shows no emergency banner once it is switched off', () => {
    for (const path of ['', 'knowledge', 'knowledge/hand-washing', 'sms']) {
      expect(built(path).querySelector('.banner'), path).toBeNull();
    }
  });

  it('marks a withdrawn article at the top, points to its replacement and keeps it out of lists', () => {
    const html = built('knowledge/rumours-online');
    const notice = html.querySelector('article .notice')!;
    expect(notice.textContent).toContain('本文已撤回');
    expect(notice.textContent).toContain('相关建议不再适用');
    expect(notice.querySelector('a')?.getAttribute('href')).toBe('/knowledge/healthy-lifestyle/');
    expect(html.querySelector('.prose')).toBeNull();
    expect(html.querySelector('.reading-tools')).toBeNull();
    expect(built('knowledge').querySelector('a[href="/knowledge/rumours-online/"]')).toBeNull();
    expect(
      built('knowledge/healthy-lifestyle').querySelector('.related a[href="/knowledge/rumours-online/"]'),
    ).toBeNull();
  });

  it('lists knowledge pages overdue for review at the end of the build, and only those', () => {
    const report = result.output.slice(result.output.indexOf('[site:review-report]'));
    expect(report).toContain('篇防疫知识已超过“下次审核”日期');
    expect(report).toMatch(/\/knowledge\/ventilation\/ +应于 2026年5月1日 复核（content\/knowledge\/ventilation\.md）/);
    // Reviewed far ahead, superseded, withdrawn or draft: nothing for editors to do.
    for (const id of ['hand-washing', 'masks', 'rumours-online', 'draft-unreviewed-tips'])
      expect(report).not.toContain(`/knowledge/${id}/`);
  });
});

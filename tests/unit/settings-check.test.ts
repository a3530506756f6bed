import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-check';
import { ROOT } from '../helpers/paths';

/**
 * Settings are content too: the check reads `content/settings/site.yml` like an entry. The corpus in
 * tests/fixtures/bad-content/ cannot hold a settings file (it would replace the site's own), so these
 * cases run the whole check on a copy of content/ with the settings changed.
 */
describe('the check of site settings', () => {
  let root: string;
  const settings = () => join(root, 'content/settings/site.yml');
  const edit = (change: (text: string) => string) =>
    writeFileSync(settings(), change(readFileSync(settings(), 'utf8')));
  const settingsProblems = async () =>
    (await checkContent(root)).problems.filter((problem) => problem.file === 'content/settings/site.yml');

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'settings-check-'));
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('passes the shipped settings', async () => {
    expect(await settingsProblems()).toEqual([]);
  });

  for (const link of [
    'javascript:alert(document.cookie)',
    '" JaVa\\tScript:alert(1)"',
    'data:text/html,hi',
    'vbscript:msgbox(1)',
  ]) {
    it(`refuses banner.link ${link} with field and line`, async () => {
      edit((text) => text.replace(/^ {2}link: .*$/m, `  link: ${link}`));
      const line =
        readFileSync(settings(), 'utf8')
          .split('\n')
          .findIndex((row) => row.startsWith('  link: ')) + 1;
      const problems = await settingsProblems();
      expect(problems).toMatchObject([{ severity: 'error', field: 'banner.link', line }]);
      expect(problems[0]!.message).toContain('网站不会发布这个链接');
    });
  }

  it('finds personal data in settings, but not the official hotlines and contact', async () => {
    edit((text) =>
      text.replace('text: 疫情防控知识持续更新', 'text: 有事找王主任１３８ １２３４ ５６７８，疫情防控知识持续更新'),
    );
    const problems = await settingsProblems();
    expect(problems.map((problem) => problem.severity)).toEqual(['error']);
    expect(problems[0]!.message).toContain('手机号码');
  });

  it('reads settings saved with a BOM and CRLF', async () => {
    writeFileSync(settings(), `\ufeff${readFileSync(settings(), 'utf8').replace(/\n/g, '\r\n')}`);
    expect(await settingsProblems()).toEqual([]);
  });
});

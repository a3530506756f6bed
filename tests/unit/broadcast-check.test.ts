import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-check';
import { ROOT } from '../helpers/paths';

/**
 * A loudspeaker script an editor broke, checked as `npm run check` and the build check it: each mistake is
 * a Chinese message naming the file, the field and the line, never a stack trace.
 */
describe('the content check of 广播稿', () => {
  let root: string;
  const path = 'content/broadcasts/red-white-events.md';
  const edit = (change: (text: string) => string) =>
    writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));
  const lineOf = (prefix: string) =>
    readFileSync(join(root, path), 'utf8')
      .split('\n')
      .findIndex((line) => line.startsWith(prefix)) + 1;
  const problemsOfScript = async () => (await checkContent(root)).problems.filter((problem) => problem.file === path);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'broadcast-check-'));
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('passes the shipped scripts', async () => {
    const problems = (await checkContent(root)).problems.filter((problem) =>
      problem.file.startsWith('content/broadcasts/'),
    );
    expect(problems).toEqual([]);
  });

  it('names the file, field and line of a kind that is not on the list', async () => {
    edit((text) => text.replace('kind: 顺口溜', 'kind: 三句半'));
    expect(await problemsOfScript()).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'kind',
        line: lineOf('kind:'),
        message: expect.stringContaining('“体裁”的值“三句半”不在可选范围内'),
      }),
    ]);
  });

  it('names an audience that is not 村, 社区 or 单位, and a missing topic', async () => {
    edit((text) => text.replace('audience: [村]', 'audience: [乡镇]').replace(/^topic: .*\n/m, ''));
    const problems = await problemsOfScript();
    expect(problems.map((problem) => [problem.severity, problem.field])).toEqual(
      expect.arrayContaining([
        ['error', expect.stringMatching(/^audience/)],
        ['error', 'topic'],
      ]),
    );
    expect(problems.find((problem) => problem.field?.startsWith('audience'))!.message).toContain('“乡镇”');
    expect(problems.find((problem) => problem.field === 'topic')!.message).toContain('“主题”必须填写');
  });

  it('refuses a script with no text and warns of Markdown marks a speaker would read out', async () => {
    edit((text) => text.replace(/\n---\n[\s\S]*$/, '\n---\n\n'));
    expect(await problemsOfScript()).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'body',
        message: expect.stringContaining('“播读正文”必须填写'),
      }),
    ]);
    edit((text) => `${text}**红事缓办**往后挪\n`);
    const [warning] = await problemsOfScript();
    expect(warning).toMatchObject({ severity: 'warning', field: 'body', line: lineOf('**红事缓办**') });
    expect(warning!.message).toContain('加粗符号');
  });
});

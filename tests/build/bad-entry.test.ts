import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro, type RunResult } from '../helpers/build';
import { copyProject } from '../helpers/project-copy';

describe('a build with a broken entry', () => {
  const project = copyProject();
  const file = join(project.dir, 'content/knowledge/hand-washing.mdx');
  let original = '';
  let result: RunResult;

  beforeAll(async () => {
    original = readFileSync(file, 'utf8');
    // Two typical editor mistakes: a misspelt key and a date written the Chinese way.
    writeFileSync(file, original.replace(/^title: /m, 'titel: ').replace(/^published: .*$/m, 'published: 2020年2月5日'));
    result = await runAstro(['build'], project.dir);
  });
  afterAll(() => project.remove());

  it('fails', () => {
    expect(result.code).not.toBe(0);
  });

  it('names the file, line and field of every mistake, in Chinese, with what to write', () => {
    expect(result.output).toContain('错误  content/knowledge/hand-washing.mdx（title）：“标题”必须填写。');
    expect(result.output).toMatch(/错误 {2}content\/knowledge\/hand-washing.mdx 第 \d+ 行（titel）：有未知的字段：titel。请检查拼写或删除。/);
    expect(result.output).toMatch(/错误 {2}content\/knowledge\/hand-washing.mdx 第 \d+ 行（published）：“发布日期”“2020年2月5日”不是有效的日期。请按“2020-02-20”的格式填写日期/);
    expect(result.output).toContain('内容检查：');
    expect(result.output).toContain('3 个错误');
  });

  it('shows no stack trace', () => {
    expect(result.output).not.toMatch(/Stack trace|\n\s+at .*\.(js|ts):\d+/);
  });

  it('leaves the editor’s text as it was', () => {
    expect(readFileSync(file, 'utf8')).toContain('titel: ');
    expect(readFileSync(file, 'utf8').length).toBeGreaterThan(original.length - 20);
  });
});

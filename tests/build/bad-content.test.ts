import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-check';
import type { Problem } from '../../src/checks/problem';
import { runAstro, type RunResult } from '../helpers/build';
import { copyProject } from '../helpers/project-copy';

/**
 * Realistic editor mistakes and hostile input, each with the words its error message must contain
 * (`提醒：…` for the words of a warning: something that may be official, such as a landline).
 */
const CORPUS = fileURLToPath(new URL('../fixtures/bad-content/', import.meta.url));
const expected = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as Record<string, string | null>;

const snapshot = (folder: string) => {
  const hashes = new Map<string, string>();
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else hashes.set(relative(folder, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(folder);
  return hashes;
};

describe('a corpus of bad content', () => {
  const project = copyProject();
  const content = join(project.dir, 'content');
  let before: Map<string, string>;
  let problems: Problem[];
  let build: RunResult;

  beforeAll(async () => {
    cpSync(CORPUS, content, { recursive: true, filter: (source) => !source.endsWith('expected.json') });
    before = snapshot(content);
    problems = (await checkContent(project.dir)).problems;
    build = await runAstro(['build'], project.dir);
  });
  afterAll(() => project.remove());

  it('has at least 25 cases', () => {
    expect(Object.values(expected).filter(Boolean).length).toBeGreaterThanOrEqual(25);
  });

  for (const [file, words] of Object.entries(expected)) {
    const path = `content/${file}`;
    if (words) {
      const severity = words.startsWith('提醒：') ? 'warning' : 'error';
      it(`explains ${file}`, () => {
        const messages = problems.filter((problem) => problem.file === path && problem.severity === severity).map((problem) => problem.message);
        expect(messages.join('\n'), `${path}: ${JSON.stringify(problems.filter((p) => p.file === path))}`).toContain(words.replace(/^提醒：/, ''));
      });
    } else {
      it(`reads ${file} correctly`, () => {
        expect(problems.filter((problem) => problem.file === path)).toEqual([]);
      });
    }
  }

  it('reports nothing for the sample content it was added to', () => {
    const others = problems.filter((problem) => problem.severity === 'error' && !(problem.file.slice('content/'.length) in expected));
    expect(others).toEqual([]);
  });

  it('stops the build with every file named and no stack trace', () => {
    expect(build.code).not.toBe(0);
    for (const [file, words] of Object.entries(expected)) if (words) expect(build.output, file).toContain(`content/${file}`);
    expect(build.output).not.toMatch(/Stack trace|\n\s+at .*\.(js|ts):\d+/);
  });

  it('changes or loses nothing in content/', () => {
    expect(snapshot(content)).toEqual(before);
  });
});

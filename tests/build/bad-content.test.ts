import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
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
const corpusExpected = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as Record<string, string | null>;

/**
 * Cases git cannot hold or that need files outside the project: made by the test before the check
 * (see `makeCreatedCases`), each with the words its message must contain.
 */
const CREATED: Record<string, string | null> = {
  // A 40 MB photo from a phone next to its entry (cover: ./big-cover.png): the size limit is every image's.
  'knowledge/big-cover.png': '图片超过 2 MB',
  'knowledge/linked-outside.md': '这是一个链接（symlink），指向 content 文件夹以外',
  'media/linked-outside.png': '这是一个链接（symlink），指向 content 文件夹以外',
  'knowledge/cover-via-link.md': '图片“../media/linked-outside.png”不在 content 文件夹里',
  'updates/dangling-link.md': '这是一个链接（symlink），指向 content 文件夹以外或不存在的文件',
  'stories/linked-folder': '这是一个链接（symlink），指向 content 文件夹以外',
  'media/folder-link': '指向文件夹的链接',
  // Files too large to keep in git (sparse here): a scanned 21 MB PDF and a 51 MB video straight from a camera.
  'media/huge-plan.pdf': '超过附件（PDF、Word 或 Excel 文件）的上限 20 MB',
  'media/huge-clip.mp4': '超过视频（MP4 或 WebM）的上限 50 MB',
  // A sample entry edited with two typical mistakes (see `breakSampleEntry`).
  'knowledge/hand-washing.mdx': '“标题”必须填写',
};
const expected = { ...corpusExpected, ...CREATED };

/** An entry as the corpus writes them, with a cover and a body. */
const knowledgeEntry = (cover: string, body: string) =>
  [
    '---',
    'title: 勤洗手',
    'summary: 勤洗手是预防传染病最简单的办法。',
    'published: 2020-02-05',
    'source: 太原市卫生健康委员会',
    'editor: 市文明办综合科',
    'topic: 个人防护',
    'audience: [全体市民]',
    'reviewed: 2026-11-02',
    'nextReview: 2027-05-02',
    `cover: { src: ${cover}, alt: 洗手的照片 }`,
    '---',
    '',
    body,
    '',
  ].join('\n');

/** Files outside the project (next to it: `../../../bad-content-outside.png` from an entry) and links to them. */
async function makeCreatedCases(project: string): Promise<string> {
  const outside = join(dirname(project), `${relative(dirname(project), project)}-outside`);
  mkdirSync(outside, { recursive: true });
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
    .png()
    .toBuffer();
  writeFileSync(join(dirname(project), 'bad-content-outside.png'), png);
  writeFileSync(join(outside, 'secret.png'), png);
  writeFileSync(join(outside, 'entry.md'), knowledgeEntry('../media/ventilation.jpg', '仓库以外的文章。'));
  const content = join(project, 'content');
  const noise = { type: 'gaussian' as const, mean: 128, sigma: 60 };
  await sharp({ create: { width: 1400, height: 1400, channels: 3, background: '#000', noise } })
    .png({ compressionLevel: 0 })
    .toFile(join(content, 'knowledge/big-cover.png'));
  symlinkSync(join(outside, 'entry.md'), join(content, 'knowledge/linked-outside.md'));
  symlinkSync(join(outside, 'secret.png'), join(content, 'media/linked-outside.png'));
  writeFileSync(
    join(content, 'knowledge/cover-via-link.md'),
    knowledgeEntry('../media/linked-outside.png', '封面是指向外面的链接。'),
  );
  symlinkSync(join(outside, 'gone.md'), join(content, 'updates/dangling-link.md'));
  symlinkSync(outside, join(content, 'stories/linked-folder'));
  symlinkSync(join(content, 'knowledge'), join(content, 'media/folder-link'));
  writeFileSync(join(content, 'media/huge-plan.pdf'), '%PDF-1.7\n');
  truncateSync(join(content, 'media/huge-plan.pdf'), 21_000_000);
  writeFileSync(join(content, 'media/huge-clip.mp4'), Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom')]));
  truncateSync(join(content, 'media/huge-clip.mp4'), 51_000_000);
  return outside;
}

/** Two typical editor mistakes in a sample entry: a misspelt key and a date written the Chinese way. */
function breakSampleEntry(project: string): void {
  const file = join(project, 'content/knowledge/hand-washing.mdx');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^title: /m, 'titel: ').replace(/^published: .*$/m, 'published: 2020年2月5日'));
}

const snapshot = (folder: string) => {
  const hashes = new Map<string, string>();
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isSymbolicLink()) hashes.set(relative(folder, path), `-> ${readlinkSync(path)}`);
      else if (item.isDirectory()) walk(path);
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
  let outside = '';

  beforeAll(async () => {
    cpSync(CORPUS, content, { recursive: true, filter: (source) => !source.endsWith('expected.json') });
    outside = await makeCreatedCases(project.dir);
    breakSampleEntry(project.dir);
    before = snapshot(content);
    problems = (await checkContent(project.dir)).problems;
    build = await runAstro(['build'], project.dir);
  });
  afterAll(() => {
    project.remove();
    rmSync(outside, { recursive: true, force: true });
    rmSync(join(dirname(project.dir), 'bad-content-outside.png'), { force: true });
  });

  it('has at least 25 cases', () => {
    expect(Object.values(expected).filter(Boolean).length).toBeGreaterThanOrEqual(25);
  });

  for (const [file, words] of Object.entries(expected)) {
    const path = `content/${file}`;
    if (words) {
      const severity = words.startsWith('提醒：') ? 'warning' : 'error';
      it(`explains ${file}`, () => {
        const messages = problems
          .filter((problem) => problem.file === path && problem.severity === severity)
          .map((problem) => problem.message);
        expect(messages.join('\n'), `${path}: ${JSON.stringify(problems.filter((p) => p.file === path))}`).toContain(
          words.replace(/^提醒：/, ''),
        );
      });
    } else {
      it(`reads ${file} correctly`, () => {
        expect(problems.filter((problem) => problem.file === path)).toEqual([]);
      });
    }
  }

  it('reports nothing for the sample content it was added to', () => {
    const others = problems.filter(
      (problem) => problem.severity === 'error' && !(problem.file.slice('content/'.length) in expected),
    );
    expect(others).toEqual([]);
  });

  it('stops the build with every file named and no stack trace', () => {
    expect(build.code).not.toBe(0);
    for (const [file, words] of Object.entries(expected))
      if (words) expect(build.output, file).toContain(`content/${file}`);
    expect(build.output).not.toMatch(/Stack trace|\n\s+at .*\.(js|ts):\d+/);
  });

  it('names the file, line and field of every mistake in the build output, in Chinese, with what to write', () => {
    expect(build.output).toContain('错误  content/knowledge/hand-washing.mdx（title）：“标题”必须填写。');
    expect(build.output).toMatch(
      /错误 {2}content\/knowledge\/hand-washing.mdx 第 \d+ 行（titel）：有未知的字段：titel。请检查拼写或删除。/,
    );
    expect(build.output).toMatch(
      /错误 {2}content\/knowledge\/hand-washing.mdx 第 \d+ 行（published）：“发布日期”“2020年2月5日”不是有效的日期。请按“2020-02-20”的格式填写日期/,
    );
    expect(build.output).toContain('内容检查：');
    expect(build.output).toContain(`${problems.filter((problem) => problem.severity === 'error').length} 个错误`);
  });

  it('publishes nothing from outside content/', () => {
    expect(readdirSync(project.dir)).not.toContain('dist');
  });

  it('changes or loses nothing in content/', () => {
    expect(snapshot(content)).toEqual(before);
  });
});

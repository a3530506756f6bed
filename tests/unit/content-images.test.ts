import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyImageProblems, imageFileProblems, imageReferenceProblem, imagesInBody } from '../../src/checks/images';

describe('the images of an entry’s body', () => {
  it('are found with their lines, written inline or as references, as Astro collects them', () => {
    const body = [
      '# 标题',
      '',
      '![步骤](./steps.png) 和 ![图][p]',
      '',
      '![远程](https://example.org/a.png)',
      '![站内](/og-default.png)',
      '',
      '[p]: ../media/a%20b.jpg',
    ].join('\n');
    expect(imagesInBody(body, 'content/knowledge/a.md', 13)).toEqual([
      { src: './steps.png', file: 'content/knowledge/a.md', line: 15 },
      { src: '../media/a%20b.jpg', file: 'content/knowledge/a.md', line: 15, reference: true },
    ]);
  });

  it('are not found in code or in text', () => {
    expect(imagesInBody('`![a](./x.png)`\n\n    ![b](./y.png)\n\n没有图片。', 'content/knowledge/a.md', 1)).toEqual([]);
  });
});

describe('an image an entry names', () => {
  let root = '';
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'content-images-'));
    mkdirSync(join(root, 'project/content/media'), { recursive: true });
    mkdirSync(join(root, 'project/content/knowledge'), { recursive: true });
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    writeFileSync(join(root, 'project/content/media/a b.png'), png);
    writeFileSync(join(root, 'project/content/knowledge/next-to-entry.png'), png);
    writeFileSync(join(root, 'outside.png'), png);
    writeFileSync(join(root, 'project/content/media/word.jpg'), 'PK\u0003\u0004 not an image');
    symlinkSync(join(root, 'outside.png'), join(root, 'project/content/media/link.png'));
    const withExif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Phone' } })
      .toBuffer();
    writeFileSync(join(root, 'project/content/knowledge/photo.jpg'), withExif);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const entry = () => join(root, 'project/content/knowledge/a.md');
  const problem = (src: string) => imageReferenceProblem(join(root, 'project'), entry(), src);

  it('may sit in content/media/ or next to the entry', () => {
    expect(problem('../media/a b.png')).toBeUndefined();
    expect(problem('./next-to-entry.png')).toBeUndefined();
  });

  it('is a file path in front matter and a URL in a body, as Astro reads them', () => {
    expect(problem('../media/a%20b.png')).toContain('找不到图片文件');
    expect(
      imageReferenceProblem(join(root, 'project'), entry(), '../media/a%20b.png', { isUrl: true }),
    ).toBeUndefined();
  });

  it('is refused outside content/, through a symlink, when missing or when not an image', () => {
    expect(problem('../../../outside.png')).toContain('不在 content 文件夹里');
    expect(problem('../media/link.png')).toContain('不在 content 文件夹里');
    expect(problem('./gone.png')).toContain('找不到图片文件“./gone.png”');
    expect(problem('../media/word.jpg')).toContain('“../media/word.jpg”不是图片文件');
    expect(problem('../media')).toContain('不是图片文件');
  });

  it('in a body is an error at its line', () => {
    const problems = bodyImageProblems(join(root, 'project'), [
      { src: './gone.png', file: 'content/knowledge/a.md', line: 20 },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'content/knowledge/a.md', line: 20 }),
    ]);
    expect(problems[0]!.message).toContain('正文中的图片：找不到图片文件');
  });

  it('in a body, written as a reference, is an error even when the file exists: Astro would publish a broken <img>', () => {
    const problems = bodyImageProblems(join(root, 'project'), [
      { src: './next-to-entry.png', file: 'content/knowledge/a.md', line: 9, reference: true },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', line: 9, message: expect.stringContaining('引用式写法') }),
    ]);
  });

  it('next to an entry gets the same rules as one in content/media/ (EXIF is a warning)', async () => {
    const problems = await imageFileProblems(join(root, 'project'), 'content/knowledge/photo.jpg');
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', file: 'content/knowledge/photo.jpg' })]);
    expect(problems[0]!.message).toContain('EXIF');
    expect(await imageFileProblems(join(root, 'project'), 'content/media/word.jpg')).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('不是有效的图片文件') }),
    ]);
  });
});

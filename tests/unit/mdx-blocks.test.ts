import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockData, blockPattern, blockText, insertableBlocks } from '../../src/mdx/blocks';
import { mdxProblems } from '../../src/mdx/check';
import { mdxContextOf, MDX_COLLECTIONS } from '../../src/mdx/collections';
import { vocabulary } from '../../src/mdx/vocabulary';

const root = process.cwd();
const samples = MDX_COLLECTIONS.flatMap((collection) =>
  readdirSync(join(root, 'content', collection))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({
      file: `content/${collection}/${name}`,
      text: readFileSync(join(root, 'content', collection, name), 'utf8'),
    })),
);

/** Every block in a text, found the way Decap's editor finds them: a pattern at the start of a block. */
const blocksIn = (text: string) =>
  [...text.matchAll(/^<(?!\/)/gm)]
    .map((start) => text.slice(start.index))
    .flatMap((rest) =>
      insertableBlocks
        .map((component) => ({ component, match: blockPattern(component).exec(rest) }))
        .filter(({ match }) => match),
    );

describe('the blocks as the CMS reads and writes them', () => {
  it('has at least six sample entries using the components, every one of them somewhere', () => {
    expect(samples.length).toBeGreaterThanOrEqual(6);
    const used = new Set(samples.flatMap(({ text }) => blocksIn(text).map(({ component }) => component.name)));
    for (const name of ['提示', '步骤', '热线', '海报', '问答', '视频', '图组']) expect(used, name).toContain(name);
    expect(samples.find(({ file }) => file === 'content/knowledge/hand-washing.mdx')!.text).toMatch(
      /<步骤 标题="七步洗手法[^"]*">\n1\. /,
    );
    // A task page (办事指引) carries 热线 cards.
    expect(samples.find(({ file }) => file === 'content/guides/fever.mdx')!.text).toMatch(
      /^<热线 名称="[^"]+" 号码="120"/m,
    );
  });

  it('passes the content check in every sample and every documented example', () => {
    const context = mdxContextOf(root);
    for (const { file, text } of samples) expect(mdxProblems(text, file, context), file).toEqual([]);
    for (const component of vocabulary.filter((candidate) => !('onlyInside' in candidate))) {
      // The examples name media files an office may not have uploaded: only their form is checked.
      expect(
        mdxProblems(`${component.example}\n`, 'example.mdx', { posters: context.posters }),
        component.name,
      ).toEqual([]);
    }
  });

  it('writes back every block of the samples exactly as it read it', () => {
    let count = 0;
    for (const { file, text } of samples) {
      for (const { component, match } of blocksIn(text)) {
        expect(blockText(component, blockData(component, match!)), file).toBe(match![0]);
        count++;
      }
    }
    expect(count).toBeGreaterThanOrEqual(10);
  });

  it('writes what an editor fills in as a block the check accepts, with their text changed only where they changed it', () => {
    const steps = insertableBlocks.find((component) => component.name === '步骤')!;
    const hotline = insertableBlocks.find((component) => component.name === '热线')!;
    const qa = insertableBlocks.find((component) => component.name === '问答')!;
    const written = [
      blockText(steps, { 标题: '七步洗手法', 内容: '1. 内\n2. 外' }),
      blockText(hotline, { 名称: '市民热线 "24小时"', 号码: '12345', 时间: '' }),
      blockText(qa, { 标题: '常见问题', 条目: [{ 题: '口罩能重复用吗？', 内容: '不建议。' }] }),
    ].join('\n\n');
    expect(written).toContain('<热线 名称="市民热线 ＂24小时＂" 号码="12345" />');
    expect(mdxProblems(written, 'new.mdx')).toEqual([]);
    const qaMatch = blockPattern(qa).exec(
      blockText(qa, {
        条目: [
          { 题: 'a', 内容: 'b' },
          { 题: 'c', 内容: 'd' },
        ],
      }),
    )!;
    expect(blockData(qa, qaMatch)).toEqual({
      条目: [
        { 题: 'a', 内容: 'b' },
        { 题: 'c', 内容: 'd' },
      ],
    });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdxFeedHtml } from '../../src/mdx/feed-html';

const page = 'https://example.org/knowledge/x/';

describe('MDX bodies in feeds', () => {
  it('writes each block as plain HTML a feed reader shows without the site', () => {
    const html = mdxFeedHtml(
      [
        '---\ntitle: x\n---',
        '<提示 级别="紧急" 标题="立即就医">\n发热请**就医**。\n</提示>',
        '<步骤 标题="七步洗手法">\n1. 内\n2. 外\n</步骤>',
        '<热线 名称="市民服务热线" 号码="0351-12345" 时间="24 小时" />',
        '<问答 标题="常见问题">\n<问 题="口罩能重复用吗？">\n不建议。\n</问>\n</问答>',
        '<视频 文件="a.webm" 字幕="a.vtt" 封面="a.jpg" 标题="洗手演示" />',
        '<图组 说明="现场">\n<图 图片="a.jpg" 替代文本="志愿者登记" 说明="登记" />\n</图组>',
        '<海报 编号="wear-masks" />',
      ].join('\n\n'),
      page,
    );
    expect(html).toContain(
      '<div role="note"><p><strong>紧急：立即就医</strong></p><p>发热请<strong>就医</strong>。</p></div>',
    );
    expect(html).toContain('<p><strong>七步洗手法</strong></p><ol>');
    expect(html).toContain('<li>内</li>');
    expect(html).toContain(
      '<p><strong>市民服务热线</strong>：<a href="tel:035112345">0351-12345</a>（服务时间：24 小时）</p>',
    );
    expect(html).toContain('<dl><dt>问：口罩能重复用吗？</dt><dd><p>不建议。</p></dd></dl>');
    expect(html).toContain(`<a href="${page}">洗手演示</a>`);
    expect(html).toContain('（图：志愿者登记。登记）');
    expect(html).toContain('<a href="/posters/wear-masks/">');
    expect(html).not.toMatch(/mdx-|class=|<script|title: x/);
  });

  it('writes nothing of code or unknown tags, should one get past the check', () => {
    const html = mdxFeedHtml(
      'export const x = 1\n\n正文 {alert(1)}\n\n<Foo onClick="x" />\n\n<提示 onClick="x">\n小心\n</提示>',
      page,
    );
    expect(html.replace(/\n/g, '')).toBe('<p>正文 </p><div role="note"><p><strong>提示</strong></p><p>小心</p></div>');
  });

  it('gives the 七步洗手法 sample all seven steps', () => {
    const html = mdxFeedHtml(readFileSync('content/knowledge/hand-washing.mdx', 'utf8'), page);
    expect(html.match(/<li>/g)?.length).toBeGreaterThanOrEqual(13);
    expect(html).toContain('<strong>腕</strong>');
    expect(html).toContain('href="tel:12320"');
  });
});

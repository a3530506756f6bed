import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bodyProblems, MAX_TEXT_BYTES, sizeProblem } from '../../src/checks/body';
import { frontMatterUrlProblems } from '../../src/checks/front-matter-urls';
import { linksInBody } from '../../src/checks/links';
import { absolutizeUrls } from '../../src/lib/feed-html';
import { isRemoteUrl, isSafeUrl, safeHref, urlScheme } from '../../src/lib/safe-url';
import { htmlAsText } from '../../src/markdown/html-as-text';
import { safeUrls } from '../../src/markdown/safe-urls';

/** Bodies that a probe published as script links, and obvious variants of each. */
const HOSTILE_BODIES = [
  '[领取口罩](javascript&#58;alert(1))',
  '[点这里](&#106;avascript:alert(2))',
  '[看这里][r1]\n\n[r1]: jav&#x61;script:alert(3)',
  '<javascript:alert(1)>',
  '[大小写](JaVaScRiPt:alert(4))',
  '[数据](data:text/html,alert(5))',
  '[数据2](<data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==>)',
  '[vb](vbscript:msgbox(7))',
  '[制表符](<java&#9;script:alert(8)>)',
  '[换行](<java&#10;script:alert(9)>)',
  '[空格](  javascript:alert(10))',
  '[文件](file:///etc/passwd)',
  '[命名实体](javascript&colon;alert(11))',
  '![图](javascript:alert(12))',
  '![图](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)',
];

const render = (body: string) =>
  markdownToHtml(body, { mdastPlugins: [htmlAsText], hastPlugins: [safeUrls] }).html.trim();

describe('the URL allow-list', () => {
  it('reads the scheme a browser would read', () => {
    expect(urlScheme('JaVaScRiPt:alert(1)')).toBe('javascript');
    expect(urlScheme('java\tscript:alert(1)')).toBe('javascript');
    expect(urlScheme(' \u0001javascript:alert(1)')).toBe('javascript');
    expect(urlScheme('&#106;avascript:alert(1)')).toBe('javascript');
    expect(urlScheme('javascript&#x3A;alert(1)')).toBe('javascript');
    expect(urlScheme('javascript%3Aalert(1)')).toBe('javascript');
    expect(urlScheme('/knowledge/masks/')).toBeUndefined();
    expect(urlScheme('./photo.jpg')).toBeUndefined();
    expect(urlScheme('/search/?q=a:b')).toBeUndefined();
  });

  it('allows http, https, mailto, tel and relative addresses only', () => {
    for (const url of [
      'https://www.gov.cn/',
      'http://example.com',
      'mailto:a@example.com',
      'tel:12345',
      '/notices/plan/',
      '#part',
      'photo.jpg',
      '../media/a.jpg',
    ]) {
      expect(isSafeUrl(url), url).toBe(true);
    }
    for (const url of [
      'javascript:alert(1)',
      'vbscript:x',
      'data:text/html,x',
      'file:///etc/passwd',
      'weixin://x',
      'JAVASCRIPT:x',
      'ｊａｖａｓｃｒｉｐｔ：x',
    ]) {
      expect(isSafeUrl(url), url).toBe(false);
    }
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('/knowledge/')).toBe('/knowledge/');
  });

  it('knows remote images', () => {
    expect(isRemoteUrl('https://evil.example/a.png')).toBe(true);
    expect(isRemoteUrl('//evil.example/a.png')).toBe(true);
    expect(isRemoteUrl('../media/a.png')).toBe(false);
  });
});

describe('the content check of bodies', () => {
  for (const body of HOSTILE_BODIES) {
    it(`refuses ${JSON.stringify(body)} with its line`, () => {
      const problems = bodyProblems(`第一段。\n\n${body}\n`, 'content/knowledge/x.md', 12);
      const errors = problems.filter((problem) => problem.severity === 'error');
      expect(errors.length, JSON.stringify(problems)).toBe(1);
      expect(errors[0]!.message).toContain('网站不会发布');
      // The body starts at line 12; the hostile link is on its third line (a definition on the fifth).
      expect([14, 16]).toContain(errors[0]!.line);
    });
  }

  it('refuses remote images and says why', () => {
    const [problem] = bodyProblems('![口罩](https://evil.example/mask.png)', 'content/knowledge/x.md', 5);
    expect(problem).toMatchObject({ severity: 'error', line: 5 });
    expect(problem!.message).toContain('来自其他网站');
  });

  it('accepts ordinary links, autolinks, mail and phone links', () => {
    const body =
      '[计划](/notices/plan/) <https://www.gov.cn/> www.nhc.gov.cn [邮件](mailto:a@example.com) [电话](tel:12345) ![图](../media/a.jpg)\n\n[r]: https://www.gov.cn/';
    expect(bodyProblems(body, 'content/knowledge/x.md', 1)).toEqual([]);
  });

  it('finds site links in reference definitions too', () => {
    expect(linksInBody('[计划][p]\n\n[p]: /notices/no-such/', 'content/knowledge/x.md', 10)).toEqual([
      { href: '/notices/no-such/', file: 'content/knowledge/x.md', line: 12 },
    ]);
  });

  it('limits the size of a file and says the limit', () => {
    expect(sizeProblem('防'.repeat(60_000), 'content/knowledge/x.md')).toBeUndefined();
    const problem = sizeProblem('防'.repeat(MAX_TEXT_BYTES / 3 + 1), 'content/knowledge/x.md');
    expect(problem?.severity).toBe('error');
    expect(problem?.message).toContain('最多 200 KB');
  });

  it('checks front-matter and settings links, with field and line', () => {
    const yaml = 'siteName: 网站\nbanner:\n  enabled: true\n  text: 通知\n  link: " JaVa\\tScript:alert(1)"';
    const problems = frontMatterUrlProblems(
      { siteName: '网站', banner: { enabled: true, text: '通知', link: ' JaVa\tScript:alert(1)' } },
      yaml,
      'content/settings/site.yml',
      1,
    );
    expect(problems).toMatchObject([{ severity: 'error', field: 'banner.link', line: 5 }]);
    expect(frontMatterUrlProblems({ banner: { link: '/knowledge/' } }, '', 'content/settings/site.yml', 1)).toEqual([]);
  });
});

describe('the Markdown renderer', () => {
  for (const body of HOSTILE_BODIES) {
    it(`publishes ${JSON.stringify(body)} without the address`, () => {
      const html = render(body);
      expect(html).not.toMatch(/href=|src=|<a\b|<img\b/);
    });
  }

  it('is what stands between the probe and readers: without it, the same Markdown publishes script links', () => {
    const bare = markdownToHtml(HOSTILE_BODIES.slice(0, 4).join('\n\n'), { mdastPlugins: [htmlAsText] }).html;
    expect(bare.match(/href="javascript:/g)?.length).toBe(4);
  });

  it('keeps the text of a dropped link and the alt text of a dropped image', () => {
    expect(render('[领取**口罩**](javascript&#58;alert(1))')).toBe('<p>领取<strong>口罩</strong></p>');
    expect(render('![口罩示意图](https://evil.example/a.png)')).toBe('<p>口罩示意图</p>');
  });

  it('leaves good links alone', () => {
    expect(render('[计划](/notices/plan/) [国务院](https://www.gov.cn/) [电话](tel:12345)')).toBe(
      '<p><a href="/notices/plan/">计划</a> <a href="https://www.gov.cn/">国务院</a> <a href="tel:12345">电话</a></p>',
    );
  });

  it('feeds never carry a script address either', () => {
    expect(absolutizeUrls('<a href="javascript:alert(1)">x</a><a href="/a/">y</a>', 'https://site.example/k/')).toBe(
      '<a href="#">x</a><a href="https://site.example/a/">y</a>',
    );
  });
});

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro, type RunResult } from '../helpers/build';
import { copyProject } from '../helpers/project-copy';

/** An address a browser would run or load as a document: checked here without the site's own code. */
const SCRIPT_ADDRESS = /^(?:javascript|vbscript|data|file):/i;
// eslint-disable-next-line no-control-regex -- browsers ignore control characters in a scheme, so does this check
const scriptish = (address: string) => SCRIPT_ADDRESS.test(address.replace(/[\u0000-\u0020]/g, ''));

/** Every link and image address in an HTML document or fragment (attribute values decoded, as a browser reads them). */
function addressesIn(html: string): string[] {
  const root = parseHtml(html);
  return [
    ...root.querySelectorAll('[href]').map((element) => element.getAttribute('href')!),
    ...root.querySelectorAll('[src]').map((element) => element.getAttribute('src')!),
  ];
}

const FRONT = `title: 领取口罩的通知（探测）
summary: 社区发放口罩。
published: 2026-11-01
source: 太原市卫生健康委员会
editor: 市文明办综合科
topic: 个人防护
audience: [全体市民]
reviewed: 2026-11-02
nextReview: 2027-05-02
`;

/** What an outside probe got published, and variants, in one body: the content check is off in this build. */
const HOSTILE_BODY = `## 领取方式

[领取口罩](javascript&#58;alert(1))，[点这里](&#106;avascript:alert(2))，[参考链接][r1]，<javascript:alert(4)>，
[大小写](JaVaScRiPt:alert(5))，[数据](data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==)，[VB](vbscript:msgbox(7))，
[制表符](<java&#9;script:alert(8)>)，![外站图片](https://tracker.example/pixel.png)，![脚本图片](javascript:alert(9))。

[戴口罩的正确方法](/knowledge/masks/)

[r1]: jav&#x61;script:alert(3)
`;

describe('script addresses in content, with the content check switched off', () => {
  const project = copyProject();
  let result: RunResult;
  const dist = join(project.dir, 'dist');
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');

  beforeAll(async () => {
    // As if the check had been skipped: the build runs without its content-check integration.
    const config = join(project.dir, 'src/integrations/site.ts');
    const source = readFileSync(config, 'utf8');
    expect(source).toContain('    contentCheckIntegration(),\n');
    writeFileSync(config, source.replace('    contentCheckIntegration(),\n', ''));
    writeFileSync(join(project.dir, 'content/knowledge/probe-links.md'), `---\n${FRONT}---\n\n${HOSTILE_BODY}`);
    const settings = join(project.dir, 'content/settings/site.yml');
    writeFileSync(
      settings,
      readFileSync(settings, 'utf8').replace(/^ {2}link: .*$/m, '  link: " JaVa\\tScRiPt:alert(document.domain)"'),
    );
    result = await runAstro(['build'], project.dir);
  });
  afterAll(() => project.remove());

  it('builds', () => {
    expect(result.code, result.output.slice(-3000)).toBe(0);
  });

  it('publishes the text of each link on the page, but no script address', () => {
    const html = read('knowledge/probe-links/index.html');
    const article = parseHtml(html).querySelector('main')!;
    for (const words of ['领取口罩', '点这里', '参考链接', '大小写', '数据', 'VB', '制表符', '外站图片', '脚本图片'])
      expect(article.text).toContain(words);
    expect(addressesIn(html).filter(scriptish)).toEqual([]);
    expect(addressesIn(html)).not.toContain('https://tracker.example/pixel.png');
    // The good link beside them stays a link.
    expect(article.querySelector('a[href="/knowledge/masks/"]')?.text).toBe('戴口罩的正确方法');
  });

  it('shows the banner without its script link, on every page', () => {
    const pages: string[] = [];
    const walk = (folder: string) => {
      for (const item of readdirSync(folder, { withFileTypes: true })) {
        if (item.isDirectory()) walk(join(folder, item.name));
        else if (item.name.endsWith('.html')) pages.push(join(folder, item.name));
      }
    };
    walk(dist);
    expect(pages.length).toBeGreaterThan(50);
    const home = parseHtml(read('index.html'));
    expect(home.querySelector('.banner')?.text).toContain('疫情防控知识持续更新');
    // The hotline stays tappable; the 详情 link, whose address was a script, is gone.
    expect(home.querySelector('.banner a.banner__more')).toBeNull();
    expect(home.querySelector('.banner a.tel')?.getAttribute('href')).toBe('tel:12345');
    for (const file of pages) {
      expect(addressesIn(readFileSync(file, 'utf8')).filter(scriptish), relative(dist, file)).toEqual([]);
    }
  });

  it('carries the same sanitized HTML in the JSON Feeds and RSS', () => {
    for (const file of ['feed.json', 'knowledge/feed.json']) {
      const feed = JSON.parse(read(file)) as { items: { url: string; content_html: string }[] };
      const item = feed.items.find((candidate) => candidate.url.endsWith('/knowledge/probe-links/'));
      expect(item, file).toBeDefined();
      expect(item!.content_html).toContain('领取口罩');
      expect(addressesIn(item!.content_html).filter(scriptish), file).toEqual([]);
      expect(addressesIn(item!.content_html), file).not.toContain('https://tracker.example/pixel.png');
    }
    const rss = new XMLParser().parse(read('knowledge/rss.xml')) as {
      rss: { channel: { item: { link: string; 'content:encoded'?: string; description?: string }[] } };
    };
    const item = rss.rss.channel.item.find((candidate) => candidate.link.endsWith('/knowledge/probe-links/'));
    const html = item?.['content:encoded'] ?? item?.description ?? '';
    expect(html).toContain('领取口罩');
    expect(addressesIn(html).filter(scriptish)).toEqual([]);
  });
});

describe('a knowledge file saved with a BOM and CRLF line ends', () => {
  const project = copyProject();
  let result: RunResult;

  beforeAll(async () => {
    const text = `---\n${FRONT.replace('领取口罩的通知（探测）', '用记事本保存的文章')}---\n\n## 洗手\n\n饭前便后要洗手。[戴口罩](/knowledge/masks/)\n`;
    writeFileSync(join(project.dir, 'content/knowledge/windows-notepad.md'), `\ufeff${text.replace(/\n/g, '\r\n')}`);
    result = await runAstro(['build'], project.dir);
  });
  afterAll(() => project.remove());

  it('passes the check and builds, through the review report, to a page', () => {
    expect(result.output).not.toMatch(/expected a document|YAMLException|Stack trace/);
    expect(result.code, result.output.slice(-3000)).toBe(0);
    const page = parseHtml(readFileSync(join(project.dir, 'dist/knowledge/windows-notepad/index.html'), 'utf8'));
    expect(page.querySelector('h1')?.text).toContain('用记事本保存的文章');
    expect(page.querySelector('main')?.text).toContain('饭前便后要洗手');
  });
});

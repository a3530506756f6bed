import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../src/lib/embed';
import { absolutizeUrls, figureHtml } from '../../src/lib/feed-html';
import { escapeHtml, unescapeHtml } from '../../src/lib/html-escape';
import { JSON_FEED_VERSION, jsonFeedResponse } from '../../src/lib/json-feed';

const SITE = 'https://wenming.taiyuan.example';

describe('absolutizeUrls', () => {
  it('makes site paths and relative paths absolute', () => {
    const html = '<p><a href="/knowledge/masks/">口罩</a> <img src="../_astro/a.jpg" alt="图"></p>';
    expect(absolutizeUrls(html, `${SITE}/knowledge/hand-washing/`)).toBe(
      `<p><a href="${SITE}/knowledge/masks/">口罩</a> <img src="${SITE}/knowledge/_astro/a.jpg" alt="图"></p>`,
    );
  });

  it('leaves absolute, mailto, tel and fragment links alone', () => {
    const html = `<a href="https://www.gov.cn/">政府网</a><a href='mailto:a@b.cn'>信</a><a href="tel:12345">电话</a><a href="#fn1">注</a>`;
    expect(absolutizeUrls(html, SITE)).toBe(html.replace("'mailto:a@b.cn'", '"mailto:a@b.cn"'));
  });

  it('rewrites every candidate of a srcset', () => {
    expect(absolutizeUrls('<img srcset="/a.jpg 360w, /b.jpg 720w">', SITE)).toBe(
      `<img srcset="${SITE}/a.jpg 360w, ${SITE}/b.jpg 720w">`,
    );
  });

  it('does not touch text that only looks like an attribute (rendered Markdown escapes its quotes)', () => {
    const html = '<p>写作 href=&quot;/x&quot; 的例子</p>';
    expect(absolutizeUrls(html, SITE)).toBe(html);
  });
});

describe('figureHtml', () => {
  it('escapes the alternative text', () => {
    expect(figureHtml({ src: `${SITE}/a.jpg`, alt: '“勤洗手”<海报>', width: 720, height: 480 })).toBe(
      `<figure><img src="${SITE}/a.jpg" alt="“勤洗手”&lt;海报&gt;" width="720" height="480"></figure>`,
    );
    expect(escapeHtml(`a&"'`)).toBe('a&amp;&quot;&#39;');
  });
});

describe('unescapeHtml', () => {
  it('reads back what escapeHtml wrote, an escaped entity staying text', () => {
    const text = `<防疫> & "口罩" 'N95' &amp;`;
    expect(unescapeHtml(escapeHtml(text))).toBe(text);
  });
});

describe('jsonFeedResponse', () => {
  it('serves a JSON Feed 1.1 document with its media type', async () => {
    const response = jsonFeedResponse({
      title: '防疫知识',
      home_page_url: `${SITE}/`,
      feed_url: `${SITE}/feed.json`,
      items: [],
    });
    expect(response.headers.get('Content-Type')).toBe('application/feed+json; charset=utf-8');
    expect(await response.json()).toMatchObject({ version: JSON_FEED_VERSION, title: '防疫知识', items: [] });
  });
});

describe('embedSnippet', () => {
  it('is an iframe with an accessible title that opens links elsewhere, cannot navigate the host page, and sizes itself', () => {
    const snippet = embedSnippet({
      src: `${SITE}/embed/knowledge/`,
      title: '太原文明网·防疫知识 "最新"',
      resizeScript: `${SITE}/embed/resize.js`,
    });
    expect(snippet).toContain(`src="${SITE}/embed/knowledge/"`);
    expect(snippet).toContain('title="太原文明网·防疫知识 &quot;最新&quot;"');
    expect(snippet).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
    expect(snippet).not.toContain('allow-top-navigation');
    expect(snippet).toContain('data-wenming-embed');
    expect(snippet).toContain(`<script src="${SITE}/embed/resize.js" async></script>`);
    expect(snippet).not.toContain('style=');
  });
});

import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ARTICLE_COLLECTIONS } from '../../src/config/sections';
import { isDraft, readCollection } from '../helpers/content';
import { existsInDist, page, readDist } from '../helpers/dist';

const SITE = 'https://wenming.taiyuan.example';

describe('embed pages', () => {
  for (const collection of ARTICLE_COLLECTIONS) {
    it(`${collection}: the latest entries, with no site chrome, opening articles in a new window`, () => {
      const html = page(`/embed/${collection}/`);
      expect(html.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
      expect(html.querySelector('title')?.textContent).toBeTruthy();
      expect(html.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${SITE}/embed/${collection}/`);
      expect(html.querySelector('link[rel=stylesheet]')).toBeTruthy();
      for (const chrome of ['header', 'footer', 'nav', '.site-header', '.site-footer', '.skip-link', '.banner']) {
        expect(html.querySelector(chrome), `${collection}: ${chrome}`).toBeNull();
      }
      const listed = readCollection(collection).filter((entry) => !isDraft(entry) && !entry.data.withdrawn);
      const items = html.querySelectorAll('.embed-list li');
      expect(items).toHaveLength(Math.min(8, listed.length));
      const links = html.querySelectorAll('main a');
      expect(links.length).toBeGreaterThan(items.length);
      for (const link of links) {
        const href = link.getAttribute('href')!;
        expect(href, collection).toMatch(new RegExp(`^${SITE}/`));
        expect(existsInDist(`${new URL(href).pathname.slice(1)}index.html`), href).toBe(true);
        expect(link.getAttribute('target'), href).toBe('_blank');
        expect(link.getAttribute('rel')?.split(' ').sort(), href).toEqual(['noopener', 'noreferrer']);
      }
    });
  }

  it('stay out of the sitemap and search results', () => {
    expect(readDist('sitemap-0.xml')).not.toContain('/embed/');
    expect(page('/embed/knowledge/').querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
  });
});

describe('the 订阅与嵌入 page', () => {
  // node-html-parser keeps <pre> as raw text unless told otherwise; the snippets are <pre><code>.
  const html = parse(readDist('feeds/index.html'), { blockTextElements: { script: true, style: true } });

  it('gives every section its feeds and an iframe snippet for its embed page', () => {
    for (const collection of ARTICLE_COLLECTIONS) {
      const section = html.querySelector(`section[aria-labelledby="${collection}"]`)!;
      expect(section.querySelector(`a[href="/${collection}/rss.xml"]`), collection).toBeTruthy();
      expect(section.querySelector(`a[href="/${collection}/feed.json"]`), collection).toBeTruthy();
      const snippet = section.querySelector('pre code[data-copy]')!.textContent;
      expect(snippet).toContain(`<iframe src="${SITE}/embed/${collection}/"`);
      expect(snippet).toMatch(/title="[^"]+"/);
      expect(existsInDist(`embed/${collection}/index.html`)).toBe(true);
    }
  });

  it('is linked from every page footer', () => {
    expect(page('/').querySelector('footer a[href="/feeds/"]')).toBeTruthy();
  });
});

import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ARTICLE_COLLECTIONS } from '../../src/config/sections';
import { isDraft, readCollection } from '../helpers/content';
import { page, sitePages, textOf } from '../helpers/dist';

const SITE = 'https://wenming.taiyuan.example';
const published = ARTICLE_COLLECTIONS.flatMap((collection) => readCollection(collection)).filter(
  (entry) => !isDraft(entry),
);
const entryPages = published.map((entry) => ({ entry, path: `/${entry.collection}/${entry.id}/` }));

describe('contents list (目录)', () => {
  it('lists every section of a long article and links to it', () => {
    const html = page('/notices/wenming-2020-1/');
    const links = html.querySelectorAll('nav.toc a');
    const headings = html.querySelectorAll('.prose h2, .prose h3');
    expect(links.map((link) => link.textContent.trim())).toEqual(headings.map((heading) => heading.textContent.trim()));
    for (const link of links) {
      const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
      expect(html.getElementById(id), id).not.toBeNull();
    }
  });

  it('is left out of short articles, even those with several sections', () => {
    expect(page('/posters/wear-masks/').querySelector('nav.toc')).toBeNull();
    expect(page('/stories/community-doctor/').querySelectorAll('.prose h2').length).toBeGreaterThanOrEqual(3);
    expect(page('/stories/community-doctor/').querySelector('nav.toc')).toBeNull();
  });
});

describe('related entries (相关内容)', () => {
  const current = new Set(
    published
      .filter((entry) => !entry.data.withdrawn && !entry.data.supersededBy)
      .map((entry) => `/${entry.collection}/${entry.id}/`),
  );

  it('links every entry page to up to four other published entries that are neither withdrawn nor superseded', () => {
    expect(current.has('/knowledge/masks/')).toBe(false);
    for (const { path } of entryPages) {
      const links = page(path)
        .querySelectorAll('.related a')
        .map((link) => link.getAttribute('href')!);
      expect(links.length, path).toBeGreaterThan(0);
      expect(links.length, path).toBeLessThanOrEqual(4);
      expect(new Set(links).size, path).toBe(links.length);
      expect(links, path).not.toContain(path);
      for (const link of links) expect(current.has(link), `${path} → ${link}`).toBe(true);
    }
  });

  it('puts a poster’s article first, and the article’s posters among its related entries', () => {
    const poster = published.find((entry) => entry.collection === 'posters' && entry.data.relatedKnowledge)!;
    const article = `/knowledge/${String(poster.data.relatedKnowledge)}/`;
    expect(page(`/posters/${poster.id}/`).querySelector('.related a')?.getAttribute('href')).toBe(article);
    expect(
      page(article)
        .querySelectorAll('.related a')
        .map((link) => link.getAttribute('href')),
    ).toContain(`/posters/${poster.id}/`);
  });

  it('prefers the same topic', () => {
    const links = page('/knowledge/masks-2026/')
      .querySelectorAll('.related a')
      .map((link) => link.getAttribute('href')!);
    const topicOf = (href: string) =>
      published.find((entry) => `/${entry.collection}/${entry.id}/` === href)?.data.topic;
    expect(topicOf(links[0]!)).toBe('个人防护');
  });
});

describe('share tools', () => {
  it('show the page’s public address and a QR code a phone can scan to open it', async () => {
    for (const path of ['/knowledge/hand-washing/', '/customs/lin-li-shou-wang-xiang-zhu-0ku4uc/']) {
      const share = page(path).querySelector('.share')!;
      expect(textOf(share)).toContain(`${SITE}${path}`);
      expect(share.querySelector('button[data-copy-link]')?.getAttribute('data-copy-link')).toBe(`${SITE}${path}`);
      const svg = share.querySelector('svg')!;
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toBeTruthy();
      expect(svg.getAttribute('width')).toMatch(/^\d+$/);
      // Drawn to pixels the way a phone camera sees it, then decoded.
      const { data, info } = await sharp(
        Buffer.from(svg.outerHTML.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"')),
      )
        .resize(400)
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data, path).toBe(`${SITE}${path}`);
    }
  });
});

describe('reading tools', () => {
  it('are on every entry page, and read the title and the article', () => {
    for (const { entry, path } of entryPages) {
      const html = page(path);
      if (entry.data.withdrawn) continue;
      expect(html.querySelector('[data-text-size-choice="large"]'), path).not.toBeNull();
      expect(html.querySelector('[data-read-aloud-controls]')?.hasAttribute('hidden'), path).toBe(true);
      expect(
        html.querySelectorAll('[data-read-aloud]').map((element) => element.tagName),
        path,
      ).toEqual(['H1', 'DIV']);
    }
  });

  it('are not on listing pages', () => {
    expect(page('/knowledge/').querySelector('[data-read-aloud-controls], [data-text-size-choice]')).toBeNull();
  });
});

describe('emergency banner, switched on in the sample settings', () => {
  it('shows on every page with its level and link', () => {
    for (const file of sitePages()) {
      const banner = page(`/${file}`).querySelector('aside.banner');
      expect(banner, file).not.toBeNull();
      expect(textOf(banner!), file).toContain('提示');
      expect(banner!.querySelector('a.banner__more')?.getAttribute('href'), file).toBe('/knowledge/');
      expect(banner!.querySelector('a.tel')?.getAttribute('href'), file).toBe('tel:12345');
    }
  });
});

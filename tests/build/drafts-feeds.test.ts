import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ARTICLE_COLLECTIONS, SECTIONS } from '../../src/config/sections';
import { isDraft, readCollection } from '../helpers/content';
import { distFiles, htmlPages, readDist } from '../helpers/dist';

const SITE = 'https://wenming.taiyuan.example';
const all = SECTIONS.flatMap((section) => readCollection(section.collection));
const drafts = all.filter(isDraft);

describe('drafts', () => {
  it('exist in several collections of the sample content', () => {
    expect(new Set(drafts.map((draft) => draft.collection)).size).toBeGreaterThanOrEqual(4);
  });

  it('leave no trace anywhere in the built site', () => {
    const textFiles = distFiles().filter((file) => /\.(html|xml|json|txt|js|css)$/.test(file));
    for (const file of textFiles) {
      const text = readDist(file);
      for (const draft of drafts) {
        // A slogan's text is its title.
        expect(text.includes(String(draft.data.title ?? draft.data.text)), `${draft.file} appears in ${file}`).toBe(
          false,
        );
        expect(text.includes(`/${draft.collection}/${draft.id}/`), `link to ${draft.file} in ${file}`).toBe(false);
      }
    }
  });
});

describe('RSS feed', () => {
  const xml = readDist('rss.xml');

  it('is well-formed', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('has every published article (newest 50) with absolute links', () => {
    const feed = new XMLParser().parse(xml);
    const items = [feed.rss.channel.item].flat() as { link: string; title: string }[];
    const published = ARTICLE_COLLECTIONS.flatMap((collection) => readCollection(collection)).filter(
      (entry) => !isDraft(entry) && !entry.data.withdrawn,
    );
    expect(items).toHaveLength(Math.min(50, published.length));
    const links = new Set(items.map((item) => item.link));
    // The feed's order (src/data/entries.ts, byNewest): newest first, equal days by title.
    const time = (entry: (typeof published)[number]) => new Date(entry.data.published as string | Date).getTime();
    const newest = [...published]
      .sort((a, b) => time(b) - time(a) || String(a.data.title).localeCompare(String(b.data.title), 'zh-CN'))
      .slice(0, 50);
    for (const entry of newest) expect(links.has(`${SITE}/${entry.collection}/${entry.id}/`), entry.file).toBe(true);
    expect(feed.rss.channel.language).toBe('zh-CN');
  });
});

describe('sitemap', () => {
  // /embed/ pages are framed by other sites, not read on their own.
  it('is well-formed and lists every public page, and nothing else', () => {
    const index = readDist('sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const sitemapFiles = distFiles().filter((file) => /^sitemap-\d+\.xml$/.test(file));
    expect(sitemapFiles.length).toBeGreaterThan(0);
    const urls = new Set<string>();
    for (const file of sitemapFiles) {
      const xml = readDist(file);
      expect(XMLValidator.validate(xml)).toBe(true);
      for (const entry of [new XMLParser().parse(xml).urlset.url].flat()) urls.add(entry.loc);
    }
    const expected = htmlPages()
      // The 404 and search pages, the CMS, embeds (shown inside other sites) and the print forms (posters'
      // /print/, whose canonical address is the poster's page; slogans' /banner/ and /wall/) are no pages to find.
      .filter(
        (file) =>
          !['404.html', 'search/index.html'].includes(file) &&
          !file.startsWith('admin/') &&
          !file.startsWith('embed/') &&
          !file.endsWith('/print/index.html') &&
          !/^slogans\/[^/]+\/(banner|wall)\/index\.html$/.test(file),
      )
      .map((file) => `${SITE}/${file.replace(/index\.html$/, '')}`);
    expect([...urls].sort()).toEqual(expected.sort());
  });

  it("points a poster's print form at the poster's page as its canonical address", () => {
    const html = readDist('posters/wear-masks/print/index.html');
    expect(html).toContain(`<link rel="canonical" href="${SITE}/posters/wear-masks/">`);
  });
});

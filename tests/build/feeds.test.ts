import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ARTICLE_COLLECTIONS } from '../../src/config/sections';
import { isDraft, readCollection, type ContentFile } from '../helpers/content';
import { existsInDist, page, readDist } from '../helpers/dist';

const SITE = 'https://wenming.taiyuan.example';
/** Published and not withdrawn: what readers may list, counted from the content files. */
const listed = (collection: string): ContentFile[] =>
  readCollection(collection).filter((entry) => !isDraft(entry) && !entry.data.withdrawn);
const unlisted = (collection: string): ContentFile[] =>
  readCollection(collection).filter((entry) => isDraft(entry) || Boolean(entry.data.withdrawn));
const urlOf = (entry: ContentFile) => `${SITE}/${entry.collection}/${entry.id}/`;

/** Every link and image address in an HTML fragment. */
function addressesIn(html: string): string[] {
  const root = parseHtml(html);
  return [
    ...root.querySelectorAll('[href]').map((element) => element.getAttribute('href')!),
    ...root.querySelectorAll('[src]').map((element) => element.getAttribute('src')!),
  ];
}

/** An address on this site points at a file in dist/; another site's is left alone. */
function expectAbsoluteAndBuilt(address: string, where: string) {
  expect(address, where).toMatch(/^(https:\/\/|mailto:|tel:|#)/);
  if (address.startsWith(`${SITE}/`)) {
    const path = new URL(address).pathname.slice(1);
    expect(
      existsInDist(path.endsWith('/') || path === '' ? `${path}index.html` : decodeURIComponent(path)),
      `${address} in ${where}`,
    ).toBe(true);
  }
}

interface RssItem {
  title: string;
  link: string;
  'content:encoded'?: string;
}

describe('section RSS feeds', () => {
  for (const collection of ARTICLE_COLLECTIONS) {
    it(`${collection}: well-formed, with every listed entry and its full content`, () => {
      const xml = readDist(`${collection}/rss.xml`);
      expect(XMLValidator.validate(xml), collection).toBe(true);
      const channel = new XMLParser().parse(xml).rss.channel;
      expect(channel.language).toBe('zh-CN');
      const items = [channel.item ?? []].flat() as RssItem[];
      const expected = listed(collection).slice(0, 50);
      expect(items.map((item) => item.link).sort()).toEqual(expected.map(urlOf).sort());
      for (const item of items) {
        expect(item['content:encoded'], item.link).toBeTruthy();
        for (const address of addressesIn(item['content:encoded']!)) expectAbsoluteAndBuilt(address, item.link);
      }
    });
  }
});

interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  image?: string;
  date_published: string;
}

/** Checks a JSON Feed document; its items must be `expected`, or some of them when the feed is capped. */
function checkJsonFeed(file: string, expected: ContentFile[], capped = false) {
  const feed = JSON.parse(readDist(file)) as {
    version: string;
    title: string;
    feed_url: string;
    home_page_url: string;
    items: JsonFeedItem[];
  };
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.title).toBeTruthy();
  expect(feed.feed_url).toBe(`${SITE}/${file}`);
  expectAbsoluteAndBuilt(feed.home_page_url, file);
  const urls = feed.items.map((item) => item.url);
  if (capped) for (const url of urls) expect(expected.map(urlOf), file).toContain(url);
  else expect(urls.sort()).toEqual(expected.map(urlOf).sort());
  for (const item of feed.items) {
    expect(item.id, file).toBe(item.url);
    expect(item.title, item.url).toBeTruthy();
    expect(item.content_html.length, item.url).toBeGreaterThan(50);
    expect(new Date(item.date_published).toISOString(), item.url).toBe(item.date_published);
    expectAbsoluteAndBuilt(item.url, file);
    if (item.image) expectAbsoluteAndBuilt(item.image, item.url);
    for (const address of addressesIn(item.content_html)) expectAbsoluteAndBuilt(address, item.url);
  }
  return feed;
}

describe('JSON Feeds', () => {
  for (const collection of ARTICLE_COLLECTIONS) {
    it(`${collection}: JSON Feed 1.1 with every listed entry, full content and absolute addresses`, () => {
      checkJsonFeed(`${collection}/feed.json`, listed(collection).slice(0, 50));
    });
  }

  it('site-wide: the newest 50 listed entries of every section', () => {
    const all = ARTICLE_COLLECTIONS.flatMap(listed);
    const feed = checkJsonFeed('feed.json', all, all.length > 50);
    expect(feed.items.length).toBe(Math.min(50, all.length));
  });

  it('carries the photos of reports and the cover images of articles', () => {
    const feed = JSON.parse(readDist('updates/feed.json')) as { items: JsonFeedItem[] };
    const withPhotos = listed('updates').filter(
      (entry) => Array.isArray(entry.data.photos) && entry.data.photos.length > 0,
    );
    expect(withPhotos.length).toBeGreaterThan(0);
    for (const entry of withPhotos) {
      const item = feed.items.find((candidate) => candidate.url === urlOf(entry))!;
      expect(item.image, entry.file).toMatch(/^https:\/\/.+\.jpe?g$/);
      expect(item.content_html).toContain(`<img src="${item.image}"`);
    }
  });

  it('never carries a draft or withdrawn entry', () => {
    const files = [
      'feed.json',
      ...ARTICLE_COLLECTIONS.flatMap((collection) => [`${collection}/feed.json`, `${collection}/rss.xml`]),
    ];
    const hidden = ARTICLE_COLLECTIONS.flatMap(unlisted);
    expect(hidden.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readDist(file);
      for (const entry of hidden) {
        expect(text.includes(urlOf(entry)), `${entry.file} in ${file}`).toBe(false);
        expect(text.includes(String(entry.data.title)), `${entry.file} in ${file}`).toBe(false);
      }
    }
  });
});

describe('feed discovery', () => {
  for (const collection of ARTICLE_COLLECTIONS) {
    it(`${collection}: the section page announces its feeds in the head and links them visibly`, () => {
      const html = page(`/${collection}/`);
      const rss = html.querySelector(
        `head link[rel=alternate][type="application/rss+xml"][href="/${collection}/rss.xml"]`,
      );
      const json = html.querySelector(
        `head link[rel=alternate][type="application/feed+json"][href="/${collection}/feed.json"]`,
      );
      expect(rss?.getAttribute('title'), collection).toBeTruthy();
      expect(json?.getAttribute('title'), collection).toBeTruthy();
      expect(html.querySelector(`main a[href="/${collection}/rss.xml"]`), collection).toBeTruthy();
      expect(html.querySelector(`main a[href="/${collection}/feed.json"]`), collection).toBeTruthy();
      expect(html.querySelector(`main a[href="/feeds/#${collection}"]`), collection).toBeTruthy();
    });
  }
});

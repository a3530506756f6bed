import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ARTICLE_COLLECTIONS } from '../../src/config/sections';
import { isDraft, readCollection, type ContentFile } from '../helpers/content';
import { distFiles, existsInDist, page, readDist, readerPages, sitePages } from '../helpers/dist';
import { CONTENT, DIST, ROOT } from '../helpers/paths';
import { searchDocumentsOf, synonymsMeta, withMeta } from '../../src/search/build/documents';
import { SEARCH_ONLY_META } from '../../src/search/build/fragment-trim';
import { readSynonymGroups } from '../../src/search/build/lexicon';
import { unescapeHtml } from '../../src/lib/html-escape';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind's fragments: one per indexed document, gzipped JSON after a signature. */
function fragments(): Fragment[] {
  return distFiles()
    .filter((file) => file.startsWith('pagefind/fragment/'))
    .map((file) => {
      const text = gunzipSync(readFileSync(join(DIST, file))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
    });
}

/**
 * The metadata fields of the document the build handed Pagefind for a page (its words, synonyms,
 * keywords and title words are searched but left out of the fragment the browser downloads).
 */
function indexedMeta(url: string): Record<string, string> {
  const [path] = url.split('#');
  const html = readDist(`${path!.slice(1)}index.html`);
  const document = searchDocumentsOf(html, path!, 'zh-CN')
    .map((prepared) => withMeta(prepared, synonymsMeta(prepared, readSynonymGroups(ROOT))))
    .find((prepared) => prepared.url === url)!;
  return Object.fromEntries(
    [...document.content.matchAll(/data-pagefind-meta="([^":]*):([^"]*)"/g)].map((match) => [
      match[1]!,
      unescapeHtml(match[2]!),
    ]),
  );
}

const published = (collection: string): ContentFile[] => readCollection(collection).filter((entry) => !isDraft(entry));
/**
 * Articles search finds: not withdrawn advice, nor advice a newer article replaced (it would rank before
 * it). A repealed notice stays searchable (people look for its 文号), marked 已废止 on its page.
 */
const listedArticles = () =>
  ARTICLE_COLLECTIONS.flatMap((collection) => published(collection)).filter(
    (entry) => !entry.data.withdrawn && !(entry.collection === 'knowledge' && entry.data.supersededBy),
  );

/** What the index must hold: every listed article, every SMS text, practice center, fever clinic and slogan card. */
const expectedUrls = () =>
  [
    ...listedArticles().map((entry) => `/${entry.collection}/${entry.id}/`),
    ...published('sms').map((entry) => `/sms/#sms-${entry.id}`),
    ...published('centers').map((entry) => `/centers/#center-${entry.id}`),
    ...published('clinics').map((entry) => `/clinics/#clinic-${entry.id}`),
    ...published('slogans').map((entry) => `/slogans/#slogan-${entry.id}`),
  ].sort();

describe('the search index', () => {
  const indexed = fragments();

  it('is written by the build into dist/pagefind/, in one Chinese index', () => {
    expect(existsInDist('pagefind/pagefind.js')).toBe(true);
    expect(existsInDist('pagefind/pagefind-highlight.js')).toBe(true);
    const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn']!.page_count).toBe(expectedUrls().length);
  });

  it('holds the listed entries and the SMS, center and clinic cards, and nothing else', () => {
    expect(indexed.map((fragment) => fragment.url).sort()).toEqual(expectedUrls());
  });

  it('holds no draft, and no navigation, banner, footer, 404 or search page text', () => {
    const drafts = [...ARTICLE_COLLECTIONS, 'sms', 'centers', 'clinics'].flatMap((collection) =>
      readCollection(collection).filter(isDraft),
    );
    expect(drafts.length).toBeGreaterThan(3);
    const { banner } = load(readFileSync(join(CONTENT, 'settings/site.yml'), 'utf8')) as { banner: { text: string } };
    const chrome = [
      '跳到正文',
      '网站标识码',
      '主办单位',
      'RSS 订阅',
      banner.text,
      '页面未找到',
      '搜索功能需要浏览器启用',
      '当前位置',
      '责任编辑',
    ];
    for (const fragment of indexed) {
      const text = [fragment.content, ...Object.values(fragment.meta)].join(' ').replace(/\u200b/g, '');
      for (const draft of drafts) {
        expect(text.includes(String(draft.data.title)), `${draft.file} in ${fragment.url}`).toBe(false);
        if (draft.data.text)
          expect(text.includes(String(draft.data.text).trim().slice(0, 20)), `${draft.file} in ${fragment.url}`).toBe(
            false,
          );
      }
      for (const words of chrome) expect(text.includes(words), `“${words}” in ${fragment.url}`).toBe(false);
    }
  });

  it('gives each result its title, section, date and filters', () => {
    const byUrl = new Map(indexed.map((fragment) => [fragment.url, fragment]));
    for (const entry of listedArticles()) {
      const fragment = byUrl.get(`/${entry.collection}/${entry.id}/`)!;
      expect(fragment.meta.title, entry.file).toBe(entry.data.title);
      expect(fragment.meta.date, entry.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(fragment.filters.section, entry.file).toEqual([fragment.meta.section]);
      if (entry.collection === 'stories') {
        expect(fragment.filters.district, entry.file).toEqual([entry.data.district]);
        expect(fragment.filters.category, entry.file).toEqual([entry.data.category]);
      }
      if (entry.collection === 'updates') expect(fragment.filters.district, entry.file).toEqual([entry.data.district]);
      if (entry.collection === 'knowledge') expect(fragment.filters.topic, entry.file).toEqual([entry.data.topic]);
      if (entry.collection === 'posters') expect(fragment.filters.audience, entry.file).toEqual(entry.data.audience);
    }
    const hasImage = indexed.filter((fragment) => fragment.meta.image);
    expect(hasImage.length).toBeGreaterThan(3);
    for (const fragment of hasImage)
      expect(existsInDist(fragment.meta.image!.slice(1)), fragment.meta.image).toBe(true);
  });

  it('holds the keywords and synonyms of knowledge articles, whole and as the browser splits them', () => {
    const keywords = indexedMeta('/knowledge/masks-2026/').keywords!.split(' ');
    expect(keywords).toEqual(
      expect.arrayContaining(['新冠', '新型冠状病毒', '新型', '冠状', '病毒', '医用口罩', '医用', '口罩']),
    );
  });

  it('leaves superseded advice out, and marks advice, overdue advice and cards for ranking', () => {
    const urls = indexed.map((fragment) => fragment.url);
    expect(urls).not.toContain('/knowledge/masks/');
    const byUrl = new Map(indexed.map((fragment) => [fragment.url, fragment]));
    expect(byUrl.get('/knowledge/masks-2026/')!.filters.advice).toEqual(['1']);
    expect(byUrl.get('/knowledge/masks-2026/')!.filters.overdue).toBeUndefined();
    // 下次审核 2026-05-01: past on the day of any build since.
    expect(byUrl.get('/knowledge/ventilation/')!.filters.overdue).toEqual(['1']);
    expect(byUrl.get('/stories/community-doctor/')!.filters.advice).toBeUndefined();
    for (const url of ['/sms/#sms-wear-masks', '/centers/#center-xiaodian-center', '/posters/wear-masks/'])
      expect(byUrl.get(url)!.filters.minor, url).toEqual(['1']);
  });

  it('holds no single character of a word ICU does not know in the words of a page (疫情 is 疫情, not 疫 + 情)', () => {
    // ICU splits 疫情 into 疫 + 情 (a lone 疫, as in 对“疫”不对人, stays a word).
    const words = indexedMeta('/knowledge/mental-health/').words!.split(' ');
    expect(words).toContain('疫情');
    expect(words).not.toContain('疫');
    expect(words).not.toContain('情');
    const wordsOf = new Map(indexed.map((fragment) => [fragment.url, indexedMeta(fragment.url).words?.split(' ')]));
    const pages = indexed.filter((fragment) => wordsOf.get(fragment.url)?.includes('疫情'));
    // Pages quoting 对“疫”不对人 (the plan's words) hold a lone 疫 rightly; any other lone 疫 is a split 疫情.
    const quoted = (fragment: Fragment) => /[“‘"]疫[”’"]/.test(fragment.content.replace(/\u200b/g, ''));
    const lone = indexed.filter((fragment) => wordsOf.get(fragment.url)?.includes('疫') && !quoted(fragment));
    expect(pages.length).toBeGreaterThan(20);
    // A few pages write a lone 疫 (对“疫”不对人), or ICU reads 疫 + 情感 in 面对疫情感到: a small share of those with 疫情.
    expect(lone.length).toBeLessThan(pages.length / 4);
  });

  it('gives pages the words of the site-wide synonym groups they have a word of', () => {
    expect(indexedMeta('/customs/rites-online/').synonyms!.split(' ')).toEqual(
      expect.arrayContaining(['上坟', '扫墓', '烧纸']),
    );
    expect(indexedMeta('/knowledge/mental-health/').synonyms!.split(' ')).toEqual(
      expect.arrayContaining(['睡不着', '抑郁']),
    );
  });

  it('leaves the search-only fields out of the fragments the browser downloads for each result', () => {
    for (const fragment of indexed) {
      for (const field of SEARCH_ONLY_META) expect(fragment.meta[field], `${field} in ${fragment.url}`).toBeUndefined();
      expect(fragment.meta.title, fragment.url).toBeTruthy();
    }
  });

  it('writes the vocabulary, the traditional characters and the pinyin for the browser', () => {
    const lexicon = JSON.parse(readDist('pagefind/lexicon.json')) as { words: string; t2s: string; shards: number };
    // The vocabulary is in shards by first character: a query loads only those of its characters.
    expect(lexicon.words).toBe('');
    const shardFiles = Array.from({ length: lexicon.shards }, (_, shard) => `pagefind/lexicon-${shard}.json`);
    const words = shardFiles.flatMap((file) =>
      (JSON.parse(readDist(file)) as { words: string }).words.split(' ').filter(Boolean),
    );
    expect(words.every((word) => [...word].length >= 2)).toBe(true);
    expect(words).toEqual(expect.arrayContaining(['口罩', '隔离', '疫情', '上坟', 'n95']));
    expect(words).not.toContain('疫苗');
    expect(lexicon.t2s).toContain('謠谣');
    const { pinyin } = JSON.parse(readDist('pagefind/pinyin.json')) as { pinyin: Record<string, string> };
    expect(pinyin.zhao).toContain('罩');
    expect(pinyin.zhao).toContain('照');
    const shardKB = shardFiles.map((file) => gzipSync(readDist(file)).length / 1024);
    console.log(
      `Lexicon: ${words.length} words in ${lexicon.shards} shards of ${Math.min(...shardKB).toFixed(1)}–${Math.max(...shardKB).toFixed(1)} KB gzipped, core ${(gzipSync(readDist('pagefind/lexicon.json')).length / 1024).toFixed(1)} KB gzipped; pinyin ${(gzipSync(readDist('pagefind/pinyin.json')).length / 1024).toFixed(1)} KB gzipped`,
    );
  });
});

describe('pages and the index', () => {
  // Every page readers see; the CMS (/admin/) is for editors and has no site header.
  const pages = readerPages();

  it('marks only listed entry pages with data-pagefind-body, on their article', () => {
    const expected = new Set(listedArticles().map((entry) => `${entry.collection}/${entry.id}/index.html`));
    for (const file of pages) {
      const bodies = page(`/${file}`).querySelectorAll('[data-pagefind-body]');
      if (expected.has(file)) {
        expect(
          bodies.map((body) => body.tagName),
          file,
        ).toEqual(['ARTICLE']);
      } else {
        expect(bodies, file).toHaveLength(0);
      }
    }
  });

  it('has a search box in the header of every page but the search page, a plain form to /search/', () => {
    for (const file of sitePages()) {
      const form = page(`/${file}`).querySelector('header form[role=search]');
      if (file === 'search/index.html') {
        expect(form, file).toBeNull();
        continue;
      }
      expect(form?.getAttribute('action'), file).toBe('/search/');
      expect(form?.getAttribute('method'), file).toBe('get');
      expect(form?.querySelector('input[name=q]'), file).not.toBeNull();
    }
  });
});

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build/integration';
import { searchDocumentsOf } from '../../src/search/build/documents';
import type { IndexChanges } from '../../src/search/shared/index-changes';
import { openSearch } from '../helpers/pagefind-node';
import { runAstro, type RunResult } from '../helpers/build';
import { copyProject } from '../helpers/project-copy';

const article = (body: string) =>
  `<!doctype html><html lang="zh-CN"><body><header>全站导航</header><main><article data-pagefind-body>${body}</article></main></body></html>`;

describe('searchDocumentsOf', () => {
  it('indexes an entry page with the words the browser finds in its indexed text', () => {
    const [document, ...rest] = searchDocumentsOf(
      article('<h1 data-pagefind-ignore>标题</h1><p>疫情防控阻击战</p>'),
      '/notices/a/',
      'zh-CN',
    );
    expect(rest).toEqual([]);
    expect(document!.url).toBe('/notices/a/');
    // ICU finds 疫 情 防 控 阻击 战: the run of single characters becomes its pieces, so 疫苗 cannot match on 疫.
    expect(document!.content).toContain('data-pagefind-meta="words:疫情 疫情防 疫情防控 情防 情防控 防控 阻击 战"');
    // Only the indexed element is sent to Pagefind: the page's chrome would be ignored there anyway.
    expect(document!.content).toMatch(/^<!doctype html><html lang="zh-CN"><body><article data-pagefind-body>/);
    expect(document!.content).not.toContain('全站导航');
  });

  it('makes each marked card of a list page a document of its own, linked to its anchor', () => {
    const html = `<html lang="zh-CN"><body><ul>
      <li id="center-a" data-search-record><h3>小店区中心</h3><p>志愿服务</p></li>
      <li id="center-b" data-search-record><p>理论宣讲</p></li></ul></body></html>`;
    const documents = searchDocumentsOf(html, '/centers/', 'zh-CN');
    expect(documents.map((document) => document.url)).toEqual(['/centers/#center-a', '/centers/#center-b']);
    expect(documents[0]!.content).toMatch(
      /^<!doctype html><html lang="zh-CN"><body><div data-pagefind-body><h3>小店区中心<\/h3>/,
    );
    expect(documents[1]!.content).toContain('words:理论 宣讲');
  });

  it('refuses a card without an id, which could not be linked to', () => {
    expect(() =>
      searchDocumentsOf('<html><body><li data-search-record>x</li></body></html>', '/sms/', 'zh-CN'),
    ).toThrow('/sms/: a card marked data-search-record needs an id for its link');
  });

  it('leaves out every other page', () => {
    expect(
      searchDocumentsOf(
        '<html lang="zh-CN"><body><main><h1>页面未找到</h1></main></body></html>',
        '/404.html',
        'zh-CN',
      ),
    ).toEqual([]);
  });
});

describe('buildSearchIndex', () => {
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const site = (files: Record<string, string>): URL => {
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-site-'));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return pathToFileURL(`${dir}/`);
  };

  it('writes the index next to the pages', async () => {
    const url = site({ 'index.html': article('<p>正确洗手</p>') });
    await buildSearchIndex(url, { language: 'zh-CN' }, logger);
    expect(logged.at(-1)).toMatch(/^Indexed 1 documents in [\d.]+ s\.$/);
  });

  // Sites this small would be indexed whole in `auto` (search-index-recent.ts); these tests are of the recent index itself.
  const always = { language: 'zh-CN', recentIndex: 'always' } as const;
  const cacheIn = (url: URL, version: string) => ({
    dir: new URL('cache/search-documents/', url),
    indexDir: new URL('cache/search-index/', url),
    version,
  });

  it('prepares again only the pages that changed since the previous build, and indexes the same documents', async () => {
    const url = site({ 'a.html': article('<p>正确洗手</p>'), 'b.html': article('<p>科学佩戴口罩</p>') });
    const entryFile = () => readFileSync(new URL('pagefind/pagefind-entry.json', url), 'utf8');

    await buildSearchIndex(url, always, logger, cacheIn(url, 'v1'));
    expect(logged.at(-1)).toMatch(/^Indexed 2 documents in [\d.]+ s \(0 pages prepared by the previous build\)\.$/);
    const whole = entryFile();
    await buildSearchIndex(url, always, logger, cacheIn(url, 'v1'));
    expect(logged.at(-1)).toContain(
      'Indexed 0 changed and 0 removed documents into a recent index beside the stored full index',
    );
    expect(logged.at(-1)).toContain('(2 pages prepared by the previous build)');
    // Nothing changed: the stored index is the index, and no recent one is made.
    expect(entryFile()).toBe(whole);
    expect(existsSync(new URL('pagefind/recent/', url))).toBe(false);

    writeFileSync(new URL('b.html', url), article('<p>科学佩戴医用口罩</p>'));
    await buildSearchIndex(url, always, logger, cacheIn(url, 'v1'));
    expect(logged.at(-1)).toContain('(1 pages prepared by the previous build)');

    // Changed code that prepares documents: nothing of the old cache, nor the stored index, is used.
    await buildSearchIndex(url, always, logger, cacheIn(url, 'v2'));
    expect(logged.at(-1)).toMatch(/^Indexed 2 documents in [\d.]+ s \(0 pages prepared by the previous build\)\.$/);
  });

  it('applies edited synonym groups to every unchanged page on a rebuild, as a build without caches does', async () => {
    const pages = { 'a.html': article('<p>正确洗手</p>'), 'b.html': article('<p>科学佩戴口罩</p>') };
    const url = site(pages);
    const bundleFile = (base: URL, name: string) => readFileSync(new URL(`pagefind/${name}`, base), 'utf8');
    await buildSearchIndex(url, { ...always, synonyms: [['洗手', '净手']] }, logger, cacheIn(url, 'v1'));
    // The editor replaces the group: no page changed, every page must lose 净手 or gain 面罩.
    const synonyms = [['口罩', '面罩']];
    await buildSearchIndex(url, { ...always, synonyms }, logger, cacheIn(url, 'v1'));
    expect(logged.at(-1)).toContain('(2 pages prepared by the previous build)');
    const fresh = site(pages);
    await buildSearchIndex(fresh, { language: 'zh-CN', synonyms }, logger);
    // The browser's lexicon (vocabulary, synonym groups) is the one the whole site's documents give.
    for (const name of [
      'lexicon.json',
      'pinyin.json',
      ...readdirSync(new URL('pagefind/', fresh)).filter((file) => /^lexicon-\d+\.json$/.test(file)),
    ])
      expect(bundleFile(url, name), name).toBe(bundleFile(fresh, name));
    const [rebuilt, whole] = [await openSearch(fileURLToPath(url)), await openSearch(fileURLToPath(fresh))];
    try {
      expect((await rebuilt.search('面罩')).urls).toEqual(['/b.html']);
      expect((await rebuilt.search('净手')).urls).toEqual([]);
      for (const query of ['面罩', '净手', '洗手', '口罩'])
        expect((await rebuilt.search(query)).urls, query).toEqual((await whole.search(query)).urls);
    } finally {
      await rebuilt.close();
      await whole.close();
    }
  });

  // A site this small is one part; with 8 pages per part its 32 pages make 4 (index-parts.ts), as 20,000 entries would.
  it.each([
    { layout: 'in one part', pagesPerPart: undefined, parts: [] },
    { layout: 'in four parts', pagesPerPart: 8, parts: ['part-1/', 'part-2/', 'part-3/'] },
  ])(
    'indexes only the changed pages on a rebuild, and the site finds exactly what a whole index finds ($layout)',
    async ({ pagesPerPart, parts }) => {
      const options = { ...always, pagesPerPart };
      const page = (section: string, date: string, body: string) =>
        article(
          `<div hidden><span data-pagefind-filter="section:${section}"></span><span data-pagefind-meta="date:${date}"></span></div><p>${body}</p>`,
        );
      const pages: Record<string, string> = {};
      for (let n = 0; n < 30; n += 1)
        pages[`k${n}.html`] = page(
          '防疫知识',
          `2020-02-${String((n % 28) + 1).padStart(2, '0')}`,
          `第${n}篇：正确洗手，科学佩戴口罩`,
        );
      // A word of one page whose shorter word every page has: a part without it must not answer with those (洗手).
      pages['k7.html'] = page('防疫知识', '2020-02-08', '第7篇：正确洗手，科学佩戴口罩，洗手间要常通风');
      pages['story.html'] = page('先进典型', '2020-03-01', '社区民警坚守卡口');
      pages['gone.html'] = page('工作动态', '2020-03-02', '清徐县开展文明劝导');
      const url = site(pages);
      const dist = fileURLToPath(url);
      await buildSearchIndex(url, options, logger, cacheIn(url, 'v1'));
      const changesFile = () =>
        JSON.parse(readFileSync(join(dist, 'pagefind/index-changes.json'), 'utf8')) as IndexChanges;
      expect(changesFile()).toEqual({ index: null, superseded: {}, recent: {}, gone: {}, newWords: [], parts });
      // Each part holds its share of the pages, and only what the browser loads of it.
      for (const part of parts) {
        expect(readdirSync(join(dist, 'pagefind', part, 'fragment')).length).toBeLessThanOrEqual(8);
        expect(readdirSync(join(dist, 'pagefind', part)).filter((name) => !name.endsWith('.pf_meta'))).toEqual([
          'filter',
          'fragment',
          'index',
          'pagefind-entry.json',
        ]);
      }
      // The date of every result, in every part, for a search sorted by date.
      const dates = JSON.parse(readFileSync(join(dist, 'pagefind/result-dates.json'), 'utf8')) as Record<
        string,
        string
      >;
      expect(Object.values(dates).flatMap((ids) => ids.split(' '))).toHaveLength(32);
      expect(dates['2020-02-01']?.split(' ')).toHaveLength(2);
      if (parts.length > 0) expect(logged.at(-1)).toContain('32 documents in 4 parts');
      const fragments = () => ['', ...parts].flatMap((part) => readdirSync(join(dist, 'pagefind', part, 'fragment')));
      await expectSameSearch(dist, ['民警', '文明劝导', '口罩', '洗手', '洗手间']);
      const before = new Set(fragments());

      // An editor edits the story, unpublishes an update and publishes a new article.
      writeFileSync(join(dist, 'story.html'), page('先进典型', '2020-03-01', '社区民警坚守卡口，守护群众平安'));
      rmSync(join(dist, 'gone.html'));
      writeFileSync(join(dist, 'new.html'), page('防疫知识', '2020-02-15', '新增：科学佩戴口罩的五个误区'));
      await buildSearchIndex(url, options, logger, cacheIn(url, 'v1'));
      expect(logged.at(-1)).toContain('Indexed 2 changed and 1 removed documents into a recent index');
      const changes = changesFile();
      expect(changes.index).toBe('recent/');
      expect(changes.parts).toEqual(parts);
      expect(Object.keys(changes.superseded)).toHaveLength(2);
      expect(
        Object.values(changes.recent)
          .map(({ date }) => date)
          .sort(),
      ).toEqual(['2020-02-15', '2020-03-01']);
      // The edited story's recent result replaces its result in the stored index; the new article's replaces none.
      expect(
        Object.values(changes.recent).filter(({ replaces }) => replaces && replaces in changes.superseded),
      ).toHaveLength(1);
      // Words the stored index never had, for the browser to put the recent pages that have them first.
      expect(changes.newWords).toContain('平安');
      expect(changes.newWords).not.toContain('口罩');
      // The old texts of the edited and the removed page are gone from the site.
      expect(
        Object.keys(changes.superseded).every(
          (id) => before.has(`${id}.pf_fragment`) && !fragments().includes(`${id}.pf_fragment`),
        ),
      ).toBe(true);

      await expectSameSearch(dist, ['民警', '平安', '文明劝导', '口罩', '误区', '洗手', '洗手间']);

      // A second rebuild: the recent index is made again against the stored one, with every change since.
      writeFileSync(join(dist, 'k3.html'), page('防疫知识', '2020-02-04', '第3篇：正确洗手，记住七步洗手法'));
      writeFileSync(join(dist, 'new.html'), page('防疫知识', '2020-02-16', '新增：科学佩戴口罩的六个误区'));
      await buildSearchIndex(url, options, logger, cacheIn(url, 'v1'));
      expect(logged.at(-1)).toContain('Indexed 3 changed and 1 removed documents into a recent index');
      await expectSameSearch(dist, ['七步洗手法', '六个误区', '五个误区', '民警', '口罩', '洗手', '洗手间']);
    },
  );

  /** The search of `dist` finds what the same pages indexed whole (as a build without caches) find: results, counts, date order. */
  async function expectSameSearch(dist: string, queries: string[]) {
    const pages = Object.fromEntries(
      readdirSync(dist)
        .filter((name) => name.endsWith('.html'))
        .map((name) => [name, readFileSync(join(dist, name), 'utf8')]),
    );
    const fresh = site(pages);
    await buildSearchIndex(fresh, { language: 'zh-CN' }, logger);
    const [rebuilt, whole] = [await openSearch(dist), await openSearch(fileURLToPath(fresh))];
    try {
      for (const query of queries) {
        const [got, expected] = [await rebuilt.search(query), await whole.search(query)];
        expect(got.urls.sort(), query).toEqual(expected.urls.sort());
        expect(got.filters.section, query).toEqual(expected.filters.section);
      }
      // Filtered, and sorted by date: the same results in the same order of dates.
      const dates = async (engine: typeof rebuilt) => {
        const found = await engine.search('口罩', { filters: { section: '防疫知识' }, sort: { date: 'desc' } });
        return found.urls.map((path) => /date:([\d-]+)/.exec(pages[path.slice(1)]!)![1]);
      };
      const sorted = await dates(rebuilt);
      expect(sorted.length).toBeGreaterThanOrEqual(30);
      expect(sorted).toEqual(await dates(whole));
      if (pages['new.html'])
        expect((await rebuilt.search('误区', { sort: { date: 'desc' } })).urls).toEqual(['/new.html']);
    } finally {
      await rebuilt.close();
      await whole.close();
    }
  }

  it('writes index chunks of 5,000 word locations, not Pagefind’s 20,000', async () => {
    const phrases = [
      '正确洗手',
      '科学佩戴口罩',
      '文明餐桌',
      '公筷公勺',
      '婚事新办',
      '丧事简办',
      '志愿服务',
      '垃圾分类',
    ];
    const pages = Object.fromEntries(
      Array.from({ length: 40 }, (_, n) => [
        `p${n}.html`,
        article(
          `<p>${Array.from({ length: 20 }, (_, k) => `${phrases[(n * 7 + k) % 8]}第${n * 20 + k}条`).join('，')}</p>`,
        ),
      ]),
    );
    const characters = Object.values(pages)
      .join('')
      .replace(/<[^>]*>/g, '').length;
    // Fewer than 10,000 characters: fewer than 20,000 locations, with the words field. Pagefind's chunk
    // size would give one chunk.
    expect(characters).toBeLessThan(10_000);
    const url = site(pages);
    await buildSearchIndex(url, { language: 'zh-CN' }, logger);
    expect(readdirSync(new URL('pagefind/index/', url)).length).toBeGreaterThanOrEqual(2);
  });

  it('indexes the whole site again when many pages changed', async () => {
    const pages = Object.fromEntries(
      Array.from({ length: 60 }, (_, n) => [`p${n}.html`, article(`<p>第${n}篇：文明餐桌</p>`)]),
    );
    const url = site(pages);
    await buildSearchIndex(url, always, logger, cacheIn(url, 'v1'));
    for (let n = 0; n < 51; n += 1)
      writeFileSync(new URL(`p${n}.html`, url), article(`<p>第${n}篇：文明餐桌，光盘行动</p>`));
    await buildSearchIndex(url, always, logger, cacheIn(url, 'v1'));
    expect(logged.at(-1)).toMatch(
      /^Indexed 60 documents \(whole: 51 documents changed or removed, more than a recent index takes \(50\)\) in /,
    );
    expect(existsSync(new URL('pagefind/recent/', url))).toBe(false);
  });

  it('indexes a small site whole again rather than beside a recent index holding most of it, and never when switched off', async () => {
    const pages = Object.fromEntries(
      Array.from({ length: 20 }, (_, n) => [`p${n}.html`, article(`<p>第${n}篇：文明餐桌</p>`)]),
    );
    const url = site(pages);
    await buildSearchIndex(url, { language: 'zh-CN' }, logger, cacheIn(url, 'v1'));
    writeFileSync(new URL('p3.html', url), article('<p>第3篇：文明餐桌，光盘行动</p>'));
    await buildSearchIndex(url, { language: 'zh-CN' }, logger, cacheIn(url, 'v1'));
    expect(logged.at(-1)).toMatch(
      /^Indexed 20 documents \(whole: a recent index would hold 20 of 20 documents; a site this small is indexed whole\) in /,
    );
    expect(existsSync(new URL('pagefind/recent/', url))).toBe(false);
    writeFileSync(new URL('p4.html', url), article('<p>第4篇：文明餐桌，公筷公勺</p>'));
    await buildSearchIndex(url, { language: 'zh-CN', recentIndex: 'never' }, logger, cacheIn(url, 'v1'));
    expect(logged.at(-1)).toMatch(/^Indexed 20 documents \(whole: recent index switched off\) in /);
    // Nothing is kept for a later recent index, and nothing recent is published.
    expect(existsSync(new URL('cache/search-index/', url))).toBe(false);
    expect(existsSync(new URL('pagefind/recent/', url))).toBe(false);
    expect(JSON.parse(readFileSync(new URL('pagefind/index-changes.json', url), 'utf8'))).toMatchObject({
      index: null,
      superseded: {},
    });
  });

  it('fails the build, with the cause, when nothing is marked for indexing', async () => {
    const url = site({ 'index.html': '<html lang="zh-CN"><body><p>没有正文标记</p></body></html>' });
    await expect(buildSearchIndex(url, { language: 'zh-CN' }, logger)).rejects.toThrow(
      '生成搜索索引（Pagefind）失败，构建已中止：no page is marked data-pagefind-body; the search would find nothing',
    );
  });

  it('keeps the cause of a failure', async () => {
    const url = site({ 'index.html': '<html lang="zh-CN"><body></body></html>' });
    const failure = await buildSearchIndex(url, { language: 'zh-CN' }, logger).catch((error: Error) => error);
    expect((failure as Error).cause).toBeInstanceOf(Error);
  });
});

describe('a build in which Pagefind fails', () => {
  const project = copyProject();
  let result: RunResult;

  beforeAll(async () => {
    // A file where the index folder goes: the Pagefind binary stops with a panic while writing.
    writeFileSync(join(project.dir, 'public/pagefind'), 'not a folder');
    result = await runAstro(['build'], project.dir);
  });
  afterAll(() => project.remove());

  it('fails instead of ending without an index, and says why', () => {
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('生成搜索索引（Pagefind）失败，构建已中止');
    // Pagefind's own message (a panic while writing the index) is in the output too.
    expect(result.output).toMatch(/panicked at .+\n.*(File exists|Not a directory)/);
    expect(existsSync(join(project.dir, 'dist/pagefind/pagefind.js'))).toBe(false);
  });
});

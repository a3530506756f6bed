import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro } from '../helpers/build';
import { CHROMIUM, launchBrowser } from '../helpers/browser';
import { openSearch } from '../helpers/pagefind-node';
import { searchOnPage } from '../helpers/search';
import { serveDist } from '../helpers/serve';
import { copyProject } from '../helpers/project-copy';
import { missingAssets } from '../../src/build-cache/missing-assets';

/** Every built HTML page of a folder, by path. */
function pagesOf(dist: string): Map<string, string> {
  return new Map(
    readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind'))
      .map((path) => [path, readFileSync(join(dist, path), 'utf8')]),
  );
}

/**
 * Every file of a built site but the search index, by path, with a hash of its bytes. The index of
 * a rebuild is made differently (the stored full index and a recent one: search-index-recent.ts);
 * what it finds is compared instead.
 */
function filesOf(dist: string): Map<string, string> {
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dist, join(entry.parentPath, entry.name)))
      .filter((path) => !path.startsWith('pagefind/'))
      .map((path) => [
        path,
        createHash('sha1')
          .update(readFileSync(join(dist, path)))
          .digest('hex'),
      ]),
  );
}

/** Rebuilds of the warm copy may index only changed pages, however small the site (src/search/build/index-recent.ts). */
const RECENT = { SEARCH_RECENT_INDEX: 'always' };

/** Pages Astro copied from the previous build instead of rendering them (`… (cached)` in its log). */
const cachedPages = (output: string): string[] =>
  [...output.matchAll(/├─ (\S+\.html) \((?:cached|restored)\)/g)].map((match) => match[1]!.replace(/^\//, ''));

/**
 * An editor changes one article's title, another article's text only, and publishes a new story,
 * and a report is removed; the build machine rebuilds with
 * the caches of the previous build (experimental.incrementalBuild: pages whose cache key and code
 * are unchanged are copied, not rendered). What readers get must be exactly what a clean build of
 * the same content gives: no section list, tag page, related-content box or poster page may keep
 * the old title, and the new story must push the lists on. Then a developer's change renames a
 * script every page loads: no copied page may go on loading the old, deleted file.
 */
describe('a rebuild with warm caches', () => {
  const warm = copyProject();
  const clean = copyProject();
  let rebuild: Awaited<ReturnType<typeof runAstro>>;

  const edit = (dir: string) => {
    rmSync(join(dir, 'content/updates/yangqu-loudspeakers.mdx'));
    const article = join(dir, 'content/knowledge/hand-washing.mdx');
    writeFileSync(
      article,
      readFileSync(article, 'utf8').replace('title: 正确洗手：记住七步洗手法', 'title: 正确洗手：七步洗手法图解'),
    );
    // Only the text of an article that lists, tag pages, related boxes and a poster show.
    const textOnly = join(dir, 'content/knowledge/ventilation.md');
    writeFileSync(textOnly, `${readFileSync(textOnly, 'utf8')}\n冬季开窗时注意为老人和儿童保暖，避免着凉。\n`);
    const story = readFileSync(join(dir, 'content/stories/police-officer.md'), 'utf8')
      .replace(/^title: .*$/m, 'title: 社区民警坚守卡口（增量构建示例）')
      .replace(/^published: .*$/m, 'published: 2026-11-28');
    writeFileSync(join(dir, 'content/stories/police-officer-2.md'), story);
  };

  beforeAll(async () => {
    // The sample site is small enough that `auto` would index it whole again: the recent index is what is tested here.
    const first = await runAstro(['build'], warm.dir, RECENT);
    expect(first.code, first.output.slice(-3000)).toBe(0);
    edit(warm.dir);
    edit(clean.dir);
    const [again, fresh] = [await runAstro(['build'], warm.dir, RECENT), await runAstro(['build'], clean.dir)];
    expect(fresh.code, fresh.output.slice(-3000)).toBe(0);
    expect(again.code, again.output.slice(-3000)).toBe(0);
    rebuild = again;
  }, 300_000);
  afterAll(() => {
    warm.remove();
    clean.remove();
  });

  it('gives readers exactly the files a clean build gives, with none left from the build before', () => {
    const [rebuilt, expected] = [filesOf(join(warm.dir, 'dist')), filesOf(join(clean.dir, 'dist'))];
    expect([...rebuilt.keys()].sort()).toEqual([...expected.keys()].sort());
    const differing = [...expected].filter(([path, hash]) => rebuilt.get(path) !== hash).map(([path]) => path);
    expect(differing, 'files that differ from a clean build').toEqual([]);
    expect(rebuilt.has('updates/yangqu-loudspeakers/index.html')).toBe(false);
    expect(rebuild.output).toMatch(/removed \d+ file\(s\) left from an earlier build/);
  });

  it('gives the search the vocabulary, synonyms and pinyin a clean build gives', () => {
    // Each page's vocabulary comes from the search-document cache on a rebuild (src/search/build/document-cache.ts).
    const lexicon = (dir: string) =>
      readdirSync(join(dir, 'dist/pagefind'))
        .filter((name) => /^(?:lexicon(?:-\d+)?|pinyin)\.json$/.test(name))
        .sort()
        .map((name) => [name, readFileSync(join(dir, 'dist/pagefind', name), 'utf8')]);
    const expected = lexicon(clean.dir);
    expect(expected.length).toBeGreaterThan(2);
    expect(lexicon(warm.dir)).toEqual(expected);
  });

  it('draws only the share cards of changed titles again, taking the rest from the cache', () => {
    const [, total, drawn, cached] = /share cards: (\d+), (\d+) drawn, (\d+) from the cache/.exec(rebuild.output) ?? [];
    expect(Number(total)).toBeGreaterThan(50);
    // The renamed article, the new story and the pages listing them under new counts, not the site.
    expect(Number(drawn)).toBeGreaterThan(0);
    expect(Number(drawn)).toBeLessThan(12);
    expect(Number(cached)).toBe(Number(total) - Number(drawn));
    // A card already published stays the same file: the publish links it from the site it replaces
    // (kept as .dist-previous) instead of copying it (src/build-cache/staged-output.ts).
    const cards = readdirSync(join(warm.dir, 'dist/share'));
    const inode = (dist: string, card: string) =>
      statSync(join(warm.dir, dist, 'share', card), { throwIfNoEntry: false })?.ino;
    const published = cards.filter((card) => inode('dist', card) !== inode('.dist-previous', card));
    expect(cards.length).toBeGreaterThan(50);
    expect(published.length, 'cards published as new files').toBeLessThanOrEqual(2 * Number(drawn));
  });

  it('finds with the stored and the recent search index what the index of a clean build finds', async () => {
    expect(rebuild.output).toMatch(/Indexed \d+ changed and 1 removed documents into a recent index/);
    const [rebuilt, whole] = [await openSearch(join(warm.dir, 'dist')), await openSearch(join(clean.dir, 'dist'))];
    try {
      for (const query of ['七步洗手法图解', '增量构建示例', '喇叭', '阳曲县', '口罩', '移风易俗']) {
        const [got, expected] = [await rebuilt.search(query), await whole.search(query)];
        expect(got.urls.slice().sort(), query).toEqual(expected.urls.slice().sort());
        expect(got.filters, query).toEqual(expected.filters);
      }
      expect((await rebuilt.search('增量构建示例')).urls).toEqual(['/stories/police-officer-2/']);
      // A word that only the edited text has (着凉): the page that has it comes first, as in a clean index.
      // Until the next whole index the stored index, which lacks the word, also offers pages that match
      // parts of it, after that page (docs/search.md).
      expect(rebuild.output).toMatch(/Indexed .* into a recent index/);
      expect((await rebuilt.search('着凉')).urls[0]).toBe('/knowledge/ventilation/');
      expect((await whole.search('着凉')).urls).toEqual(['/knowledge/ventilation/']);
      // The removed report's own word no longer finds it; only pages left with the word (the campaigns
      // quoting the plan's 乡村大喇叭) are found. (A clean index, where 大喇叭 was never a word of its own,
      // reads the query by its parts instead: the site's search does that too when it finds too little.)
      const loudspeakers = (await rebuilt.search('大喇叭')).urls;
      expect(loudspeakers).not.toContain('/updates/yangqu-loudspeakers/');
      for (const url of loudspeakers)
        expect(readFileSync(join(clean.dir, 'dist', url.split('#')[0]!, 'index.html'), 'utf8'), url).toContain(
          '大喇叭',
        );
      const byDate = { sort: { date: 'desc' } };
      expect((await rebuilt.search('民警', byDate)).urls).toEqual((await whole.search('民警', byDate)).urls);
    } finally {
      await rebuilt.close();
      await whole.close();
    }
  });

  it.skipIf(!CHROMIUM)(
    'shows readers of the rebuilt site the edit, the new story and not the removed report, on the search page in Chromium',
    async () => {
      const site = await serveDist(join(warm.dir, 'dist'));
      const browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
      try {
        const page = await browser.newPage();
        const requests: string[] = [];
        page.on('request', (request) => requests.push(new URL(request.url()).pathname));
        await page.goto(`${site.url}/search/`);
        expect(await searchOnPage(page, '七步洗手法图解')).toContain('/knowledge/hand-washing/');
        expect((await searchOnPage(page, '增量构建示例'))[0]).toBe('/stories/police-officer-2/');
        expect(await searchOnPage(page, '阳曲县')).not.toContain('/updates/yangqu-loudspeakers/');
        // The recent index was merged in, and no sample document ever shows.
        expect(requests).toContain('/pagefind/recent/pagefind-entry.json');
        const all = await searchOnPage(page, '防疫');
        expect(new Set(all).size).toBe(all.length);
      } finally {
        await browser.close();
        await site.close();
      }
    },
    60_000,
  );

  it('gives readers exactly the pages a clean build gives', () => {
    const [rebuilt, expected] = [pagesOf(join(warm.dir, 'dist')), pagesOf(join(clean.dir, 'dist'))];
    expect([...rebuilt.keys()].sort()).toEqual([...expected.keys()].sort());
    const stale = [...expected].filter(([path, html]) => rebuilt.get(path) !== html).map(([path]) => path);
    expect(stale, 'pages that differ from a clean build').toEqual([]);
    expect(rebuilt.get('knowledge/hand-washing/index.html')).toContain('正确洗手：七步洗手法图解');
    expect(rebuilt.get('knowledge/ventilation/index.html')).toContain('避免着凉');
    expect(rebuilt.get('stories/index.html')).toContain('社区民警坚守卡口（增量构建示例）');
  });

  it('copies the pages the edit does not touch instead of rendering them again', () => {
    const cached = new Set(cachedPages(rebuild.output));
    const entryPages = [...pagesOf(join(warm.dir, 'dist')).keys()].filter((path) =>
      /^(knowledge|stories|customs|notices|updates)\/(?!\d+\/)[^/]+\/index\.html$/.test(path),
    );
    const reused = entryPages.filter((path) => cached.has(path));
    const rendered = entryPages.filter((path) => !cached.has(path));
    console.log(
      `rebuild: ${cached.size} pages copied from the previous build, ${reused.length} of ${entryPages.length} entry pages; rendered again: ${rendered.join(', ')}`,
    );
    // An unrelated article is copied; the edited one and the lists that show it are rendered again.
    expect(cached).toContain('customs/funerals-simple/index.html');
    expect(cached).not.toContain('knowledge/hand-washing/index.html');
    expect(cached).not.toContain('stories/index.html');
    // A change to an article's text only renders its own page again: the poster whose code opens
    // it and the tag pages listing it show none of the text.
    expect(cached).not.toContain('knowledge/ventilation/index.html');
    expect(cached).toContain('posters/open-windows/index.html');
    expect(cached).toContain('tags/tong-feng-06sn8a/index.html');
    expect(reused.length).toBeGreaterThan(entryPages.length / 2);
  });

  it('renders every page again when a script they load is renamed, and never ships a page loading a missing file', async () => {
    const siteSearch = () => readdirSync(join(warm.dir, 'dist/_astro')).find((name) => name.startsWith('SiteSearch.'));
    const before = siteSearch();
    // A script on the 404 page only, sharing a module with the search box script: the bundler
    // moves that module into a shared file, so the search box script every page loads is renamed,
    // though nothing a copied page is made of has changed.
    const notFound = join(warm.dir, 'src/pages/404.astro');
    writeFileSync(
      notFound,
      `${readFileSync(notFound, 'utf8')}\n<script>\nimport { SEARCH_PATH } from '../search/shared/config';\ndocument.body.dataset.search = SEARCH_PATH;\n</script>\n`,
    );
    const after = await runAstro(['build'], warm.dir, RECENT);
    expect(after.code, after.output.slice(-3000)).toBe(0);
    expect(siteSearch()).not.toBe(before);
    expect(missingAssets(join(warm.dir, 'dist'))).toEqual(new Map());
    expect(readFileSync(join(warm.dir, 'dist/customs/funerals-simple/index.html'), 'utf8')).toContain(
      `/_astro/${siteSearch()}`,
    );
  }, 120_000);
});

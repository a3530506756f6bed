import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro } from '../helpers/build';
import { copyProject } from '../helpers/project-copy';
import { missingAssets } from '../../src/integrations/incremental-safety';

/** Every built HTML page of a folder, by path. */
function pagesOf(dist: string): Map<string, string> {
  return new Map(
    readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind'))
      .map((path) => [path, readFileSync(join(dist, path), 'utf8')]),
  );
}

/** Pages Astro copied from the previous build instead of rendering them (`… (cached)` in its log). */
const cachedPages = (output: string): string[] =>
  [...output.matchAll(/├─ (\S+\.html) \((?:cached|restored)\)/g)].map((match) => match[1]!.replace(/^\//, ''));

/**
 * An editor changes one article's title and publishes a new story; the build machine rebuilds with
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
    const article = join(dir, 'content/knowledge/hand-washing.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('title: 正确洗手：记住七步洗手法', 'title: 正确洗手：七步洗手法图解'));
    const story = readFileSync(join(dir, 'content/stories/police-officer.md'), 'utf8')
      .replace(/^title: .*$/m, 'title: 社区民警坚守卡口（增量构建示例）')
      .replace(/^published: .*$/m, 'published: 2026-11-28');
    writeFileSync(join(dir, 'content/stories/police-officer-2.md'), story);
  };

  beforeAll(async () => {
    const first = await runAstro(['build'], warm.dir);
    expect(first.code, first.output.slice(-3000)).toBe(0);
    edit(warm.dir);
    edit(clean.dir);
    const [again, fresh] = [await runAstro(['build'], warm.dir), await runAstro(['build'], clean.dir)];
    expect(fresh.code, fresh.output.slice(-3000)).toBe(0);
    expect(again.code, again.output.slice(-3000)).toBe(0);
    rebuild = again;
  }, 300_000);
  afterAll(() => {
    warm.remove();
    clean.remove();
  });

  it('gives readers exactly the pages a clean build gives', () => {
    const [rebuilt, expected] = [pagesOf(join(warm.dir, 'dist')), pagesOf(join(clean.dir, 'dist'))];
    expect([...rebuilt.keys()].sort()).toEqual([...expected.keys()].sort());
    const stale = [...expected].filter(([path, html]) => rebuilt.get(path) !== html).map(([path]) => path);
    expect(stale, 'pages that differ from a clean build').toEqual([]);
    expect(rebuilt.get('knowledge/hand-washing/index.html')).toContain('正确洗手：七步洗手法图解');
    expect(rebuilt.get('stories/index.html')).toContain('社区民警坚守卡口（增量构建示例）');
  });

  it('copies the pages the edit does not touch instead of rendering them again', () => {
    const cached = new Set(cachedPages(rebuild.output));
    const entryPages = [...pagesOf(join(warm.dir, 'dist')).keys()].filter((path) => /^(knowledge|stories|customs|notices|updates)\/(?!\d+\/)[^/]+\/index\.html$/.test(path));
    const reused = entryPages.filter((path) => cached.has(path));
    const rendered = entryPages.filter((path) => !cached.has(path));
    console.log(`rebuild: ${cached.size} pages copied from the previous build, ${reused.length} of ${entryPages.length} entry pages; rendered again: ${rendered.join(', ')}`);
    // An unrelated article is copied; the edited one and the lists that show it are rendered again.
    expect(cached).toContain('customs/funerals-simple/index.html');
    expect(cached).not.toContain('knowledge/hand-washing/index.html');
    expect(cached).not.toContain('stories/index.html');
    expect(reused.length).toBeGreaterThan(entryPages.length / 2);
  });

  it('renders every page again when a script they load is renamed, and never ships a page loading a missing file', async () => {
    const siteSearch = () => readdirSync(join(warm.dir, 'dist/_astro')).find((name) => name.startsWith('SiteSearch.'));
    const before = siteSearch();
    // A script on the 404 page only, sharing a module with the search box script: the bundler
    // moves that module into a shared file, so the search box script every page loads is renamed,
    // though nothing a copied page is made of has changed.
    const notFound = join(warm.dir, 'src/pages/404.astro');
    writeFileSync(notFound, `${readFileSync(notFound, 'utf8')}\n<script>\nimport { SEARCH_PATH } from '../config/search';\ndocument.body.dataset.search = SEARCH_PATH;\n</script>\n`);
    const after = await runAstro(['build'], warm.dir);
    expect(after.code, after.output.slice(-3000)).toBe(0);
    expect(siteSearch()).not.toBe(before);
    expect(missingAssets(join(warm.dir, 'dist'))).toEqual(new Map());
    expect(readFileSync(join(warm.dir, 'dist/customs/funerals-simple/index.html'), 'utf8')).toContain(`/_astro/${siteSearch()}`);
  }, 120_000);
});

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/pagefind';
import { searchDocumentsOf } from '../../src/integrations/search-documents';
import { runAstro, type RunResult } from '../helpers/build';
import { copyProject } from '../helpers/project-copy';

const article = (body: string) =>
  `<!doctype html><html lang="zh-CN"><body><header>全站导航</header><main><article data-pagefind-body>${body}</article></main></body></html>`;

describe('searchDocumentsOf', () => {
  it('indexes an entry page with the words the browser finds in its indexed text', () => {
    const [document, ...rest] = searchDocumentsOf(article('<h1 data-pagefind-ignore>标题</h1><p>疫情防控阻击战</p>'), '/notices/a/', 'zh-CN');
    expect(rest).toEqual([]);
    expect(document!.url).toBe('/notices/a/');
    expect(document!.content).toContain('data-pagefind-meta="words:疫 情 防 控 阻击 战"');
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
    expect(documents[0]!.content).toMatch(/^<!doctype html><html lang="zh-CN"><body><div data-pagefind-body><h3>小店区中心<\/h3>/);
    expect(documents[1]!.content).toContain('words:理论 宣讲');
  });

  it('refuses a card without an id, which could not be linked to', () => {
    expect(() => searchDocumentsOf('<html><body><li data-search-record>x</li></body></html>', '/sms/', 'zh-CN')).toThrow(
      '/sms/: a card marked data-search-record needs an id for its link',
    );
  });

  it('leaves out every other page', () => {
    expect(searchDocumentsOf('<html lang="zh-CN"><body><main><h1>页面未找到</h1></main></body></html>', '/404.html', 'zh-CN')).toEqual([]);
  });
});

describe('buildSearchIndex', () => {
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  const site = (files: Record<string, string>): URL => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-site-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return pathToFileURL(`${dir}/`);
  };

  it('writes the index next to the pages', async () => {
    const url = site({ 'index.html': article('<p>正确洗手</p>') });
    await buildSearchIndex(url, { language: 'zh-CN' }, logger);
    expect(logged.at(-1)).toMatch(/^Indexed 1 documents in [\d.]+ s\.$/);
  });

  it('prepares again only the pages that changed since the previous build, and indexes the same documents', async () => {
    const url = site({ 'a.html': article('<p>正确洗手</p>'), 'b.html': article('<p>科学佩戴口罩</p>') });
    const cache = (version: string) => ({ file: new URL('cache/search-documents.json', url), version });
    const entryFile = () => readFileSync(new URL('pagefind/pagefind-entry.json', url), 'utf8');

    await buildSearchIndex(url, { language: 'zh-CN' }, logger, cache('v1'));
    expect(logged.at(-1)).toMatch(/^Indexed 2 documents in [\d.]+ s \(0 pages prepared by the previous build\)\.$/);
    await buildSearchIndex(url, { language: 'zh-CN' }, logger, cache('v1'));
    expect(logged.at(-1)).toContain('(2 pages prepared by the previous build)');

    writeFileSync(new URL('b.html', url), article('<p>科学佩戴医用口罩</p>'));
    await buildSearchIndex(url, { language: 'zh-CN' }, logger, cache('v1'));
    expect(logged.at(-1)).toContain('(1 pages prepared by the previous build)');
    const withCache = entryFile();
    await buildSearchIndex(url, { language: 'zh-CN' }, logger);
    expect(entryFile()).toBe(withCache);

    // Changed code that prepares documents: nothing of the old cache is used.
    await buildSearchIndex(url, { language: 'zh-CN' }, logger, cache('v2'));
    expect(logged.at(-1)).toContain('(0 pages prepared by the previous build)');
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

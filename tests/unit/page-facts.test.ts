import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageFacts } from '../../src/build-cache/page-facts';

describe('pageFacts (what the build-done steps read from each page, kept between builds)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const site = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'page-facts-'));
    dirs.push(dir);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(dir, 'dist', file, '..'), { recursive: true });
      writeFileSync(join(dir, 'dist', file), text);
    }
    return { dist: join(dir, 'dist'), cache: { file: join(dir, 'facts.v8'), version: 'title 1' } };
  };
  /** Sets a file's modification time, as a build that wrote it at that time would. */
  const writtenAt = (file: string, iso: string) => utimesSync(file, new Date(iso), new Date(iso));
  const titleOf = (html: string) => /<title>(.*)<\/title>/.exec(html)?.[1];

  it('reads a page again only when its file changed, and keeps the store as it is when none did', () => {
    const { dist, cache } = site({ 'index.html': '<title>首页</title>', 'a/index.html': '<title>甲</title>' });
    writtenAt(join(dist, 'index.html'), '2026-11-01T08:00:00Z');
    writtenAt(join(dist, 'a/index.html'), '2026-11-01T08:00:00Z');
    const read: string[] = [];
    const reader = (html: string, page: string) => {
      read.push(page);
      return titleOf(html);
    };
    const pages = ['a/index.html', 'index.html'];
    expect(pageFacts(dist, pages, reader, cache)).toEqual(
      new Map([
        ['a/index.html', '甲'],
        ['index.html', '首页'],
      ]),
    );
    expect(read).toEqual(pages);

    // Nothing changed: nothing read, and the store is not written again.
    read.length = 0;
    writtenAt(cache.file, '2026-11-01T09:00:00Z');
    expect(pageFacts(dist, pages, reader, cache).get('index.html')).toBe('首页');
    expect(read).toEqual([]);
    expect(statSync(cache.file).mtime.toISOString()).toBe('2026-11-01T09:00:00.000Z');

    // A page the build wrote again (new time) is read again; the kept one is not, even if its
    // bytes were changed behind the build's back (same size, same time).
    writeFileSync(join(dist, 'index.html'), '<title>新首页</title>');
    writtenAt(join(dist, 'index.html'), '2026-11-02T08:00:00Z');
    writeFileSync(join(dist, 'a/index.html'), '<title>乙</title>');
    writtenAt(join(dist, 'a/index.html'), '2026-11-01T08:00:00Z');
    expect(pageFacts(dist, pages, reader, cache)).toEqual(
      new Map([
        ['a/index.html', '甲'],
        ['index.html', '新首页'],
      ]),
    );
    expect(read).toEqual(['index.html']);
    expect(statSync(cache.file).mtime.toISOString()).not.toBe('2026-11-01T09:00:00.000Z');
  });

  it('reads every page when the store was made by another reader, or when there is none', () => {
    const { dist, cache } = site({ 'index.html': '<title>首页</title>' });
    pageFacts(dist, ['index.html'], titleOf, cache);
    const lengths = pageFacts(dist, ['index.html'], (html) => html.length, { ...cache, version: 'length 1' });
    expect(lengths.get('index.html')).toBe('<title>首页</title>'.length);
    expect(pageFacts(dist, ['index.html'], (html) => html.length).get('index.html')).toBe(lengths.get('index.html'));
  });

  it('forgets a page the build no longer has', () => {
    const { dist, cache } = site({ 'index.html': '<title>首页</title>', 'a/index.html': '<title>甲</title>' });
    pageFacts(dist, ['a/index.html', 'index.html'], titleOf, cache);
    writtenAt(cache.file, '2026-11-01T09:00:00Z');
    expect([...pageFacts(dist, ['index.html'], titleOf, cache).keys()]).toEqual(['index.html']);
    // The store was written without the removed page.
    expect(statSync(cache.file).mtime.toISOString()).not.toBe('2026-11-01T09:00:00.000Z');
  });
});

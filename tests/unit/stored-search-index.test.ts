import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { fragmentsOf, StoredSearchIndex } from '../../src/search/build/index-base';

/** A Pagefind bundle as far as the stored index reads it: its entry file and one fragment. */
function bundleIn(dir: string, url: string): string {
  const bundle = join(dir, 'pagefind');
  mkdirSync(join(bundle, 'fragment'), { recursive: true });
  writeFileSync(join(bundle, 'pagefind-entry.json'), JSON.stringify({ version: '1', url }));
  const fragment = { url, filters: { section: ['防疫知识'] }, meta: { date: '2026-12-01' } };
  writeFileSync(join(bundle, 'fragment', 'zh-cn_abc.pf_fragment'), gzipSync(`pagefind_dcd${JSON.stringify(fragment)}`));
  return bundle;
}

describe('the stored search index (a store of the build caches)', () => {
  const dirs: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'stored-index-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('gives back its documents under the same version, and nothing under another', () => {
    const dir = folder();
    const bundle = bundleIn(dir, '/knowledge/masks/');
    new StoredSearchIndex(join(dir, 'cache'), 'v1').save(
      bundle,
      fragmentsOf(bundle),
      new Map([['/knowledge/masks/', 'd1']]),
      new Set(['口罩']),
      [
        ['口罩', '洗手'],
        ['口罩', '洗手间'],
      ],
    );
    expect(new StoredSearchIndex(join(dir, 'cache'), 'v1').documents()).toEqual({
      '/knowledge/masks/': { hash: 'd1', id: 'zh-cn_abc', filters: { section: ['防疫知识'] }, date: '2026-12-01' },
    });
    expect([...new StoredSearchIndex(join(dir, 'cache'), 'v1').words()]).toEqual(['口罩']);
    expect(new StoredSearchIndex(join(dir, 'cache'), 'v1').partWords()).toEqual([
      ['口罩', '洗手'],
      ['口罩', '洗手间'],
    ]);
    expect(new StoredSearchIndex(join(dir, 'cache'), 'v2').documents()).toBeUndefined();
  });

  it('is a miss when its files were replaced without its record (other code sharing the cache folder)', async () => {
    const dir = folder();
    const bundle = bundleIn(dir, '/a/');
    new StoredSearchIndex(join(dir, 'cache'), 'v1').save(
      bundle,
      fragmentsOf(bundle),
      new Map([['/a/', 'd1']]),
      new Set(),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    const entry = join(dir, 'cache/files/pagefind-entry.json');
    rmSync(entry);
    writeFileSync(entry, JSON.stringify({ version: '1', url: '/b/' }));
    expect(new StoredSearchIndex(join(dir, 'cache'), 'v1').documents()).toBeUndefined();
  });
});

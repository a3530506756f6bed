import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStale } from '../../src/build-cache/kept-output';
import { BUILD_MARKER } from '../../src/build-cache/output-folder';

describe('removeStale (an output folder kept between builds)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** Writes files into `dir`; `old` ones get the time of a build an hour ago. */
  const write = (dir: string, files: string[], old: boolean) => {
    for (const file of files) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), file);
      if (old) utimesSync(join(dir, file), new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    }
  };

  it('deletes what the build neither wrote nor kept, and the folders that leaves empty', () => {
    const dist = mkdtempSync(join(tmpdir(), 'kept-output-'));
    dirs.push(dist);
    write(
      dist,
      [
        'knowledge/masks/index.html',
        'updates/removed/index.html',
        '_astro/Old.abc.js',
        '.git/HEAD',
        'pagefind/pagefind-entry.json',
      ],
      true,
    );
    writeFileSync(join(dist, BUILD_MARKER), '');
    write(dist, ['_astro/New.def.js', 'stories/new/index.html'], false);

    const removed = removeStale(dist, new Set([join(dist, 'knowledge/masks/index.html')]), ['pagefind']);

    expect(removed.sort()).toEqual(['_astro/Old.abc.js', 'updates/removed/index.html']);
    expect(existsSync(join(dist, 'updates'))).toBe(false);
    // Written this build, kept by Astro, a repository, and a folder another step keeps up to date.
    for (const kept of [
      'knowledge/masks/index.html',
      '_astro/New.def.js',
      'stories/new/index.html',
      '.git/HEAD',
      'pagefind/pagefind-entry.json',
    ])
      expect(existsSync(join(dist, kept)), kept).toBe(true);
    expect(existsSync(join(dist, BUILD_MARKER))).toBe(false);
  });

  it('refuses to guess without the mark of when the build started', () => {
    const dist = mkdtempSync(join(tmpdir(), 'kept-output-'));
    dirs.push(dist);
    expect(() => removeStale(dist, new Set())).toThrow(`${join(dist, BUILD_MARKER)} is missing`);
  });
});

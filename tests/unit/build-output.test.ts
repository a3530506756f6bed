import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { htmlPagesIn } from '../../src/build-cache/output-folder';

describe('htmlPagesIn (the pages of a built site)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('lists every HTML page in code-point order, and nothing from the script, search-index or repository folders', () => {
    const dist = mkdtempSync(join(tmpdir(), 'build-output-'));
    dirs.push(dist);
    const files = [
      'updates/b/index.html',
      'index.html',
      'knowledge/masks/index.html',
      '404.html',
      'updates/a/index.html',
      'rss.xml',
      '_astro/Base.abc.css',
      'pagefind/fragment/x.html',
      '.git/description.html',
      'posters/p/a4.pdf',
    ];
    for (const file of files) {
      mkdirSync(join(dist, file, '..'), { recursive: true });
      writeFileSync(join(dist, file), '');
    }
    expect(htmlPagesIn(dist)).toEqual([
      '404.html',
      'index.html',
      'knowledge/masks/index.html',
      'updates/a/index.html',
      'updates/b/index.html',
    ]);
  });
});

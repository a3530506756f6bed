import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { missingAssets } from '../../src/build-cache/missing-assets';

describe('missingAssets (pages that load files the build did not write)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const site = (files: Record<string, string>) => {
    const dist = mkdtempSync(join(tmpdir(), 'missing-assets-'));
    dirs.push(dist);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(dist, file, '..'), { recursive: true });
      writeFileSync(join(dist, file), text);
    }
    return dist;
  };
  const page = (...assets: string[]) =>
    `<html><head>${assets.map((asset) => `<link href="${asset}">`).join('')}</head></html>`;

  it('names each page with the scripts, styles and images it refers to that are not there', () => {
    const dist = site({
      'index.html': page('/_astro/Base.abc.css', '/_astro/photo.x1.webp'),
      'knowledge/masks/index.html': `<img srcset="/_astro/photo.x1.webp 1x, /_astro/gone.x2.webp 2x"><script src="/_astro/Old.js?v=1"></script>`,
      '_astro/Base.abc.css': '',
      '_astro/photo.x1.webp': '',
    });
    expect(missingAssets(dist)).toEqual(
      new Map([['knowledge/masks/index.html', ['/_astro/gone.x2.webp', '/_astro/Old.js']]]),
    );
  });

  it('checks whether the files exist on every build, also for pages whose references come from the cache', () => {
    const dist = site({ 'index.html': page('/_astro/Base.abc.css'), '_astro/Base.abc.css': '' });
    const cache = join(dist, '..', `${dist.split('/').pop()}-references.v8`);
    dirs.push(cache);
    expect(missingAssets(dist, cache)).toEqual(new Map());
    rmSync(join(dist, '_astro/Base.abc.css'));
    expect(missingAssets(dist, cache)).toEqual(new Map([['index.html', ['/_astro/Base.abc.css']]]));
  });

  it('reads a page again when its file changed, and takes an unchanged one from the cache', () => {
    const dist = site({
      'index.html': page('/_astro/Base.abc.css'),
      'about/index.html': page('/_astro/Base.abc.css'),
      '_astro/Base.abc.css': '',
    });
    const cache = join(dist, '..', `${dist.split('/').pop()}-references.v8`);
    dirs.push(cache);
    const kept = join(dist, 'about/index.html');
    const keptTime = new Date('2026-11-01T08:00:00Z');
    utimesSync(kept, keptTime, keptTime);
    missingAssets(dist, cache);

    // A rebuilt page: new content, new modification time (set here: a file system may keep times
    // only to a few milliseconds, and the new page is as long as the old one).
    writeFileSync(join(dist, 'index.html'), page('/_astro/Base.new.css'));
    utimesSync(join(dist, 'index.html'), new Date('2026-11-02T08:00:00Z'), new Date('2026-11-02T08:00:00Z'));
    // A page the build kept: same modification time and size. Its text is changed behind the
    // build's back here only to show that it is not read again.
    writeFileSync(kept, page('/_astro/Base.xyz.css'));
    utimesSync(kept, keptTime, keptTime);

    expect(missingAssets(dist, cache)).toEqual(new Map([['index.html', ['/_astro/Base.new.css']]]));
    // Without the cache every page is read.
    expect(missingAssets(dist)).toEqual(
      new Map([
        ['about/index.html', ['/_astro/Base.xyz.css']],
        ['index.html', ['/_astro/Base.new.css']],
      ]),
    );
  });
});

import { cpSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro, type RunResult } from '../helpers/build';
import { DIST, ROOT } from '../helpers/paths';
import { posterPictureFromFile, publishedPosters } from '../helpers/posters';
import { copyProject } from '../helpers/project-copy';

describe('rebuilding without changes', () => {
  // A copy has caches of its own: it is given the poster cache the run's first build filled, as
  // a build machine keeps node_modules/.astro/ from one build to the next.
  const project = copyProject();
  let result: RunResult;

  beforeAll(async () => {
    cpSync(join(ROOT, 'node_modules/.astro/posters'), join(project.dir, 'node_modules/.astro/posters'), {
      recursive: true,
    });
    result = await runAstro(['build'], project.dir);
  });
  afterAll(() => project.remove());

  it('renders no poster again: every file comes from the cache', () => {
    expect(result.code, result.output.slice(-2000)).toBe(0);
    expect(result.output).toContain(
      `${publishedPosters().length} poster(s): 0 rendered, ${publishedPosters().length} from the cache`,
    );
  });

  it('writes the same bytes under the same names', () => {
    for (const poster of publishedPosters()) {
      for (const suffix of ['a4.pdf', 'a3.pdf', 'a4.png', 'preview.webp']) {
        const name = `posters/files/${poster.id}-${suffix}`;
        expect(readFileSync(join(project.dir, 'dist', name)).equals(readFileSync(join(DIST, name))), name).toBe(true);
      }
    }
  });
});

describe("replacing a poster's picture under the same name", () => {
  const project = copyProject();
  const poster = publishedPosters().find((candidate) => candidate.data.picture)!;
  let result: RunResult;

  beforeAll(async () => {
    cpSync(join(ROOT, 'node_modules/.astro/posters'), join(project.dir, 'node_modules/.astro/posters'), {
      recursive: true,
    });
    // The drawing redrawn: a red corner on the same file.
    const picture = join(project.dir, relative(ROOT, posterPictureFromFile(poster).file));
    const redrawn = await sharp(readFileSync(picture))
      .composite([{ input: { create: { width: 400, height: 400, channels: 3, background: '#c00' } }, left: 0, top: 0 }])
      .png()
      .toBuffer();
    await sharp(redrawn).toFile(picture);
    result = await runAstro(['build'], project.dir);
  });
  afterAll(() => project.remove());

  it('renders that poster again and takes the others from the cache', () => {
    expect(result.code, result.output.slice(-2000)).toBe(0);
    const count = publishedPosters().length;
    expect(result.output).toContain(`${count} poster(s): 1 rendered, ${count - 1} from the cache`);
  });

  it('publishes the new picture in its files, and the same bytes for every other poster', () => {
    for (const other of publishedPosters()) {
      for (const suffix of ['a4.pdf', 'a3.pdf', 'a4.png', 'preview.webp']) {
        const name = `posters/files/${other.id}-${suffix}`;
        const same = readFileSync(join(project.dir, 'dist', name)).equals(readFileSync(join(DIST, name)));
        expect(same, name).toBe(other.id !== poster.id);
      }
    }
  });
});

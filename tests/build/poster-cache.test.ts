import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro, type RunResult } from '../helpers/build';
import { DIST, ROOT } from '../helpers/paths';
import { publishedPosters } from '../helpers/posters';
import { copyProject } from '../helpers/project-copy';

describe('rebuilding without changes', () => {
  // A copy has caches of its own: it is given the poster cache the run's first build filled, as
  // a build machine keeps node_modules/.astro/ from one build to the next.
  const project = copyProject();
  let result: RunResult;

  beforeAll(async () => {
    cpSync(join(ROOT, 'node_modules/.astro/posters'), join(project.dir, 'node_modules/.astro/posters'), { recursive: true });
    result = await runAstro(['build'], project.dir);
  });
  afterAll(() => project.remove());

  it('renders no poster again: every file comes from the cache', () => {
    expect(result.code, result.output.slice(-2000)).toBe(0);
    expect(result.output).toContain(`${publishedPosters().length} 张海报：新渲染 0 张，${publishedPosters().length} 张取自缓存`);
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

import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { adminBundle } from '../../src/integrations/admin-bundle';
import { copyProject } from '../helpers/project-copy';

/**
 * The CMS script is bundled once and reused by later builds until something it is made of changes:
 * a collection declaration, the CMS code, the site stylesheet, the lockfile or a PUBLIC_ variable.
 */
describe('the cached CMS bundle', () => {
  const project = copyProject();
  const root = pathToFileURL(`${project.dir}/`);
  const cacheDir = new URL('node_modules/.astro/', root);
  afterAll(() => project.remove());

  it('is bundled once, reused while nothing changes, and bundled again after a change', async () => {
    const first = await adminBundle(root, cacheDir);
    expect(first.built).toBe(true);
    expect(first.script).toMatch(/^\/_astro\/admin-cms\.[\w-]+\.js$/);

    const second = await adminBundle(root, cacheDir);
    expect(second.built).toBe(false);
    expect(second.script).toBe(first.script);

    // An editor-visible change: a new label in a collection declaration, which the CMS shows.
    const declaration = join(project.dir, 'src/schema/collections/knowledge.ts');
    appendFileSync(declaration, '\nexport const bundleTestMarker = "缓存测试";\n');
    const third = await adminBundle(root, cacheDir);
    expect(third.built).toBe(true);

    const built = join(project.dir, 'dist-copy');
    third.copyTo(pathToFileURL(`${built}/`));
    expect(readFileSync(join(built, third.script), 'utf8')).toContain('decap');

    process.env.PUBLIC_CMS_REPO = 'wenming/site-test';
    try {
      expect((await adminBundle(root, cacheDir)).built).toBe(true);
    } finally {
      delete process.env.PUBLIC_CMS_REPO;
    }
  }, 120_000);
});

import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentCheckCache } from '../../src/checks/check-cache';
import { checkContent } from '../../src/checks/content-check';
import { copyProject } from '../helpers/project-copy';

describe('the content check with its cache (a build checks only what changed on its own)', () => {
  const project = copyProject();
  const scratch = mkdtempSync(join(tmpdir(), 'content-check-cache-'));
  const cacheFile = join(scratch, 'content-check.v8');
  afterAll(() => {
    project.remove();
    rmSync(scratch, { recursive: true, force: true });
  });
  const now = new Date('2026-12-02T08:00:00Z');
  const file = (path: string) => join(project.dir, path);
  /** The check with the cache must report exactly what the check without it reports. */
  const expectSameAsUncached = async () => {
    const cached = await checkContent(project.dir, now, { cacheFile });
    expect(cached).toEqual(await checkContent(project.dir, now));
    return cached.problems;
  };

  it('reports the same as a check without the cache, before and after the cache is filled', async () => {
    await expectSameAsUncached();
    await expectSameAsUncached();
  });

  it('sees a mistake made in one file since', async () => {
    appendFileSync(file('content/knowledge/masks.md'), '\n咨询电话 13912345678。\n');
    const problems = await expectSameAsUncached();
    expect(
      problems.some((problem) => problem.file === 'content/knowledge/masks.md' && problem.message.includes('手机号')),
    ).toBe(true);
  });

  it('sees a relation broken by removing the entry another names, without that entry being edited', async () => {
    rmSync(file('content/knowledge/ventilation.md'));
    const problems = await expectSameAsUncached();
    expect(
      problems.some(
        (problem) => problem.file === 'content/posters/open-windows.md' && problem.field === 'relatedKnowledge',
      ),
    ).toBe(true);
  });

  it('sees a change of the settings the checks use (public hotlines) in files that did not change', async () => {
    const settings = file('content/settings/site.yml');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace("number: '12345'", "number: '13912345678'"));
    const problems = await expectSameAsUncached();
    expect(
      problems.some((problem) => problem.file === 'content/knowledge/masks.md' && problem.message.includes('手机号')),
    ).toBe(false);
  });
});

describe('ContentCheckCache', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'content-check-cache-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const findings = {
    problems: [],
    links: [],
    entry: { id: 'masks', data: { title: '口罩', reviewed: new Date('2026-05-01') } },
  };

  it('checks a file again only when its bytes or the context changed', () => {
    const cacheFile = join(scratch, 'cache.v8');
    let checks = 0;
    const check = () => {
      checks += 1;
      return findings;
    };
    const bytes = new TextEncoder().encode('---\ntitle: 口罩\n---\n');
    const first = new ContentCheckCache(cacheFile, 'context-1');
    first.findingsOf('content/knowledge/masks.md', bytes, check);
    first.save();

    const second = new ContentCheckCache(cacheFile, 'context-1');
    expect(second.findingsOf('content/knowledge/masks.md', bytes, check)).toEqual(findings);
    expect([checks, second.hits]).toEqual([1, 1]);
    second.findingsOf('content/knowledge/masks.md', new TextEncoder().encode('---\ntitle: 口罩！\n---\n'), check);
    expect(checks).toBe(2);

    new ContentCheckCache(cacheFile, 'context-2').findingsOf('content/knowledge/masks.md', bytes, check);
    expect(checks).toBe(3);
  });

  it('starts afresh from a cache file it cannot read', () => {
    const cacheFile = join(scratch, 'broken.v8');
    writeFileSync(cacheFile, 'not a cache');
    let checks = 0;
    new ContentCheckCache(cacheFile, 'context-1').findingsOf('a.md', new Uint8Array([1]), () => {
      checks += 1;
      return findings;
    });
    expect(checks).toBe(1);
  });
});

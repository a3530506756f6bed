import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro, type RunResult } from '../helpers/build';
import { readDist } from '../helpers/dist';
import { copyProject } from '../helpers/project-copy';

/**
 * The sample content has drafts but no withdrawn advice, so this build withdraws one article and
 * checks that it leaves every list a media center or another site takes from us.
 */
describe('a build with withdrawn advice', () => {
  const project = copyProject();
  // Recent enough to be in the embedded list of the sample site.
  const id = 'wild-animals-ecology';
  const url = `https://wenming.taiyuan.example/knowledge/${id}/`;
  let result: RunResult;
  const built = (file: string) => readFileSync(join(project.dir, 'dist', file), 'utf8');

  beforeAll(async () => {
    const file = join(project.dir, `content/knowledge/${id}.md`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^draft: false$/m, 'draft: false\nwithdrawn: 本文建议已过时，已撤回。'),
    );
    result = await runAstro(['build'], project.dir);
  });
  afterAll(() => project.remove());

  it('builds', () => {
    expect(result.code, result.output.slice(-2000)).toBe(0);
  });

  it('keeps the article out of the feeds and the embed list', () => {
    expect(readDist('embed/knowledge/index.html'), 'listed before it was withdrawn').toContain(url);
    expect(readDist('knowledge/feed.json'), 'listed before it was withdrawn').toContain(url);
    for (const file of [
      'knowledge/rss.xml',
      'knowledge/feed.json',
      'feed.json',
      'rss.xml',
      'embed/knowledge/index.html',
    ]) {
      expect(built(file), file).not.toContain(url);
    }
  });

  it('still serves the article page, which says it was withdrawn', () => {
    expect(built(`knowledge/${id}/index.html`)).toContain('本文已撤回');
  });
});

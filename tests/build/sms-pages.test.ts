import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMS_TOPICS } from '../../src/config/taxonomy';
import { runAstro } from '../helpers/build';
import { openSearch } from '../helpers/pagefind-node';
import { copyProject } from '../helpers/project-copy';

/**
 * A city that has approved many SMS texts: the SMS section is split into pages of 100 texts, so
 * that no page grows with the number of texts, and every text stays on exactly one page, where the
 * search finds it.
 */
describe('the SMS section with more texts than one page holds', () => {
  const project = copyProject();
  const ADDED = 120;
  const dist = join(project.dir, 'dist');
  const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
  let published: string[] = [];

  beforeAll(async () => {
    for (let n = 0; n < ADDED; n += 1) {
      const day = String((n % 28) + 1).padStart(2, '0');
      writeFileSync(
        join(project.dir, 'content/sms', `batch-${n}.yml`),
        [
          `title: 第 ${n + 501} 号倡议短信`,
          `text: 第 ${n + 501} 号倡议：出门佩戴口罩，勤洗手，常通风，少聚集。`,
          `topic: ${SMS_TOPICS[n % SMS_TOPICS.length]}`,
          `approved: 2020-03-${day}`,
          `published: 2020-03-${day}`,
          'source: 太原市文明办',
          'editor: 市文明办综合科',
          'draft: false',
          '',
        ].join('\n'),
      );
    }
    const build = await runAstro(['build'], project.dir);
    expect(build.code, build.output.slice(-3000)).toBe(0);
    published = readdirSync(join(project.dir, 'content/sms'))
      .filter((name) => !readFileSync(join(project.dir, 'content/sms', name), 'utf8').includes('draft: true'))
      .map((name) => name.replace(/\.yml$/, ''));
  }, 240_000);
  afterAll(() => project.remove());

  it('lists every published text exactly once, 100 to a page, each page saying how many there are in all', () => {
    const [first, second] = [parse(html('sms')), parse(html('sms/2'))];
    expect(first.querySelectorAll('.card')).toHaveLength(100);
    expect(second.querySelectorAll('.card')).toHaveLength(published.length - 100);
    const ids = [...first.querySelectorAll('.card'), ...second.querySelectorAll('.card')].map((card) =>
      card.id.replace(/^sms-/, ''),
    );
    expect(ids.sort()).toEqual(published.slice().sort());
    for (const page of [first, second])
      expect(page.querySelector('#sms-downloads')!.textContent).toContain(`共 ${published.length} 条`);
    expect(second.querySelector('h1')!.textContent).toContain('第 2 页');
  });

  it('links the pages to each other', () => {
    expect(parse(html('sms')).querySelector('nav.pagination a[rel=next]')!.getAttribute('href')).toBe('/sms/2/');
    expect(parse(html('sms/2')).querySelector('nav.pagination a[rel=prev]')!.getAttribute('href')).toBe('/sms/');
  });

  it('keeps each page far under the 20 KB page budget', () => {
    for (const path of ['sms', 'sms/2']) expect(gzipSync(html(path)).length / 1024, path).toBeLessThan(10);
  });

  it('finds a text on the page it is on', async () => {
    const search = await openSearch(dist);
    try {
      const second = parse(html('sms/2'));
      const card = second.querySelectorAll('.card').find((element) => /第 \d+ 号倡议/.test(element.textContent))!;
      const number = /第 (\d+) 号倡议/.exec(card.textContent)![1]!;
      expect((await search.search(number)).urls).toContain(`/sms/2/#${card.id}`);
    } finally {
      await search.close();
    }
  });
});

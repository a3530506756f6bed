import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOGAN_TOPIC_TERMS } from '../../src/config/taxonomy';
import { runAstro } from '../helpers/build';
import { openSearch } from '../helpers/pagefind-node';
import { copyProject } from '../helpers/project-copy';

/** SLOGANS_PER_PAGE of src/data/slogans.ts (a module that needs Astro's virtual modules). */
const SLOGANS_PER_PAGE = 40;

/** Distinct short phrases, so each generated slogan says something of its own. */
const PHRASES = [
  '勤洗手',
  '戴口罩',
  '常通风',
  '少聚集',
  '不扎堆',
  '讲卫生',
  '讲文明',
  '讲科学',
  '公筷公勺',
  '分餐用餐',
];

/**
 * A city that has approved many slogans: /slogans/ is split into pages of SLOGANS_PER_PAGE, every
 * slogan is on exactly one page with its files built, and the search finds it there.
 */
describe('the slogans section with more slogans than one page holds', () => {
  const project = copyProject();
  const ADDED = 40;
  const dist = join(project.dir, 'dist');
  const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
  let published: string[] = [];

  beforeAll(async () => {
    for (let n = 0; n < ADDED; n += 1) {
      const text = `${PHRASES[n % 10]} ${PHRASES[Math.floor(n / 10) + 5]} 第${'一二三四五六七八九十'[n % 10]}${'甲乙丙丁'[Math.floor(n / 10)]}号`;
      writeFileSync(
        join(project.dir, 'content/slogans', `batch-${n}.yml`),
        [
          `text: ${text}`,
          `topic: ${SLOGAN_TOPIC_TERMS[n % SLOGAN_TOPIC_TERMS.length]!.name}`,
          `approved: 2020-03-${String((n % 28) + 1).padStart(2, '0')}`,
          'published: 2020-03-01',
          'source: 太原市文明办',
          'editor: 市文明办综合科',
          '',
        ].join('\n'),
      );
    }
    const build = await runAstro(['build'], project.dir);
    expect(build.code, build.output.slice(-3000)).toBe(0);
    published = readdirSync(join(project.dir, 'content/slogans'))
      .filter((name) => !readFileSync(join(project.dir, 'content/slogans', name), 'utf8').includes('draft: true'))
      .map((name) => name.replace(/\.yml$/, ''));
  }, 300_000);
  afterAll(() => project.remove());

  it('lists every published slogan exactly once, SLOGANS_PER_PAGE to a page, with its files built', () => {
    const [first, second] = [parse(html('slogans')), parse(html('slogans/2'))];
    expect(first.querySelectorAll('.slogan-card')).toHaveLength(SLOGANS_PER_PAGE);
    expect(second.querySelectorAll('.slogan-card')).toHaveLength(published.length - SLOGANS_PER_PAGE);
    const ids = [...first.querySelectorAll('.slogan-card'), ...second.querySelectorAll('.slogan-card')].map((card) =>
      card.id.replace(/^slogan-/, ''),
    );
    expect(ids.sort()).toEqual(published.slice().sort());
    for (const id of ids) expect(existsSync(join(dist, 'slogans/files', `${id}-wall-a3.pdf`)), id).toBe(true);
    // Each card links the pages that put a community's name on its banner and its wall sheets; both are built.
    for (const card of [...first.querySelectorAll('.slogan-card'), ...second.querySelectorAll('.slogan-card')]) {
      const id = card.id.replace(/^slogan-/, '');
      for (const print of ['banner', 'wall']) {
        expect(card.querySelector(`a[href="/slogans/${id}/${print}/"]`), `${id} ${print}`).not.toBeNull();
        expect(existsSync(join(dist, 'slogans', id, print, 'index.html')), `${id} ${print}`).toBe(true);
      }
    }
    expect(second.querySelector('h1')!.textContent).toContain('第 2 页');
    expect(first.querySelector('nav.pagination a[rel=next]')!.getAttribute('href')).toBe('/slogans/2/');
  });

  it('keeps each page under the 20 KB page budget', () => {
    for (const path of ['slogans', 'slogans/2']) expect(gzipSync(html(path)).length / 1024, path).toBeLessThan(20);
  });

  it('finds a slogan on the page it is on', async () => {
    const search = await openSearch(dist);
    try {
      const card = parse(html('slogans/2'))
        .querySelectorAll('.slogan-card')
        .find((element) => /第.[甲乙丙丁]号/.test(element.textContent))!;
      const number = /第(.[甲乙丙丁])号/.exec(card.textContent)![1]!;
      expect((await search.search(`第${number}号`)).urls).toContain(`/slogans/2/#${card.id}`);
    } finally {
      await search.close();
    }
  });
});

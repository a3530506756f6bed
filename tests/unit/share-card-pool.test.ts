import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPosterFonts } from '../../src/posters/render/fonts';
import { startCardPool } from '../../src/share-cards/pool';
import { renderShareCard } from '../../src/share-cards/render';
import type { ShareCardSpec } from '../../src/share-cards/spec';
import { ROOT } from '../helpers/paths';

// Inside the project, as Astro's cache folder is: the threads' packages are resolved from there.
mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
const folder = mkdtempSync(join(ROOT, 'node_modules/.cache/share-card-pool-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const spec: ShareCardSpec = {
  siteName: '太原文明网·防疫文明宣传',
  host: 'wenming.taiyuan.example',
  section: '工作动态',
  title: '小店区：农贸市场开展防疫知识宣传第3期，居民的防护意识明显增强',
};

describe('share card threads', () => {
  it('draw the same bytes as drawing on the main thread, on several threads at once', { timeout: 60_000 }, async () => {
    const pool = await startCardPool(ROOT, folder, 2);
    try {
      const titles = ['正确洗手', spec.title, '防疫知识：个人防护', '标签：洗手'];
      const jobs = titles.flatMap((title) => (['wide', 'square'] as const).map((shape) => ({ title, shape })));
      const drawn = await Promise.all(jobs.map(({ title, shape }) => pool.draw({ ...spec, title }, shape)));
      const fonts = loadPosterFonts(ROOT);
      for (const [index, { title, shape }] of jobs.entries()) {
        expect(drawn[index]!.equals(await renderShareCard({ ...spec, title }, shape, fonts)), `${shape} ${title}`).toBe(
          true,
        );
      }
    } finally {
      await pool.close();
    }
    // The bundled thread file goes with the pool.
    expect(readdirSync(folder)).toEqual([]);
  });

  it('fail a card that cannot be drawn with its error, and go on drawing the others', { timeout: 60_000 }, async () => {
    const pool = await startCardPool(ROOT, folder, 1);
    try {
      await expect(pool.draw({ ...spec, title: undefined as unknown as string }, 'wide')).rejects.toThrow(
        TypeError.name,
      );
      expect((await pool.draw(spec, 'square')).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    } finally {
      await pool.close();
    }
  });

  it('fail the cards of a thread that cannot start, instead of waiting for it', { timeout: 60_000 }, async () => {
    // A project without the fonts: each thread throws as it starts.
    const elsewhere = mkdtempSync(join(tmpdir(), 'share-card-pool-'));
    const pool = await startCardPool(elsewhere, folder, 2);
    try {
      await expect(pool.draw(spec, 'wide')).rejects.toThrow(/share card thread (failed|stopped).*noto-sans-sc/s);
    } finally {
      await pool.close();
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

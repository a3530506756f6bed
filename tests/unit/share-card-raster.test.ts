import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadPosterFonts } from '../../src/posters/render/fonts';
import type { PosterLayout } from '../../src/posters/render/layout';
import { renderPosterSvg } from '../../src/posters/render/svg';
import { layoutShareCard } from '../../src/share-cards/layout';
import { cardPixels, rasteriseCard } from '../../src/share-cards/raster';
import { SHARE_CARD_SHAPES } from '../../src/share-cards/spec';
import { ROOT } from '../helpers/paths';

const fonts = loadPosterFonts(ROOT);
const spec = { siteName: '太原文明网·防疫文明宣传', host: 'wenming.taiyuan.example', section: '工作动态' };
const TITLES = ['正确洗手', '小店区：农贸市场开展防疫知识宣传第3期，居民的防护意识明显增强（COVID-19 Q&A）'];

/** The layout drawn whole by librsvg, as cards were drawn before (and posters still are). */
const drawnBySvg = async (layout: PosterLayout) =>
  sharp(Buffer.from(renderPosterSvg(layout, fonts, layout.width)))
    .removeAlpha()
    .raw()
    .toBuffer();

function difference(a: Uint8Array, b: Uint8Array): { mean: number; max: number } {
  let sum = 0;
  let max = 0;
  for (let index = 0; index < a.length; index++) {
    const d = Math.abs(a[index]! - b[index]!);
    sum += d;
    max = Math.max(max, d);
  }
  return { mean: sum / a.length, max };
}

describe('share card rasteriser', () => {
  for (const shape of ['wide', 'square'] as const) {
    for (const title of TITLES) {
      it(`${shape}, ${title.length} characters: looks as the whole card drawn by librsvg does`, async () => {
        const layout = layoutShareCard({ ...spec, title }, shape, fonts);
        const reference = await drawnBySvg(layout);
        const pixels = await cardPixels(layout, fonts);
        expect(pixels.length).toBe(reference.length);
        // Glyphs sit within a quarter pixel of where librsvg puts them: edges differ a little, nothing more.
        const { mean, max } = difference(pixels, reference);
        expect(mean).toBeLessThan(1);
        expect(max).toBeLessThan(64);
        // The comparison sees a missing line: the same card without its title is far off.
        const untitled = layoutShareCard({ ...spec, title: '' }, shape, fonts);
        expect(difference(await cardPixels(untitled, fonts), reference).mean).toBeGreaterThan(3);
      });
    }
    it(`${shape}: is a JPEG of the card's size`, async () => {
      const jpeg = await rasteriseCard(layoutShareCard({ ...spec, title: TITLES[1]! }, shape, fonts), fonts);
      const meta = await sharp(jpeg).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual([
        'jpeg',
        SHARE_CARD_SHAPES[shape].width,
        SHARE_CARD_SHAPES[shape].height,
      ]);
    });
  }

  it('refuses shapes share cards do not draw, rather than leaving them out', async () => {
    const layout: PosterLayout = {
      width: 10,
      height: 10,
      items: [{ kind: 'circle', cx: 5, cy: 5, r: 2, color: '#000000' }],
    };
    await expect(cardPixels(layout, fonts)).rejects.toThrow(/no circle/);
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadPosterFonts } from '../../src/posters/render/fonts';
import { layoutPoster } from '../../src/posters/render/layout';
import { pictureSize } from '../../src/posters/render/picture';
import { page } from '../helpers/dist';
import { DIST, ROOT } from '../helpers/paths';
import { pdfText } from '../helpers/pdf';
import { posterContentFromFile, posterPictureFromFile, publishedPosters } from '../helpers/posters';

const posters = publishedPosters();
const withPicture = posters.filter((poster) => poster.data.picture);
const withoutPicture = posters.filter((poster) => !poster.data.picture);
const file = (name: string) => join(DIST, 'posters/files', name);

/** `pdfimages -list` (poppler-utils): one row per image drawn on a page, with its pixels and resolution there. */
const HAS_PDFIMAGES = spawnSync('pdfimages', ['-v']).status === 0;
if (!HAS_PDFIMAGES) {
  const message = 'pdfimages is missing (apt-get install poppler-utils): the poster image checks cannot run.';
  if (process.env.CI) throw new Error(message);
  console.warn(`[poster image checks skipped] ${message}`);
}
function pdfImages(path: string): { width: number; height: number; xPpi: number; yPpi: number }[] {
  const result = spawnSync('pdfimages', ['-list', path], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
      return {
        width: Number(columns[3]),
        height: Number(columns[4]),
        xPpi: Number(columns[12]),
        yPpi: Number(columns[13]),
      };
    });
}

describe('a poster with a picture', () => {
  it('is among the sample posters: the school hand-washing poster with the seven-step drawing', () => {
    expect(withPicture.map((poster) => poster.id)).toContain('hand-washing-school');
    expect(withoutPicture.length).toBeGreaterThan(0);
  });

  describe.skipIf(!HAS_PDFIMAGES)('in its PDFs', () => {
    for (const [paper, scale] of [
      ['a4', 1],
      ['a3', Math.SQRT2],
    ] as const) {
      it(`embeds the picture once in the ${paper.toUpperCase()} PDF, undistorted, at print resolution; posters without one embed none`, async () => {
        for (const poster of withPicture) {
          const images = pdfImages(file(`${poster.id}-${paper}.pdf`));
          expect(images, poster.id).toHaveLength(1);
          const [image] = images;
          const source = await pictureSize(posterPictureFromFile(poster).file);
          expect(image!.width / image!.height, poster.id).toBeCloseTo(source.width / source.height, 2);
          // Same resolution across and down (not stretched), 300 dpi on A3 (unless the source has fewer pixels).
          expect(Math.abs(image!.xPpi - image!.yPpi), poster.id).toBeLessThanOrEqual(1);
          if (image!.width < source.width)
            expect(image!.xPpi, poster.id).toBeGreaterThanOrEqual(Math.floor((300 * Math.SQRT2) / scale) - 1);
        }
        for (const poster of withoutPicture)
          expect(pdfImages(file(`${poster.id}-${paper}.pdf`)), poster.id).toEqual([]);
      });
    }
  });

  it('prints the credit in the PDF as text', async () => {
    for (const poster of withPicture) {
      const [text = ''] = await pdfText(readFileSync(file(`${poster.id}-a4.pdf`)));
      expect(text, poster.id).toContain(`图片来源：${posterPictureFromFile(poster).credit}`);
    }
  });

  it('shows the picture in the PNG and the WebP preview where the layout puts it, not blank and not distorted', async () => {
    const fonts = loadPosterFonts(ROOT);
    for (const poster of withPicture) {
      const content = posterContentFromFile(poster);
      const size = await pictureSize(content.picture!.file);
      const box = layoutPoster(content, fonts, size).items.find((item) => item.kind === 'picture');
      expect(box, poster.id).toBeDefined();
      if (box?.kind !== 'picture') continue;
      for (const [name, tolerance] of [
        [`${poster.id}-a4.png`, 12],
        [`${poster.id}-preview.webp`, 20],
      ] as const) {
        const image = sharp(file(name));
        const { width = 0 } = await image.metadata();
        const scale = width / layoutPoster(content, fonts, size).width;
        // The box in pixels, a pixel inside its edges (anti-aliased there).
        const region = {
          left: Math.ceil(box.x * scale) + 1,
          top: Math.ceil(box.y * scale) + 1,
          width: Math.floor(box.width * scale) - 2,
          height: Math.floor(box.height * scale) - 2,
        };
        const shown = await image.extract(region).removeAlpha().raw().toBuffer();
        const stats = await sharp(shown, { raw: { width: region.width, height: region.height, channels: 3 } }).stats();
        expect(Math.max(...stats.channels.map((channel) => channel.stdev)), `${name}: blank`).toBeGreaterThan(30);
        // The source scaled to the same box: the poster shows the same picture, in the same proportions.
        const expected = await sharp(content.picture!.file)
          .resize(Math.floor(box.width * scale), Math.floor(box.height * scale), { fit: 'fill' })
          .extract({ left: 1, top: 1, width: region.width, height: region.height })
          .flatten({ background: '#ffffff' })
          .removeAlpha()
          .raw()
          .toBuffer();
        const difference =
          shown.reduce((sum, value, index) => sum + Math.abs(value - expected[index]!), 0) / shown.length;
        expect(difference, `${name}: mean difference from the picture`).toBeLessThan(tolerance);
      }
    }
  });
});

describe('the page of a poster with a picture', () => {
  for (const poster of withPicture) {
    const picture = posterPictureFromFile(poster);

    it(`${poster.id}: shows the picture with its alt text and its credit`, () => {
      const figure = page(`/posters/${poster.id}/`).querySelector('.poster-sheet__picture');
      expect(figure).not.toBeNull();
      const image = figure!.querySelector('img')!;
      expect(image.getAttribute('alt')).toBe(picture.alt);
      expect(Number(image.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(image.getAttribute('height'))).toBeGreaterThan(0);
      expect(figure!.querySelector('figcaption')?.textContent?.trim()).toBe(`图片来源：${picture.credit}`);
    });

    it(`${poster.id}: has the picture and its credit on the print sheet, and describes it in the embed`, () => {
      const sheet = page(`/posters/${poster.id}/print/`).querySelector('.poster-sheet-print__picture');
      expect(sheet?.querySelector('img')?.getAttribute('alt')).toBe(picture.alt);
      expect(sheet?.querySelector('figcaption')?.textContent?.trim()).toBe(`图片来源：${picture.credit}`);
      expect(page(`/embed/posters/${poster.id}/`).querySelector('img.embed__poster')?.getAttribute('alt')).toContain(
        picture.alt.replace(/。$/, ''),
      );
    });
  }

  it('shows no picture on the pages of posters without one', () => {
    for (const poster of withoutPicture) {
      expect(page(`/posters/${poster.id}/`).querySelector('.poster-sheet__picture'), poster.id).toBeNull();
      expect(page(`/posters/${poster.id}/print/`).querySelector('.poster-sheet-print__picture'), poster.id).toBeNull();
    }
  });
});

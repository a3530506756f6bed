import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { forgetPosterLookups, getPosterFiles } from '../../src/posters/render/cache';
import { posterText, type PosterContent } from '../../src/posters/render/content';
import { loadPosterFonts, textWidth } from '../../src/posters/render/fonts';
import {
  A4,
  layoutPoster,
  PICTURE_MIN_HEIGHT,
  type LayoutItem,
  type PictureSize,
} from '../../src/posters/render/layout';
import { PICTURE_PRINT_DPI, pictureSize, preparePicture } from '../../src/posters/render/picture';
import { QR_QUIET_ZONE, qrCode } from '../../src/lib/qr';
import { ROOT } from '../helpers/paths';
import { allPosters, posterContentFromFile } from '../helpers/posters';

const fonts = loadPosterFonts(ROOT);
const withPicture = posterContentFromFile(allPosters().find((poster) => poster.id === 'hand-washing-school')!);
const { picture: _, ...withoutPicture } = withPicture;
const MARGIN = 28;

/** The longest text the schema allows, with no space to break the headline at. */
const longest: PosterContent = {
  ...withPicture,
  headline: '一二三四五六七八九十一二',
  slogans: Array(3).fill('一二三四五六七八九十一二三四五六'),
  points: Array(6).fill('一二三四五六七八九十一二三四五六七八九十一二'),
  organizer: '太原市精神文明建设指导委员会办公室综合科',
  picture: { ...withPicture.picture!, credit: '太原市精神文明建设指导委员会办公室宣传科绘制，某某摄影工作室提供照片' },
};
/** Six short points: they go in two columns beside a picture. */
const shortPoints: PosterContent = {
  ...withPicture,
  points: ['戴口罩', '勤洗手', '常通风', '少聚集', '一米线', '用公筷'],
};

type Box = {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly what: string;
};

/** The ink of each line of text (CJK glyphs sit between 0.88 em above the baseline and 0.12 em below) and the picture. */
function boxes(items: readonly LayoutItem[]): Box[] {
  return items.flatMap((item): Box[] => {
    if (item.kind === 'text') {
      const width = textWidth(fonts[item.font].font, item.text, item.size);
      return [
        {
          left: item.x,
          top: item.baseline - item.size * 0.88,
          right: item.x + width,
          bottom: item.baseline + item.size * 0.12,
          what: item.text,
        },
      ];
    }
    if (item.kind === 'picture')
      return [{ left: item.x, top: item.y, right: item.x + item.width, bottom: item.y + item.height, what: '图片' }];
    if (item.kind === 'qr') {
      // The dark modules: the quiet zone around them is white and may touch the caption's line.
      const quiet = (item.side / (qrCode(item.url).size + 2 * QR_QUIET_ZONE)) * QR_QUIET_ZONE;
      return [
        {
          left: item.x + quiet,
          top: item.y + quiet,
          right: item.x + item.side - quiet,
          bottom: item.y + item.side - quiet,
          what: '二维码',
        },
      ];
    }
    return [];
  });
}

const overlap = (a: Box, b: Box) =>
  a.left < b.right - 0.01 && b.left < a.right - 0.01 && a.top < b.bottom - 0.01 && b.top < a.bottom - 0.01;

const SIZES: Record<string, PictureSize> = {
  'the seven-step drawing (wide)': { width: 3200, height: 1760 },
  'a portrait photo': { width: 3000, height: 4000 },
  'a panorama': { width: 4000, height: 800 },
};

describe('the poster layout with and without a picture', () => {
  const cases: [string, PosterContent, PictureSize | undefined][] = [
    ['a sample poster without a picture', withoutPicture, undefined],
    ['the longest poster without a picture', { ...longest, picture: undefined }, undefined],
    ...Object.entries(SIZES).flatMap(([name, size]): [string, PosterContent, PictureSize][] => [
      [`the hand-washing poster with ${name}`, withPicture, size],
      [`the longest poster with ${name}`, longest, size],
      [`six short points with ${name}`, shortPoints, size],
    ]),
  ];

  for (const [name, content, size] of cases) {
    it(`keeps ${name} inside the margins, with nothing over anything else`, () => {
      const { items } = layoutPoster(content, fonts, size);
      const all = boxes(items);
      for (const box of all) {
        expect(box.left, box.what).toBeGreaterThanOrEqual(MARGIN - 0.01);
        expect(box.right, box.what).toBeLessThanOrEqual(A4.width - MARGIN + 0.01);
        expect(box.top, box.what).toBeGreaterThanOrEqual(MARGIN - 0.01);
        expect(box.bottom, box.what).toBeLessThanOrEqual(A4.height - MARGIN + 0.01);
      }
      for (let i = 0; i < all.length; i++) {
        for (let j = i + 1; j < all.length; j++)
          expect(overlap(all[i]!, all[j]!), `${all[i]!.what} / ${all[j]!.what}`).toBe(false);
      }
      // Every word is printed at a size a printer keeps sharp; the points stay readable from a few steps.
      const lines = items.filter((item) => item.kind === 'text');
      for (const line of lines) expect(line.size, line.text).toBeGreaterThanOrEqual(9);
      for (const point of content.points) {
        const line = lines.find((item) => item.text === point)!;
        expect(line.size, point).toBeGreaterThanOrEqual(17);
      }
      const picture = items.find((item) => item.kind === 'picture');
      if (!size) {
        expect(picture).toBeUndefined();
        return;
      }
      expect(picture).toBeDefined();
      if (picture?.kind !== 'picture') return;
      // Not distorted: the box has the picture's proportions; large enough to see from a few steps.
      expect(picture.width / picture.height).toBeCloseTo(size.width / size.height, 6);
      const fullWidth = (A4.width - 2 * MARGIN) * (size.height / size.width);
      expect(picture.height).toBeGreaterThanOrEqual(
        Math.min(content === longest ? 85 : PICTURE_MIN_HEIGHT, fullWidth) - 0.01,
      );
      // Not over the band above it, nor over the points panel and the footer below it.
      const shapes = items.filter((item) => item.kind === 'rect');
      for (const shape of shapes) {
        const box = {
          left: shape.x,
          top: shape.y,
          right: shape.x + shape.width,
          bottom: shape.y + shape.height,
          what: 'rect',
        };
        expect(
          overlap(box, {
            left: picture.x,
            top: picture.y,
            right: picture.x + picture.width,
            bottom: picture.y + picture.height,
            what: '图片',
          }),
        ).toBe(false);
      }
      // The credit is printed just under the picture.
      const credit = lines.find((item) => item.text === `图片来源：${content.picture!.credit}`);
      expect(credit).toBeDefined();
      expect(credit!.baseline).toBeGreaterThan(picture.y + picture.height);
      expect(credit!.baseline - (picture.y + picture.height)).toBeLessThan(16);
    });
  }

  it('leaves the picture out when the poster has none, whatever size is passed', () => {
    expect(
      layoutPoster(withoutPicture, fonts, SIZES['a portrait photo']).items.some((item) => item.kind === 'picture'),
    ).toBe(false);
  });

  it('prints the credit, so the font check covers it', () => {
    expect(posterText(withPicture)).toContain('图片来源：太原文明网绘制');
    expect(posterText(withoutPicture).join('')).not.toContain('图片来源：太原文明网绘制');
  });
});

describe('the picture as the PDFs embed it', () => {
  it('is scaled to 300 dpi on A3, upright and undistorted, never enlarged', async () => {
    const file = withPicture.picture!.file;
    const size = await pictureSize(file);
    const prepared = await preparePicture(file, 300);
    expect(prepared.format).toBe('png');
    expect(prepared.width).toBe(Math.round(((300 * Math.SQRT2) / 72) * PICTURE_PRINT_DPI));
    expect(prepared.width / prepared.height).toBeCloseTo(size.width / size.height, 2);
    expect((await preparePicture(file, 2000)).width).toBe(size.width);
  });

  it('turns a photo the camera held sideways upright, and keeps photos JPEG', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'poster-picture-'));
    try {
      const file = join(folder, 'sideways.jpg');
      // 400 × 200 pixels as stored, shown 200 × 400 (EXIF orientation 6: rotate 90°).
      await sharp({ create: { width: 400, height: 200, channels: 3, background: '#3a7' } })
        .jpeg()
        .withMetadata({ orientation: 6 })
        .toFile(file);
      expect(await pictureSize(file)).toEqual({ width: 200, height: 400 });
      const prepared = await preparePicture(file, 100);
      expect(prepared.format).toBe('jpeg');
      expect([prepared.width, prepared.height]).toEqual([200, 400]);
      expect((await sharp(prepared.data).metadata()).orientation ?? 1).toBe(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the poster cache and the picture', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'poster-cache-'));
  const media = mkdtempSync(join(tmpdir(), 'poster-media-'));
  afterAll(() => {
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(media, { recursive: true, force: true });
  });
  const options = { cacheDir, projectRoot: ROOT };
  const file = join(media, 'steps.png');
  const content: PosterContent = { ...withPicture, picture: { ...withPicture.picture!, file } };

  it('renders again when the picture is replaced under the same name, and not when only its path or alt text changes', async () => {
    copyFileSync(withPicture.picture!.file, file);
    forgetPosterLookups();
    const first = await getPosterFiles(content, options);
    expect(first.rendered).toBe(true);

    // The same bytes elsewhere (a copy of the project) and a new alt text (not printed): the same entry.
    forgetPosterLookups();
    const moved = await getPosterFiles(
      { ...content, picture: { ...withPicture.picture!, alt: '七步洗手法的示意图' } },
      options,
    );
    expect([moved.rendered, moved.hash]).toEqual([false, first.hash]);

    // The drawing redrawn: one pixel differs.
    const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
    data[0] = 255 - data[0]!;
    await sharp(data, { raw: info }).png().toFile(`${file}.new`);
    copyFileSync(`${file}.new`, file);
    forgetPosterLookups();
    const redrawn = await getPosterFiles(content, options);
    expect(redrawn.rendered).toBe(true);
    expect(redrawn.hash).not.toBe(first.hash);
  });

  it('renders again when the credit changes', async () => {
    forgetPosterLookups();
    const before = await getPosterFiles(content, options);
    const credited = await getPosterFiles(
      { ...content, picture: { ...content.picture!, credit: '市卫健委供图' } },
      options,
    );
    expect(credited.rendered).toBe(true);
    expect(credited.hash).not.toBe(before.hash);
  });
});

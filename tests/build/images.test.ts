import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { distFiles } from '../helpers/dist';
import { CONTENT, DIST } from '../helpers/paths';

describe('served images', () => {
  it('come from a sample photo that does carry GPS tags', async () => {
    const { exif } = await sharp(join(CONTENT, 'media/update-poster-board.jpg')).metadata();
    expect(exifReader(exif!).GPSInfo?.GPSLatitude).toBeDefined();
  });

  it('carry no location, camera or other EXIF data, and no XMP or IPTC', async () => {
    const images = distFiles().filter((file) => /\.(jpe?g|png|webp|avif)$/i.test(file));
    expect(images.some((file) => file.includes('update-poster-board'))).toBe(true);
    for (const file of images) {
      const { exif, xmp, iptc } = await sharp(readFileSync(join(DIST, file))).metadata();
      expect({ file, xmp: Boolean(xmp), iptc: Boolean(iptc) }).toEqual({ file, xmp: false, iptc: false });
      if (!exif) continue;
      // Only technical tags (the print resolution of the poster PNGs, so they print at A4 size) may be
      // recorded: nothing about where, when or with what a picture was taken.
      const { Image = {}, Photo = {}, GPSInfo } = exifReader(exif);
      expect(GPSInfo, file).toBeUndefined();
      const technical = new Set([
        'XResolution',
        'YResolution',
        'ResolutionUnit',
        'Orientation',
        'YCbCrPositioning',
        'ExifTag',
        'ColorSpace',
        'ComponentsConfiguration',
        'ExifVersion',
        'FlashpixVersion',
        'PixelXDimension',
        'PixelYDimension',
      ]);
      expect(
        [...Object.keys(Image), ...Object.keys(Photo)].filter((tag) => !technical.has(tag)),
        file,
      ).toEqual([]);
    }
  });
});

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

  it('carry no EXIF, GPS, XMP or IPTC data', async () => {
    const images = distFiles().filter((file) => /\.(jpe?g|png|webp|avif)$/i.test(file));
    expect(images.some((file) => file.includes('update-poster-board'))).toBe(true);
    for (const file of images) {
      const { exif, xmp, iptc } = await sharp(readFileSync(join(DIST, file))).metadata();
      expect({ file, exif: Boolean(exif), xmp: Boolean(xmp), iptc: Boolean(iptc) }).toEqual({ file, exif: false, xmp: false, iptc: false });
    }
  });
});

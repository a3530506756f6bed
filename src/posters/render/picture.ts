import sharp from 'sharp';
import type { PictureSize } from './layout';

/** Dots per inch of the picture embedded in the PDFs, at the largest paper (A3). */
export const PICTURE_PRINT_DPI = 300;
/** A3 is the A4 layout scaled by √2: the picture is prepared for that size. */
const A3_SCALE = Math.SQRT2;

/** The picture as the renderers embed it: pixels for its box at print resolution, on white. */
export interface PreparedPicture {
  readonly data: Buffer;
  readonly format: 'jpeg' | 'png';
  readonly width: number;
  readonly height: number;
}

/** The picture's size as it is shown: after the rotation its camera recorded (EXIF). */
export async function pictureSize(file: string): Promise<PictureSize> {
  const meta = await sharp(file).metadata();
  if (!meta.width || !meta.height) throw new Error(`${file}：无法读取图片的尺寸。`);
  return (meta.orientation ?? 1) >= 5
    ? { width: meta.height, height: meta.width }
    : { width: meta.width, height: meta.height };
}

/**
 * The picture scaled (never enlarged, never distorted) to fill a box of `boxWidth` points on the A4
 * layout at PICTURE_PRINT_DPI on A3, turned upright, on white (PDF viewers and office printers
 * differ on transparency) and without its metadata (no camera or GPS data in a poster). Photos stay
 * JPEG; drawings (PNG, GIF, SVG…) become PNG, which keeps their lines sharp.
 */
export async function preparePicture(file: string, boxWidth: number): Promise<PreparedPicture> {
  const meta = await sharp(file).metadata();
  const width = Math.round(((boxWidth * A3_SCALE) / 72) * PICTURE_PRINT_DPI);
  const image = sharp(file, { density: meta.format === 'svg' ? 300 : undefined })
    .rotate()
    .resize({ width, withoutEnlargement: true })
    .flatten({ background: '#ffffff' });
  const format = meta.format === 'jpeg' ? 'jpeg' : 'png';
  const { data, info } = await (
    format === 'jpeg'
      ? image.jpeg({ quality: 85, mozjpeg: true })
      : image.png({ compressionLevel: 9, palette: true, quality: 100 })
  ).toBuffer({
    resolveWithObject: true,
  });
  return { data, format, width: info.width, height: info.height };
}

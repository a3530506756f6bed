import sharp from 'sharp';
import type { PosterFonts } from './fonts';
import type { PosterLayout } from './layout';
import type { PreparedPicture } from './picture';
import { renderPosterSvg } from './svg';

/** Print resolution of the PNG: enough for text on an office printer at A4. */
export const PNG_DPI = 150;
/** Width of the WebP preview in the gallery and embeds (2× a 210 CSS px card). */
export const PREVIEW_WIDTH = 420;

export interface Raster {
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
}

/** The A4 page as a PNG at PNG_DPI, with the resolution recorded so it prints at A4 size. */
export async function renderPosterPng(
  layout: PosterLayout,
  fonts: PosterFonts,
  picture?: PreparedPicture,
): Promise<Raster> {
  const width = Math.round((layout.width / 72) * PNG_DPI);
  const { data, info } = await sharp(Buffer.from(renderPosterSvg(layout, fonts, width, picture)))
    .withMetadata({ density: PNG_DPI })
    .png({ compressionLevel: 9, palette: true, quality: 100 })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** A small WebP of the poster for cards and embeds, drawn from the same outlines. */
export async function renderPosterPreview(
  layout: PosterLayout,
  fonts: PosterFonts,
  picture?: PreparedPicture,
): Promise<Raster> {
  const { data, info } = await sharp(Buffer.from(renderPosterSvg(layout, fonts, PREVIEW_WIDTH, picture)))
    .webp({ quality: 82 })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Any layout (a banner, say) as a PNG `pixelWidth` pixels wide: a preview to look at, not a print file. */
export async function renderLayoutPng(layout: PosterLayout, fonts: PosterFonts, pixelWidth: number): Promise<Raster> {
  const { data, info } = await sharp(Buffer.from(renderPosterSvg(layout, fonts, pixelWidth)))
    .png({ compressionLevel: 9, palette: true, quality: 100 })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

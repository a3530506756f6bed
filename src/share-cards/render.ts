import sharp from 'sharp';
import type { PosterFonts } from '../posters/render/fonts';
import { renderPosterSvg } from '../posters/render/svg';
import { layoutShareCard } from './layout';
import { SHARE_CARD_SHAPES, type ShareCardShape, type ShareCardSpec } from './spec';

/**
 * A share card as a JPEG: every app that shows link previews reads it, and it is the cheapest to
 * make (a palette PNG is smaller but takes twice as long to encode, for thousands of pages).
 */
export async function renderShareCard(spec: ShareCardSpec, shape: ShareCardShape, fonts: PosterFonts): Promise<Buffer> {
  const layout = layoutShareCard(spec, shape, fonts);
  const svg = renderPosterSvg(layout, fonts, SHARE_CARD_SHAPES[shape].width);
  return sharp(Buffer.from(svg)).jpeg({ quality: 76 }).toBuffer();
}

import type { PosterFonts } from '../posters/render/fonts';
import { layoutShareCard } from './layout';
import { rasteriseCard } from './raster';
import { type ShareCardShape, type ShareCardSpec } from './shapes';

/**
 * A share card as a JPEG: every app that shows link previews reads it, and it is the cheapest to
 * make (a palette PNG is smaller but takes twice as long to encode, for thousands of pages).
 */
export async function renderShareCard(spec: ShareCardSpec, shape: ShareCardShape, fonts: PosterFonts): Promise<Buffer> {
  return rasteriseCard(layoutShareCard(spec, shape, fonts), fonts);
}

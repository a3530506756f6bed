import type { Font, Glyph } from 'fontkit';
import sharp from 'sharp';
import type { PosterFonts } from '../posters/render/fonts';
import type { PosterLayout } from '../posters/render/layout';

/**
 * Share cards rasterised without drawing the whole card as SVG: a build draws two cards per page,
 * and librsvg spent ≈ 10 ms of CPU on each (5 ms to set up a surface for any SVG, the rest on the
 * title's glyph outlines). Here each glyph is rasterised once per font, size and quarter-pixel
 * position by librsvg (so it looks as it did), kept as an alpha mask, and blended into an RGB
 * buffer with the rectangles, which sharp then encodes: ≈ 2 ms per card, mostly the JPEG encoder.
 *
 * Only what share cards draw is supported (filled rectangles without rounded corners, text);
 * anything else throws, so a change of the card's layout cannot go missing from the picture.
 */

/** A glyph's coverage, placed relative to its origin on the baseline. */
interface GlyphMask {
  /** Pixel offset of the mask's left and top edges from the glyph origin's whole pixel. */
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly alpha: Uint8Array;
}

/** Glyph positions are kept to a quarter pixel across and down: at most 16 masks of a glyph at a size. */
const PHASES = 4;
/** Masks of one process, by font file, glyph, size and phase: a site's titles share a few thousand characters. */
const MASKS = new Map<string, GlyphMask | null>();
/**
 * At most this many masks are kept (≈ 3 KB each at the largest size): a city's titles may use 3,000
 * characters at a dozen sizes and positions, and memory must not grow with that. Past it the
 * cache starts again; the common characters are back after a card or two.
 */
const MAX_MASKS = 20_000;
/** Widest row of glyph cells rasterised in one call. */
const SHEET_WIDTH = 2048;

const keyOf = (file: string, glyph: Glyph, size: number, phaseX: number, phaseY: number) =>
  `${file}:${glyph.id}:${size}:${phaseX}:${phaseY}`;

interface WantedGlyph {
  readonly key: string;
  readonly glyph: Glyph;
  readonly font: Font;
  readonly size: number;
  readonly phaseX: number;
  readonly phaseY: number;
}

/**
 * The masks of `wanted` (null for a glyph with no outline, a space): those known taken at once (so
 * another card starting the cache again meanwhile takes none away), the others rasterised together
 * in one librsvg call (one surface, rows of cells).
 */
async function masksOf(wanted: readonly WantedGlyph[]): Promise<Map<string, GlyphMask | null>> {
  const masks = new Map<string, GlyphMask | null>();
  const missing = new Map<string, WantedGlyph>();
  for (const want of wanted) {
    const known = MASKS.get(want.key);
    if (known !== undefined) masks.set(want.key, known);
    else missing.set(want.key, want);
  }
  if (missing.size === 0) return masks;
  if (MASKS.size + missing.size > MAX_MASKS) MASKS.clear();
  const remember = (key: string, mask: GlyphMask | null) => {
    MASKS.set(key, mask);
    masks.set(key, mask);
  };
  const cells: { key: string; x: number; y: number; mask: Omit<GlyphMask, 'alpha'> }[] = [];
  const paths: string[] = [];
  // Cells in rows of at most SHEET_WIDTH pixels.
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const { key, glyph, font, size, phaseX, phaseY } of missing.values()) {
    const scale = size / font.unitsPerEm;
    const box = glyph.bbox;
    const d = glyph.path.toSVG();
    if (!d || box.maxX <= box.minX || box.maxY <= box.minY) {
      remember(key, null);
      continue;
    }
    const originX = phaseX / PHASES;
    const originY = phaseY / PHASES;
    const left = Math.floor(originX + box.minX * scale) - 1;
    const right = Math.ceil(originX + box.maxX * scale) + 1;
    const top = Math.floor(originY - box.maxY * scale) - 1;
    const bottom = Math.ceil(originY - box.minY * scale) + 1;
    const mask = { left, top, width: right - left, height: bottom - top };
    if (x > 0 && x + mask.width > SHEET_WIDTH) {
      y += rowHeight;
      x = 0;
      rowHeight = 0;
    }
    cells.push({ key, x, y, mask });
    paths.push(
      `<path transform="translate(${x - left + originX} ${y - top + originY}) scale(${scale} ${-scale})" d="${d}"/>`,
    );
    x += mask.width;
    rowHeight = Math.max(rowHeight, mask.height);
  }
  if (cells.length === 0) return masks;
  const sheetWidth = Math.max(...cells.map((cell) => cell.x + cell.mask.width));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${sheetWidth}" height="${y + rowHeight}">${paths.join('')}</svg>`;

  const alpha = await sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer();
  for (const { key, x: cellX, y: cellY, mask } of cells) {
    const own = new Uint8Array(mask.width * mask.height);
    for (let row = 0; row < mask.height; row++) {
      const start = (cellY + row) * sheetWidth + cellX;
      own.set(alpha.subarray(start, start + mask.width), row * mask.width);
    }
    remember(key, { ...mask, alpha: own });
  }
  return masks;
}

/** A position as a whole pixel and the quarter pixels past it. */
function quarterPixels(position: number): { pixel: number; phase: number } {
  const quarters = Math.round(position * PHASES);
  const phase = ((quarters % PHASES) + PHASES) % PHASES;
  return { pixel: (quarters - phase) / PHASES, phase };
}

/** `#rrggbb` as three bytes. */
function rgb(color: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) throw new Error(`share card colour ${color}: only #rrggbb is supported`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** Blends `color` into the pixel at byte `offset` with coverage `alpha` (0–255), in sRGB as librsvg does. */
function blend(pixels: Uint8Array, offset: number, r: number, g: number, b: number, alpha: number): void {
  if (alpha === 0) return;
  if (alpha === 255) {
    pixels[offset] = r;
    pixels[offset + 1] = g;
    pixels[offset + 2] = b;
    return;
  }
  const keep = 255 - alpha;
  pixels[offset] = (pixels[offset]! * keep + r * alpha + 127) / 255;
  pixels[offset + 1] = (pixels[offset + 1]! * keep + g * alpha + 127) / 255;
  pixels[offset + 2] = (pixels[offset + 2]! * keep + b * alpha + 127) / 255;
}

/** How much of the pixel span [p, p + 1) the interval [from, to) covers. */
const covered = (p: number, from: number, to: number) => Math.max(0, Math.min(p + 1, to) - Math.max(p, from));

/** An axis-aligned rectangle with edges antialiased by the share of each pixel they cover. */
function fillRect(
  pixels: Uint8Array,
  width: number,
  height: number,
  rect: { x: number; y: number; width: number; height: number },
  [r, g, b]: readonly number[],
): void {
  const x0 = Math.max(0, Math.floor(rect.x));
  const x1 = Math.min(width, Math.ceil(rect.x + rect.width));
  const y0 = Math.max(0, Math.floor(rect.y));
  const y1 = Math.min(height, Math.ceil(rect.y + rect.height));
  if (x1 <= x0 || y1 <= y0) return;
  const columns = Array.from({ length: x1 - x0 }, (_, index) => covered(x0 + index, rect.x, rect.x + rect.width));
  // Whole pixels inside the rectangle's left and right edges are set, a row at a time.
  const inner0 = x0 + (columns[0]! < 1 ? 1 : 0);
  const inner1 = Math.max(inner0, x1 - (columns.at(-1)! < 1 ? 1 : 0));
  const solid = new Uint8Array((inner1 - inner0) * 3);
  for (let index = 0; index < solid.length; index += 3) {
    solid[index] = r!;
    solid[index + 1] = g!;
    solid[index + 2] = b!;
  }
  for (let y = y0; y < y1; y++) {
    const cy = covered(y, rect.y, rect.y + rect.height);
    if (cy === 1) {
      pixels.set(solid, (y * width + inner0) * 3);
      if (inner0 > x0) blend(pixels, (y * width + x0) * 3, r!, g!, b!, Math.round(255 * columns[0]!));
      if (inner1 < x1) blend(pixels, (y * width + x1 - 1) * 3, r!, g!, b!, Math.round(255 * columns.at(-1)!));
      continue;
    }
    for (let x = x0; x < x1; x++)
      blend(pixels, (y * width + x) * 3, r!, g!, b!, Math.round(255 * cy * columns[x - x0]!));
  }
}

/**
 * The card as a JPEG. Quality 76 with libjpeg's standard Huffman tables: optimised tables make the
 * file 8 % smaller but take as long again as the rest of the encoding, for two cards a page.
 */
export async function rasteriseCard(layout: PosterLayout, fonts: PosterFonts): Promise<Buffer> {
  const pixels = await cardPixels(layout, fonts);
  return sharp(pixels, { raw: { width: layout.width, height: layout.height, channels: 3 } })
    .jpeg({ quality: 76, optimiseCoding: false })
    .toBuffer();
}

/** The card's pixels: RGB, `layout.width` × `layout.height` (share cards are laid out in pixels). */
export async function cardPixels(layout: PosterLayout, fonts: PosterFonts): Promise<Uint8Array> {
  const { width, height } = layout;
  if (!Number.isInteger(width) || !Number.isInteger(height))
    throw new Error(`share card size ${width} × ${height}: whole pixels expected`);
  // Every glyph of the card, where it goes; the masks not yet known are rasterised together first.
  const runs = layout.items.flatMap((item) => {
    if (item.kind === 'rect') {
      if (item.radius) throw new Error('share cards draw no rounded rectangles');
      return [];
    }
    if (item.kind !== 'text') throw new Error(`share cards draw no ${item.kind}`);
    const { font, file } = fonts[item.font];
    const scale = item.size / font.unitsPerEm;
    const run = font.layout(item.text);
    let x = item.x;
    return run.glyphs.map((glyph, index) => {
      const position = run.positions[index]!;
      const across = quarterPixels(x + position.xOffset * scale);
      const down = quarterPixels(item.baseline - position.yOffset * scale);
      x += position.xAdvance * scale;
      return {
        item,
        pixelX: across.pixel,
        pixelY: down.pixel,
        want: {
          key: keyOf(file, glyph, item.size, across.phase, down.phase),
          glyph,
          font,
          size: item.size,
          phaseX: across.phase,
          phaseY: down.phase,
        },
      };
    });
  });
  const masks = await masksOf(runs.map((run) => run.want));

  const pixels = new Uint8Array(width * height * 3).fill(255);
  let next = 0;
  for (const item of layout.items) {
    if (item.kind === 'rect') {
      fillRect(pixels, width, height, item, rgb(item.color));
      continue;
    }
    if (item.kind !== 'text') continue;
    const [r, g, b] = rgb(item.color);
    for (; next < runs.length && runs[next]!.item === item; next++) {
      const { pixelX, pixelY, want } = runs[next]!;
      const mask = masks.get(want.key);
      if (mask === undefined) throw new Error(`share card: no mask for glyph ${want.key}`);
      if (mask === null) continue;
      const { alpha } = mask;
      for (let row = 0; row < mask.height; row++) {
        const y = pixelY + mask.top + row;
        if (y < 0 || y >= height) continue;
        for (let column = 0; column < mask.width; column++) {
          const x = pixelX + mask.left + column;
          if (x >= 0 && x < width) blend(pixels, (y * width + x) * 3, r, g, b, alpha[row * mask.width + column]!);
        }
      }
    }
  }
  return pixels;
}

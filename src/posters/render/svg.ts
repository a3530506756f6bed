import type { Glyph } from 'fontkit';
import type { PosterFontName, PosterFonts } from './fonts';
import type { PosterLayout } from './layout';
import type { PreparedPicture } from './picture';
import { QR_QUIET_ZONE, qrCode, qrPathData } from '../../lib/qr';

const round = (value: number) => Math.round(value * 100) / 100;

/** Glyph outlines as SVG path data, per font and glyph: drawing them is the slow part of a text run. */
const OUTLINES = new Map<string, string>();

/**
 * The poster as SVG with every glyph drawn as an outline from the poster font, so sharp (librsvg)
 * rasterises it without any font installed, and it looks the same as the PDF.
 */
export function renderPosterSvg(
  layout: PosterLayout,
  fonts: PosterFonts,
  pixelWidth: number,
  picture?: PreparedPicture,
): string {
  const pixelHeight = Math.round((pixelWidth * layout.height) / layout.width);
  const outline = (font: PosterFontName, glyph: Glyph) => {
    const key = `${fonts[font].file}:${glyph.id}`;
    let path = OUTLINES.get(key);
    if (path === undefined) OUTLINES.set(key, (path = glyph.path.toSVG()));
    return path;
  };
  const parts: string[] = [];
  for (const item of layout.items) {
    switch (item.kind) {
      case 'rect':
        parts.push(
          `<rect x="${round(item.x)}" y="${round(item.y)}" width="${round(item.width)}" height="${round(item.height)}" rx="${item.radius ?? 0}" fill="${item.color}"/>`,
        );
        break;
      case 'circle':
        parts.push(`<circle cx="${round(item.cx)}" cy="${round(item.cy)}" r="${round(item.r)}" fill="${item.color}"/>`);
        break;
      case 'text': {
        const { font } = fonts[item.font];
        const scale = item.size / font.unitsPerEm;
        const run = font.layout(item.text);
        let x = item.x;
        const glyphs: string[] = [];
        run.glyphs.forEach((glyph, index) => {
          const position = run.positions[index]!;
          const d = outline(item.font, glyph);
          const gx = x + position.xOffset * scale;
          const gy = item.baseline - position.yOffset * scale;
          if (d)
            glyphs.push(`<path transform="translate(${round(gx)} ${round(gy)}) scale(${scale} ${-scale})" d="${d}"/>`);
          x += position.xAdvance * scale;
        });
        parts.push(`<g fill="${item.color}">${glyphs.join('')}</g>`);
        break;
      }
      case 'qr': {
        const code = qrCode(item.url);
        const side = code.size + 2 * QR_QUIET_ZONE;
        parts.push(
          `<g transform="translate(${round(item.x)} ${round(item.y)}) scale(${item.side / side})" shape-rendering="crispEdges">` +
            `<rect width="${side}" height="${side}" fill="#ffffff"/><path fill="#000000" d="${qrPathData(code, QR_QUIET_ZONE)}"/></g>`,
        );
        break;
      }
      case 'picture':
        if (picture) {
          parts.push(
            `<image x="${round(item.x)}" y="${round(item.y)}" width="${round(item.width)}" height="${round(item.height)}" preserveAspectRatio="none" ` +
              `href="data:image/${picture.format};base64,${picture.data.toString('base64')}"/>`,
          );
        }
        break;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixelWidth}" height="${pixelHeight}" viewBox="0 0 ${layout.width} ${layout.height}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`
  );
}

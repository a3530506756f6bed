import { POSTER_LABELS, type PosterContent } from './content';
import { textWidth, type PosterFontName, type PosterFonts } from './fonts';
import { INK, MUTED, POSTER_PALETTES } from './palette';

/** A4 portrait in PostScript points: the page every poster is laid out on (A3 is this, scaled). */
export const A4 = { width: 595.28, height: 841.89 } as const;

export type LayoutItem =
  | { readonly kind: 'rect'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly color: string; readonly radius?: number }
  | { readonly kind: 'circle'; readonly cx: number; readonly cy: number; readonly r: number; readonly color: string }
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly font: PosterFontName;
      readonly size: number;
      /** Left end of the line. */
      readonly x: number;
      readonly baseline: number;
      readonly color: string;
    }
  /** A QR code whose square (quiet zone included) has its top left corner at x, y. */
  | { readonly kind: 'qr'; readonly x: number; readonly y: number; readonly side: number; readonly url: string };

/** A poster as positioned shapes and lines of text on an A4 page; y grows downwards. */
export interface PosterLayout {
  readonly width: number;
  readonly height: number;
  readonly items: readonly LayoutItem[];
}

/**
 * Ordinary office printers cannot print to the edge of the sheet: everything stays 10 mm inside it,
 * so nothing is cut off.
 */
const MARGIN = 28;
const BAND_PADDING = 30;
const FOOTER_HEIGHT = 150;
const QR_SIDE = 120;
const WHITE = '#ffffff';

/**
 * Lays a poster out on A4. Sizes shrink to fit the longest text the schema allows (a 12-character
 * headline, 16-character slogans, 22-character points), so nothing ever overflows.
 */
export function layoutPoster(content: PosterContent, fonts: PosterFonts): PosterLayout {
  const palette = POSTER_PALETTES[content.theme];
  const items: LayoutItem[] = [];
  const left = MARGIN;
  const right = A4.width - MARGIN;
  const inner = right - left;
  const measure = (font: PosterFontName, text: string, size: number) => textWidth(fonts[font].font, text, size);
  /** The largest size up to `max` at which `text` fits `width`. */
  const fit = (font: PosterFontName, text: string, max: number, width: number) => Math.min(max, width / measure(font, text, 1));
  const text = (font: PosterFontName, value: string, size: number, x: number, baseline: number, color: string) =>
    items.push({ kind: 'text', text: value, font, size, x, baseline, color });
  const centred = (font: PosterFontName, value: string, size: number, baseline: number, color: string) =>
    text(font, value, size, left + (inner - measure(font, value, size)) / 2, baseline, color);

  // Band: site name and topic, the headline, the slogans.
  const bandItems = items.length;
  let y = MARGIN + BAND_PADDING + 12;
  text('regular', content.siteName, 13, left + BAND_PADDING, y, WHITE);
  const topic = `主题：${content.topic}`;
  text('regular', topic, 13, right - BAND_PADDING - measure('regular', topic, 13), y, WHITE);

  // A full-width (ideographic) space reads as the pause an editor's half-width space means.
  const headline = content.headline.trim().replace(/\s+/g, '\u3000');
  const headlineWidth = inner - 2 * BAND_PADDING;
  let lines = [headline];
  let headlineSize = fit('bold', headline, 66, headlineWidth);
  if (headlineSize < 48 && headline.includes('\u3000')) {
    lines = headline.split('\u3000');
    headlineSize = Math.min(...lines.map((line) => fit('bold', line, 66, headlineWidth)));
  }
  y += 24;
  for (const line of lines) {
    y += headlineSize * 1.2;
    centred('bold', line, headlineSize, y, WHITE);
  }
  // The short rule sits below the headline's descenders, clear of a gap between its words.
  y += headlineSize * 0.3 + 12;
  const ruleY = y;
  y += 6;
  const sloganSize = Math.min(...content.slogans.map((slogan) => fit('regular', slogan, 26, headlineWidth)));
  for (const slogan of content.slogans) {
    y += sloganSize * 1.55;
    centred('regular', slogan, sloganSize, y, WHITE);
  }
  const bandBottom = y + BAND_PADDING;
  items.splice(
    bandItems,
    0,
    { kind: 'rect', x: left, y: MARGIN, width: inner, height: bandBottom - MARGIN, color: palette.main, radius: 8 },
    { kind: 'rect', x: left + inner / 2 - 40, y: ruleY, width: 80, height: 2, color: WHITE },
  );

  // Key points: numbered rows, evenly spread over the tinted panel.
  const footerTop = A4.height - MARGIN - FOOTER_HEIGHT;
  const panelTop = bandBottom + 20;
  const panelBottom = footerTop - 20;
  items.push({ kind: 'rect', x: left, y: panelTop, width: inner, height: panelBottom - panelTop, color: palette.tint, radius: 8 });
  const count = content.points.length;
  const rowHeight = Math.min(74, (panelBottom - panelTop - 24) / count);
  const textLeft = left + 76;
  const pointSize = Math.min(rowHeight * 0.44, ...content.points.map((point) => fit('regular', point, 25, right - 24 - textLeft)));
  const rowsTop = (panelTop + panelBottom) / 2 - (rowHeight * count) / 2;
  content.points.forEach((point, index) => {
    const middle = rowsTop + rowHeight * (index + 0.5);
    const r = Math.max(13, pointSize * 0.72);
    const number = String(index + 1);
    const numberSize = r * 1.1;
    items.push({ kind: 'circle', cx: left + 40, cy: middle, r, color: palette.main });
    text('bold', number, numberSize, left + 40 - measure('bold', number, numberSize) / 2, middle + numberSize * 0.36, WHITE);
    text('regular', point, pointSize, textLeft, middle + pointSize * 0.36, INK);
  });

  // Footer: who issued it and when, and the QR code to the article.
  items.push({ kind: 'rect', x: left, y: footerTop, width: inner, height: 3, color: palette.main });
  const qrX = right - QR_SIDE;
  const qrY = footerTop + 12;
  items.push({ kind: 'qr', x: qrX, y: qrY, side: QR_SIDE, url: content.qrUrl });
  const scan = POSTER_LABELS.scan;
  text('regular', scan, 11, qrX + (QR_SIDE - measure('regular', scan, 11)) / 2, qrY + QR_SIDE + 8, INK);
  const columnWidth = qrX - left - 20;
  let footerY = footerTop + 36;
  text('regular', POSTER_LABELS.organizer, 12, left, footerY, MUTED);
  const organizerSize = fit('bold', content.organizer, 17, columnWidth);
  footerY += 28;
  text('bold', content.organizer, organizerSize, left, footerY, INK);
  footerY += 30;
  text('regular', `${POSTER_LABELS.published}${content.published}`, 13, left, footerY, INK);
  footerY += 26;
  text('regular', content.qrUrl, fit('regular', content.qrUrl, 10, columnWidth), left, footerY, MUTED);

  return { width: A4.width, height: A4.height, items };
}

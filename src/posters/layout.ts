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
const LEFT = MARGIN;
const RIGHT = A4.width - MARGIN;
const INNER = RIGHT - LEFT;
const BAND_PADDING = 30;
const GAP = 20;
const FOOTER_HEIGHT = 150;
const FOOTER_TOP = A4.height - MARGIN - FOOTER_HEIGHT;
const QR_SIDE = 120;
/** Key points stay readable from a few steps away: a row never gets lower than this. */
const MIN_ROW = 46;
const MAX_ROW = 74;
const HEADLINE_MAX = 66;
const SLOGAN_MAX = 26;
/** Space between the words of a headline, in em. */
const WORD_GAP = 0.5;
const WHITE = '#ffffff';

/** Collects items; measures with the poster fonts. */
class Sheet {
  readonly items: LayoutItem[] = [];
  constructor(private readonly fonts: PosterFonts) {}

  measure(font: PosterFontName, text: string, size: number): number {
    return textWidth(this.fonts[font].font, text, size);
  }

  /** The largest size up to `max` at which `text` fits `width`. */
  fit(font: PosterFontName, text: string, max: number, width: number): number {
    return Math.min(max, width / this.measure(font, text, 1));
  }

  text(font: PosterFontName, text: string, size: number, x: number, baseline: number, color: string): void {
    this.items.push({ kind: 'text', text, font, size, x, baseline, color });
  }

  centred(font: PosterFontName, text: string, size: number, baseline: number, color: string): void {
    this.text(font, text, size, LEFT + (INNER - this.measure(font, text, size)) / 2, baseline, color);
  }
}

/**
 * The headline's lines: words (an editor's space between them) set half an em apart; one line when
 * it can be large, else the two-line split that sets it largest.
 */
function headlineLines(sheet: Sheet, headline: string, width: number): { lines: string[][]; size: number } {
  const words = headline.trim().split(/\s+/);
  const lineWidth = (line: readonly string[]) => line.reduce((sum, word) => sum + sheet.measure('bold', word, 1), 0) + (line.length - 1) * WORD_GAP;
  const fitLines = (lines: string[][]) => Math.min(HEADLINE_MAX, ...lines.map((line) => width / lineWidth(line)));
  let best = { lines: [words], size: fitLines([words]) };
  for (let split = 1; best.size < 48 && split < words.length; split++) {
    const lines = [words.slice(0, split), words.slice(split)];
    if (fitLines(lines) > best.size) best = { lines, size: fitLines(lines) };
  }
  return best;
}

/** The coloured band (site name, topic, headline, slogans) at a scale of its type; returns its bottom. */
function layoutBand(sheet: Sheet, content: PosterContent, color: string, scale: number): number {
  const textWidth = INNER - 2 * BAND_PADDING;
  const band = sheet.items.length;
  let y = MARGIN + BAND_PADDING + 12;
  sheet.text('regular', content.siteName, 13, LEFT + BAND_PADDING, y, WHITE);
  const topic = `主题：${content.topic}`;
  sheet.text('regular', topic, 13, RIGHT - BAND_PADDING - sheet.measure('regular', topic, 13), y, WHITE);

  const headline = headlineLines(sheet, content.headline, textWidth);
  const size = headline.size * scale;
  y += 24 * scale;
  for (const line of headline.lines) {
    y += size * 1.2;
    const width = line.reduce((sum, word) => sum + sheet.measure('bold', word, size), 0) + (line.length - 1) * size * WORD_GAP;
    let x = LEFT + (INNER - width) / 2;
    for (const word of line) {
      sheet.text('bold', word, size, x, y, WHITE);
      x += sheet.measure('bold', word, size) + size * WORD_GAP;
    }
  }
  // A short rule below the headline's descenders.
  y += size * 0.3 + 14 * scale;
  const ruleY = y;
  y += 6 * scale;
  const sloganSize = Math.min(...content.slogans.map((slogan) => sheet.fit('regular', slogan, SLOGAN_MAX, textWidth))) * scale;
  for (const slogan of content.slogans) {
    y += sloganSize * 1.55;
    sheet.centred('regular', slogan, sloganSize, y, WHITE);
  }
  const bottom = y + BAND_PADDING;
  // The band's shapes go under its text.
  sheet.items.splice(
    band,
    0,
    { kind: 'rect', x: LEFT, y: MARGIN, width: INNER, height: bottom - MARGIN, color, radius: 8 },
    { kind: 'rect', x: LEFT + INNER / 2 - 40, y: ruleY, width: 80, height: 2, color: WHITE },
  );
  return bottom;
}

/** Key points: numbered rows, evenly spread over a tinted panel between the band and the footer. */
function layoutPoints(sheet: Sheet, points: readonly string[], top: number, palette: { main: string; tint: string }): void {
  const bottom = FOOTER_TOP - GAP;
  sheet.items.push({ kind: 'rect', x: LEFT, y: top, width: INNER, height: bottom - top, color: palette.tint, radius: 8 });
  const rowHeight = Math.min(MAX_ROW, (bottom - top - 24) / points.length);
  const textLeft = LEFT + 76;
  const size = Math.min(rowHeight * 0.44, ...points.map((point) => sheet.fit('regular', point, 25, RIGHT - 24 - textLeft)));
  const rowsTop = (top + bottom) / 2 - (rowHeight * points.length) / 2;
  points.forEach((point, index) => {
    const middle = rowsTop + rowHeight * (index + 0.5);
    const r = Math.max(13, size * 0.72);
    const number = String(index + 1);
    const numberSize = r * 1.1;
    sheet.items.push({ kind: 'circle', cx: LEFT + 40, cy: middle, r, color: palette.main });
    sheet.text('bold', number, numberSize, LEFT + 40 - sheet.measure('bold', number, numberSize) / 2, middle + numberSize * 0.36, WHITE);
    sheet.text('regular', point, size, textLeft, middle + size * 0.36, INK);
  });
}

/** Footer: who issued the poster and when, and the QR code to the article. */
function layoutFooter(sheet: Sheet, content: PosterContent, color: string): void {
  sheet.items.push({ kind: 'rect', x: LEFT, y: FOOTER_TOP, width: INNER, height: 3, color });
  const qrX = RIGHT - QR_SIDE;
  const qrY = FOOTER_TOP + 12;
  sheet.items.push({ kind: 'qr', x: qrX, y: qrY, side: QR_SIDE, url: content.qrUrl });
  const scan = POSTER_LABELS.scan;
  sheet.text('regular', scan, 11, qrX + (QR_SIDE - sheet.measure('regular', scan, 11)) / 2, qrY + QR_SIDE + 8, INK);
  const columnWidth = qrX - LEFT - 20;
  let y = FOOTER_TOP + 36;
  sheet.text('regular', POSTER_LABELS.organizer, 12, LEFT, y, MUTED);
  y += 28;
  sheet.text('bold', content.organizer, sheet.fit('bold', content.organizer, 17, columnWidth), LEFT, y, INK);
  y += 30;
  sheet.text('regular', `${POSTER_LABELS.published}${content.published}`, 13, LEFT, y, INK);
  y += 26;
  sheet.text('regular', content.qrUrl, sheet.fit('regular', content.qrUrl, 10, columnWidth), LEFT, y, MUTED);
}

/**
 * Lays a poster out on A4. Type shrinks to fit the longest text the schema allows (a 12-character
 * headline, three 16-character slogans, six 22-character points): the band's type gives way until
 * the points keep a readable row height, so nothing ever overflows the page.
 */
export function layoutPoster(content: PosterContent, fonts: PosterFonts): PosterLayout {
  const palette = POSTER_PALETTES[content.theme];
  const fitsPoints = (bandBottom: number) => (FOOTER_TOP - GAP - (bandBottom + GAP) - 24) / content.points.length >= MIN_ROW;
  let scale = 1;
  while (scale > 0.6 && !fitsPoints(layoutBand(new Sheet(fonts), content, palette.main, scale))) scale -= 0.05;
  const sheet = new Sheet(fonts);
  const bandBottom = layoutBand(sheet, content, palette.main, scale);
  layoutPoints(sheet, content.points, bandBottom + GAP, palette);
  layoutFooter(sheet, content, palette.main);
  return { width: A4.width, height: A4.height, items: sheet.items };
}

import { pictureCreditLine, POSTER_LABELS, type PosterContent } from './content';
import { textWidth, type PosterFontName, type PosterFonts } from './fonts';
import { INK, MUTED, POSTER_PALETTES } from './palette';

/** A4 portrait in PostScript points: the page every poster is laid out on (A3 is this, scaled). */
export const A4 = { width: 595.28, height: 841.89 } as const;

export type LayoutItem =
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly color: string;
      readonly radius?: number;
    }
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
  | { readonly kind: 'qr'; readonly x: number; readonly y: number; readonly side: number; readonly url: string }
  /** The poster's picture, filling this box (which has the picture's proportions). */
  | {
      readonly kind: 'picture';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
    };

/** A picture's size in pixels (after its EXIF rotation): the layout keeps its proportions. */
export interface PictureSize {
  readonly width: number;
  readonly height: number;
}

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
/** With a picture, the key points may sit closer (type of about 18 pt), never closer than this. */
const MIN_ROW_WITH_PICTURE = 40;
/** Rows the points get beside a picture when there is room: the picture takes the rest. */
const ROW_WITH_PICTURE = 52;
/**
 * A picture lower than this would be too small to see from a few steps: the band's type gives way
 * first (only a poster with the longest texts the schema allows, three slogans and six long points,
 * keeps a picture of only about 90 pt, 3 cm).
 */
export const PICTURE_MIN_HEIGHT = 130;
/** The height a picture is given room for by setting the band's type up to a quarter smaller. */
const PICTURE_TARGET_HEIGHT = 200;
const PICTURE_TARGET_SCALE = 0.75;
/** The credit under the picture: small, but above the 9 pt an office printer still prints sharply. */
const CREDIT_SIZE = 9;
const CREDIT_LINE = 15;
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
  const lineWidth = (line: readonly string[]) =>
    line.reduce((sum, word) => sum + sheet.measure('bold', word, 1), 0) + (line.length - 1) * WORD_GAP;
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
    const width =
      line.reduce((sum, word) => sum + sheet.measure('bold', word, size), 0) + (line.length - 1) * size * WORD_GAP;
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
  const sloganSize =
    Math.min(...content.slogans.map((slogan) => sheet.fit('regular', slogan, SLOGAN_MAX, textWidth))) * scale;
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

/**
 * Key points: numbered rows, evenly spread over a tinted panel between `top` and the footer; in two
 * columns (down the first, then the second) beside a picture when the points are short enough.
 */
function layoutPoints(
  sheet: Sheet,
  points: readonly string[],
  top: number,
  palette: { main: string; tint: string },
  columns: 1 | 2 = 1,
): void {
  const bottom = FOOTER_TOP - GAP;
  sheet.items.push({
    kind: 'rect',
    x: LEFT,
    y: top,
    width: INNER,
    height: bottom - top,
    color: palette.tint,
    radius: 8,
  });
  const perColumn = Math.ceil(points.length / columns);
  const rowHeight = Math.min(MAX_ROW, (bottom - top - 24) / perColumn);
  const columnWidth = INNER / columns;
  const size = Math.min(
    rowHeight * 0.44,
    ...points.map((point) => sheet.fit('regular', point, 25, pointTextWidth(columns))),
  );
  const rowsTop = (top + bottom) / 2 - (rowHeight * perColumn) / 2;
  points.forEach((point, index) => {
    const left = LEFT + columnWidth * Math.floor(index / perColumn);
    const middle = rowsTop + rowHeight * ((index % perColumn) + 0.5);
    const r = Math.max(13, size * 0.72);
    const number = String(index + 1);
    const numberSize = r * 1.1;
    sheet.items.push({ kind: 'circle', cx: left + 40, cy: middle, r, color: palette.main });
    sheet.text(
      'bold',
      number,
      numberSize,
      left + 40 - sheet.measure('bold', number, numberSize) / 2,
      middle + numberSize * 0.36,
      WHITE,
    );
    sheet.text('regular', point, size, left + POINT_TEXT_INDENT, middle + size * 0.36, INK);
  });
}

/** Where a point's text starts, from its column's left edge: after the number's circle. */
const POINT_TEXT_INDENT = 76;
/** The width a point's text may take in a layout of `columns` columns. */
const pointTextWidth = (columns: 1 | 2) => INNER / columns - POINT_TEXT_INDENT - 24;
/** Points in two columns beside a picture are set at least this large, or they stay in one column. */
const TWO_COLUMN_POINT_MIN = 17;

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

/** The picture, centred between the band and the points, with its credit right under its right edge. */
function layoutPicture(
  sheet: Sheet,
  content: PosterContent,
  size: PictureSize,
  top: number,
  maxHeight: number,
): number {
  const height = Math.min(maxHeight, (INNER * size.height) / size.width);
  const width = (height * size.width) / size.height;
  const x = LEFT + (INNER - width) / 2;
  sheet.items.push({ kind: 'picture', x, y: top, width, height });
  const credit = pictureCreditLine(content.picture!);
  const creditSize = sheet.fit('regular', credit, CREDIT_SIZE, INNER);
  const creditWidth = sheet.measure('regular', credit, creditSize);
  // Beside the picture's right edge when it fits under the picture, else at the page's right margin.
  const right = creditWidth <= width ? x + width : RIGHT;
  sheet.text('regular', credit, creditSize, right - creditWidth, top + height + CREDIT_LINE - 3, MUTED);
  return top + height + CREDIT_LINE;
}

/** Height the key points need with rows of `row`, panel padding included. */
const pointsHeight = (content: PosterContent, row: number, columns: 1 | 2) =>
  Math.ceil(content.points.length / columns) * row + 24;

/**
 * Lays a poster out on A4. Type shrinks to fit the longest text the schema allows (a 12-character
 * headline, three 16-character slogans, six 22-character points): the band's type gives way until
 * the points keep a readable row height, so nothing ever overflows the page. A picture goes between
 * the band and the points at the largest size that leaves the points their rows (comfortable ones
 * when the picture still gets PICTURE_TARGET_HEIGHT, else the closest readable ones).
 */
export function layoutPoster(content: PosterContent, fonts: PosterFonts, picture?: PictureSize): PosterLayout {
  const palette = POSTER_PALETTES[content.theme];
  const withPicture = Boolean(content.picture && picture);
  // Four or more short points go in two columns beside a picture, which leaves it more room.
  const measure = new Sheet(fonts);
  const columns: 1 | 2 =
    withPicture &&
    content.points.length >= 4 &&
    content.points.every((point) => measure.fit('regular', point, 25, pointTextWidth(2)) >= TWO_COLUMN_POINT_MIN)
      ? 2
      : 1;
  /** Room left for the picture (its credit line and the gap below it excluded) with points rows of `row`. */
  const pictureRoom = (bandBottom: number, row: number) =>
    FOOTER_TOP - GAP - (bandBottom + GAP) - GAP - CREDIT_LINE - pointsHeight(content, row, columns);
  const fits = (bandBottom: number, scale: number) =>
    withPicture
      ? pictureRoom(bandBottom, MIN_ROW_WITH_PICTURE) >=
        (scale > PICTURE_TARGET_SCALE ? PICTURE_TARGET_HEIGHT : PICTURE_MIN_HEIGHT)
      : (FOOTER_TOP - GAP - (bandBottom + GAP) - 24) / content.points.length >= MIN_ROW;
  let scale = 1;
  while (scale > 0.6 && !fits(layoutBand(new Sheet(fonts), content, palette.main, scale), scale)) scale -= 0.05;
  const sheet = new Sheet(fonts);
  const bandBottom = layoutBand(sheet, content, palette.main, scale);
  let pointsTop = bandBottom + GAP;
  if (withPicture) {
    const comfortable = pictureRoom(bandBottom, ROW_WITH_PICTURE);
    const room = comfortable >= PICTURE_TARGET_HEIGHT ? comfortable : pictureRoom(bandBottom, MIN_ROW_WITH_PICTURE);
    // Only the longest texts the schema allows leave less than PICTURE_MIN_HEIGHT: the points keep their rows.
    pointsTop = layoutPicture(sheet, content, picture!, bandBottom + GAP, room) + GAP;
  }
  layoutPoints(sheet, content.points, pointsTop, palette, columns);
  layoutFooter(sheet, content, palette.main);
  return { width: A4.width, height: A4.height, items: sheet.items };
}

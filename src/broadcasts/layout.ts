import { textWidth, type PosterFontName, type PosterFonts } from '../posters/render/fonts';
import { A4, type LayoutItem } from '../posters/render/layout';
import { INK, MUTED, POSTER_PALETTES } from '../posters/render/palette';

/** What the large-print PDF of a loudspeaker script prints. */
export interface BroadcastPrint {
  /** The entry file, for messages to the editor. */
  readonly sourceFile: string;
  readonly title: string;
  readonly kind: string;
  readonly audience: readonly string[];
  readonly topic: string;
  /** The script as read: paragraphs of lines (src/lib/broadcast-text.ts). */
  readonly paragraphs: readonly (readonly string[])[];
  /** `312 字，按每分钟 200 字播读约 1 分 35 秒` */
  readonly length: string;
  /** The 来源 line as printed (with 示例稿 for a sample). */
  readonly source: string;
  /** `2020年2月5日` */
  readonly published: string;
  readonly publishedIso: string;
  /** The page's public address, for the QR code. */
  readonly url: string;
  readonly siteName: string;
  readonly organizer: string;
}

/** A script laid out on A4 pages, each a list of positioned items (the poster renderer's vocabulary). */
export interface BroadcastLayout {
  readonly width: number;
  readonly height: number;
  readonly pages: readonly (readonly LayoutItem[])[];
}

/**
 * Read at arm's length at a microphone, often by an older cadre: 24 pt body text (a poster's key
 * points are 22 to 30 pt), 1.67 line spacing, short lines of about 20 characters.
 */
export const BODY_SIZE = 24;
const BODY_LEADING = 40;
const PARAGRAPH_GAP = 16;
const TITLE_SIZE = 30;
const TITLE_LEADING = 42;
const META_SIZE = 15;
const META_LEADING = 24;
const SMALL_SIZE = 12;
const FOOTER_SIZE = 11;
/** 17 mm at the top and sides: inside what any office printer prints, with room to hold the sheet. */
const MARGIN = 48;
const LEFT = MARGIN;
const WIDTH = A4.width - 2 * MARGIN;
/** Body lines stop here; the source and page number sit below, still 10 mm inside the edge. */
const BOTTOM = A4.height - 60;
const FOOTER_BASELINES = [A4.height - 44, A4.height - 29] as const;
/** The QR code to the page, at the top right of the first page. */
const QR_SIDE = 80;
const QR_GAP = 16;
const RED = POSTER_PALETTES.red.main;

/** Characters that may not begin a line (Chinese line-breaking rules, 禁则) … */
const NO_LINE_START = new Set('，。、；：！？）》」』”’…—·%,.;:!?)]}');
/** … and those that may not end one. */
const NO_LINE_END = new Set('（《「『“‘([{');

/**
 * Units that stay on one line: a Latin word or a number whole, closing punctuation with the
 * character before it and opening punctuation with the one after.
 */
function units(text: string): string[] {
  const pieces = text.match(/[A-Za-z0-9]+|[\s\S]/gu) ?? [];
  const merged: string[] = [];
  let pending = '';
  for (const piece of pieces) {
    if (NO_LINE_END.has(piece)) {
      pending += piece;
    } else if (NO_LINE_START.has(piece) && merged.length > 0 && !pending) {
      merged[merged.length - 1] += piece;
    } else {
      merged.push(pending + piece);
      pending = '';
    }
  }
  if (pending) merged.push(pending);
  return merged;
}

/** One line of text broken into lines no wider than `width`, by `measure`. */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
  };
  for (const unit of units(text)) {
    if (measure(line + unit) <= width) {
      line += unit;
      continue;
    }
    push();
    if (measure(unit) <= width) {
      line = unit.trimStart();
      continue;
    }
    // A unit wider than the line (a very long number or word) is cut where it must be.
    for (const character of unit) {
      if (measure(line + character) > width) push();
      line += character;
    }
  }
  push();
  return lines;
}

/** Collects the items of each page, starting a new one when the next block does not fit. */
class Pages {
  readonly pages: LayoutItem[][] = [[]];
  y = MARGIN;
  constructor(private readonly fonts: PosterFonts) {}

  measure(font: PosterFontName, text: string, size: number): number {
    return textWidth(this.fonts[font].font, text, size);
  }

  /** `text` cut with an ellipsis to fit `width`, for one-line notes at the foot of a page. */
  fit(text: string, size: number, width: number): string {
    if (this.measure('regular', text, size) <= width) return text;
    let cut = text;
    while (cut && this.measure('regular', `${cut}…`, size) > width) cut = [...cut].slice(0, -1).join('');
    return `${cut}…`;
  }

  get items(): LayoutItem[] {
    return this.pages[this.pages.length - 1]!;
  }

  /** Starts a new page unless `height` more fits on this one. */
  ensure(height: number): void {
    if (this.y + height <= BOTTOM) return;
    this.pages.push([]);
    this.y = MARGIN;
  }

  text(text: string, font: PosterFontName, size: number, leading: number, color: string): void {
    this.ensure(leading);
    // The baseline sits one size below the top of the line box; the next line follows at the leading.
    this.items.push({ kind: 'text', text, font, size, x: LEFT, baseline: this.y + size, color });
    this.y += leading;
  }

  wrapped(text: string, font: PosterFontName, size: number, leading: number, color: string, width = WIDTH): void {
    for (const line of wrapText(text, width, (candidate) => this.measure(font, candidate, size)))
      this.text(line, font, size, leading, color);
  }

  rule(color: string, gapAbove: number, gapBelow: number): void {
    this.y += gapAbove;
    this.items.push({ kind: 'rect', x: LEFT, y: this.y, width: WIDTH, height: 1.5, color });
    this.y += 1.5 + gapBelow;
  }
}

/**
 * The large-print A4 pages of a script. The first page opens with the kind, the title, who the script
 * is for and how long it takes to read, beside a QR code to its page; then the script in 24 pt, a
 * paragraph never split from its first two lines; at the foot of every page the source, the date and
 * the page number, so a loose sheet still says where it comes from.
 */
export function layoutBroadcast(print: BroadcastPrint, fonts: PosterFonts): BroadcastLayout {
  const sheet = new Pages(fonts);
  const beside = WIDTH - QR_SIDE - QR_GAP;
  const qrTop = sheet.y;
  sheet.text(
    print.kind === '广播稿' ? `${print.siteName} · 广播稿` : `${print.siteName} · 广播稿 · ${print.kind}`,
    'regular',
    SMALL_SIZE,
    22,
    MUTED,
  );
  sheet.wrapped(print.title, 'bold', TITLE_SIZE, TITLE_LEADING, INK, beside);
  sheet.y += 4;
  sheet.wrapped(
    `适用：${print.audience.join('、')}　主题：${print.topic}`,
    'regular',
    META_SIZE,
    META_LEADING,
    MUTED,
    beside,
  );
  sheet.wrapped(`篇幅：${print.length}`, 'regular', META_SIZE, META_LEADING, MUTED, beside);
  const qrLeft = LEFT + WIDTH - QR_SIDE;
  sheet.items.push({ kind: 'qr', x: qrLeft, y: qrTop, side: QR_SIDE, url: print.url });
  const caption = '扫码看网页版';
  const captionWidth = sheet.measure('regular', caption, SMALL_SIZE);
  sheet.items.push({
    kind: 'text',
    text: caption,
    font: 'regular',
    size: SMALL_SIZE,
    x: qrLeft + (QR_SIDE - captionWidth) / 2,
    baseline: qrTop + QR_SIDE + 14,
    color: MUTED,
  });
  sheet.y = Math.max(sheet.y, qrTop + QR_SIDE + 18);
  sheet.rule(RED, 6, 20);

  print.paragraphs.forEach((paragraph, index) => {
    if (index > 0) sheet.y += PARAGRAPH_GAP;
    // Keep a paragraph's first two lines together on a page.
    sheet.ensure(Math.min(paragraph.length, 2) * BODY_LEADING);
    for (const line of paragraph) sheet.wrapped(line, 'regular', BODY_SIZE, BODY_LEADING, INK);
  });

  const total = sheet.pages.length;
  const source = `来源：${print.source}　发布日期：${print.published}`;
  sheet.pages.forEach((items, index) => {
    const pageNumber = `第 ${index + 1} 页，共 ${total} 页`;
    const numberWidth = sheet.measure('regular', pageNumber, FOOTER_SIZE);
    items.push({ kind: 'rect', x: LEFT, y: FOOTER_BASELINES[0] - 16, width: WIDTH, height: 0.75, color: MUTED });
    items.push({
      kind: 'text',
      text: sheet.fit(source, FOOTER_SIZE, WIDTH),
      font: 'regular',
      size: FOOTER_SIZE,
      x: LEFT,
      baseline: FOOTER_BASELINES[0],
      color: MUTED,
    });
    items.push({
      kind: 'text',
      text: sheet.fit(print.title, FOOTER_SIZE, WIDTH - numberWidth - 16),
      font: 'regular',
      size: FOOTER_SIZE,
      x: LEFT,
      baseline: FOOTER_BASELINES[1],
      color: MUTED,
    });
    items.push({
      kind: 'text',
      text: pageNumber,
      font: 'regular',
      size: FOOTER_SIZE,
      x: A4.width - MARGIN - numberWidth,
      baseline: FOOTER_BASELINES[1],
      color: MUTED,
    });
  });
  return { width: A4.width, height: A4.height, pages: sheet.pages };
}

/** Every character the PDF prints, to check that the font has them all. */
export const printedText = (print: BroadcastPrint): string =>
  [
    print.siteName,
    print.title,
    print.kind,
    ...print.audience,
    print.topic,
    ...print.paragraphs.flat(),
    print.length,
    print.source,
    print.published,
    '广播稿适用主题篇幅来源发布日期扫码看网页版第页，共',
  ].join('');

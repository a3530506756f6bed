import { textWidth, type PosterFontName, type PosterFonts } from '../posters/render/fonts';
import type { LayoutItem, PosterLayout } from '../posters/render/layout';
import { INK, MUTED, POSTER_PALETTES } from '../posters/render/palette';
import type { SloganContent } from './content';
import { bestLineSplit, centredBaseline, wallCharacters } from './fit';
import { WALL_CHARACTERS_PER_SHEET, WALL_SHEET } from './formats';
import { sloganCharacters, sloganPhrases } from './text';

/** Office printers leave 10 mm at the edge unprinted. */
const MARGIN = 28;
const INNER = WALL_SHEET.width - 2 * MARGIN;
const GAP = 24;
const HEADER = 30;
const CAPTION = 34;
/** A character fills this share of its square: the rest is the painter's margin. */
export const WALL_CHARACTER_FILL = 0.9;
const PAINT = POSTER_PALETTES.red.main;
const GUIDE = '#b0b0b0';
const HAIRLINE = 0.75;
const OVERVIEW_TOP = MARGIN + HEADER + GAP;
const OVERVIEW_BOX = WALL_SHEET.height * 0.42;
const INSTRUCTION_SIZE = 20;
const INSTRUCTION_LEADING = 36;
/** Baseline of the overview's n-th instruction line (from 0), under the slogan and its red rule. */
const instructionBaseline = (index: number) =>
  OVERVIEW_TOP + OVERVIEW_BOX + GAP + 12 + INSTRUCTION_LEADING * (index + 1);

/** Printed on the overview sheet: how to paint the slogan from these sheets. */
export function wallInstructions(content: SloganContent): string[] {
  const count = sloganCharacters(content.text).length;
  const sheets = Math.ceil(count / WALL_CHARACTERS_PER_SHEET);
  return [
    `共 ${count} 字，印在后面 ${sheets} 张 A3 纸上，每张 ${WALL_CHARACTERS_PER_SHEET} 字，按每字下方的编号排列。`,
    '词组之间空出一个字的宽度（标有“后空一字”的字之后）。',
    '上墙方法：用投影仪把每页投到墙上描边，或按方格放大描摹后填色。',
    '字高建议 50 至 100 厘米，字与字之间留出字高的五分之一。',
    '打印设置：A3 纸，横向，缩放 100%（实际大小）。',
    `落款：${content.organizer}（社区、村张贴时可改写本单位名称）`,
  ];
}

class Page {
  readonly items: LayoutItem[] = [];
  constructor(private readonly fonts: PosterFonts) {}
  measure(font: PosterFontName, text: string, size: number): number {
    return textWidth(this.fonts[font].font, text, size);
  }
  text(font: PosterFontName, text: string, size: number, x: number, baseline: number, color: string): void {
    this.items.push({ kind: 'text', text, font, size, x, baseline, color });
  }
  /** A hairline box: four thin rectangles (layouts have no strokes). */
  frame(x: number, y: number, width: number, height: number, color: string): void {
    this.items.push(
      { kind: 'rect', x, y, width, height: HAIRLINE, color },
      { kind: 'rect', x, y: y + height - HAIRLINE, width, height: HAIRLINE, color },
      { kind: 'rect', x, y, width: HAIRLINE, height, color },
      { kind: 'rect', x: x + width - HAIRLINE, y, width: HAIRLINE, height, color },
    );
  }
  header(left: string, right: string): void {
    this.text('regular', left, 14, MARGIN, MARGIN + 14, MUTED);
    this.text('regular', right, 14, WALL_SHEET.width - MARGIN - this.measure('regular', right, 14), MARGIN + 14, MUTED);
  }
  done(): PosterLayout {
    return { width: WALL_SHEET.width, height: WALL_SHEET.height, items: this.items };
  }
}

/** The first sheet: the whole slogan as it will read on the wall, and how to paint it. */
function overviewSheet(content: SloganContent, fonts: PosterFonts, sheetCount: number): PosterLayout {
  const page = new Page(fonts);
  page.header(`${content.siteName} · 墙体标语`, `第 1 页／共 ${sheetCount} 页`);
  const phrases = sloganPhrases(content.text);
  const top = OVERVIEW_TOP;
  const boxHeight = OVERVIEW_BOX;
  const split = bestLineSplit(
    phrases.map((phrase) => page.measure('bold', phrase, 1)),
    { gapEm: 1, width: INNER - 2 * GAP, height: boxHeight, maxLines: 3, maxSize: 150, leading: 1.25 },
  );
  const blockHeight = split.lines.length * split.size * 1.25;
  split.lines.forEach((line, index) => {
    const words = line.map((phraseIndex) => phrases[phraseIndex]!);
    const width =
      words.reduce((sum, word) => sum + page.measure('bold', word, split.size), 0) + (words.length - 1) * split.size;
    const middle = top + (boxHeight - blockHeight) / 2 + split.size * 1.25 * (index + 0.5);
    let x = MARGIN + (INNER - width) / 2;
    for (const word of words) {
      page.text('bold', word, split.size, x, centredBaseline(middle, split.size), PAINT);
      x += page.measure('bold', word, split.size) + split.size;
    }
  });
  page.items.push({ kind: 'rect', x: MARGIN, y: top + boxHeight + GAP, width: INNER, height: 2, color: PAINT });
  const instructions = wallInstructions(content);
  const signature = instructions.pop()!;
  instructions.forEach((line, index) =>
    page.text('regular', line, INSTRUCTION_SIZE, MARGIN, instructionBaseline(index), INK),
  );
  const footer = `发布单位：${content.organizer}　审批日期：${content.approved}`;
  page.text('regular', footer, 14, MARGIN, WALL_SHEET.height - MARGIN, MUTED);
  // Last, so the wall page can leave it out and set the community's name there (wallSignature).
  const place = wallSignature(content);
  page.text('regular', signature, place.size, place.x, place.baseline, INK);
  return page.done();
}

/**
 * Where the overview's 落款 line goes: its left end, baseline and size (points). The wall page sets
 * “落款：” and a community's own name there (src/pages/slogans/[id]/wall.astro).
 */
export function wallSignature(content: SloganContent): { x: number; baseline: number; size: number } {
  return { x: MARGIN, baseline: instructionBaseline(wallInstructions(content).length - 1), size: INSTRUCTION_SIZE };
}

/**
 * A wall slogan as A3 landscape sheets a village painter or a print shop can use: an overview,
 * then two characters a sheet, each as large as its square allows, numbered in reading order,
 * with guide lines for tracing or enlarging by grid.
 */
export function layoutWallSheets(content: SloganContent, fonts: PosterFonts): PosterLayout[] {
  const sheets = wallCharacters(sloganPhrases(content.text), WALL_CHARACTERS_PER_SHEET);
  const total = sloganCharacters(content.text).length;
  const sheetCount = sheets.length + 1;
  const cell = Math.min(
    (INNER - GAP) / WALL_CHARACTERS_PER_SHEET,
    WALL_SHEET.height - 2 * MARGIN - HEADER - CAPTION - GAP,
  );
  const cellTop = MARGIN + HEADER + (WALL_SHEET.height - 2 * MARGIN - HEADER - CAPTION - cell) / 2;
  const pages = sheets.map((characters, index) => {
    const page = new Page(fonts);
    page.header(`墙体标语：${sloganPhrases(content.text).join(' ')}`, `第 ${index + 2} 页／共 ${sheetCount} 页`);
    characters.forEach((entry, position) => {
      const x = MARGIN + (INNER - WALL_CHARACTERS_PER_SHEET * cell - GAP) / 2 + position * (cell + GAP);
      page.frame(x, cellTop, cell, cell, GUIDE);
      // Centre lines, for enlarging by grid.
      page.items.push(
        { kind: 'rect', x: x + cell / 2 - HAIRLINE / 2, y: cellTop, width: HAIRLINE, height: cell, color: '#dddddd' },
        { kind: 'rect', x, y: cellTop + cell / 2 - HAIRLINE / 2, width: cell, height: HAIRLINE, color: '#dddddd' },
      );
      const size = cell * WALL_CHARACTER_FILL;
      const width = page.measure('bold', entry.character, size);
      page.text(
        'bold',
        entry.character,
        size,
        x + (cell - width) / 2,
        centredBaseline(cellTop + cell / 2, size),
        PAINT,
      );
      const caption = `第 ${entry.number} 字／共 ${total} 字${entry.phraseEnd ? '　后空一字' : ''}`;
      page.text(
        'regular',
        caption,
        18,
        x + (cell - page.measure('regular', caption, 18)) / 2,
        cellTop + cell + 26,
        INK,
      );
    });
    return page.done();
  });
  return [overviewSheet(content, fonts, sheetCount), ...pages];
}

/** The sheets without the overview's 落款 line, for the wall page, which adds the name a reader types. */
export function layoutWallSheetsWithoutSignature(content: SloganContent, fonts: PosterFonts): PosterLayout[] {
  const [overview, ...sheets] = layoutWallSheets(content, fonts);
  return [{ ...overview!, items: overview!.items.slice(0, -1) }, ...sheets];
}

/** Every piece of text the wall sheets print, for the font check. */
export function wallText(content: SloganContent): string[] {
  return [
    content.text,
    content.siteName,
    content.organizer,
    content.approved,
    ...wallInstructions(content),
    '墙体标语第页共字后空一字／·：0123456789',
  ];
}

/** Sheets in a slogan's wall PDF: the overview and two characters a sheet. */
export const wallSheetCount = (text: string): number =>
  1 + Math.ceil(sloganCharacters(text).length / WALL_CHARACTERS_PER_SHEET);

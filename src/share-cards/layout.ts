import type { Font } from 'fontkit';
import type { PosterFonts } from '../posters/render/fonts';
import type { LayoutItem, PosterLayout } from '../posters/render/layout';
import { INK, MUTED, POSTER_PALETTES } from '../posters/render/palette';
import { SHARE_CARD_SHAPES, type ShareCardShape, type ShareCardSpec } from './shapes';

/** Sizes of one shape, in pixels. */
interface Metrics {
  readonly margin: number;
  readonly band: number;
  readonly siteName: number;
  readonly section: number;
  readonly titleMax: number;
  readonly titleMin: number;
  readonly titleLines: number;
  readonly host: number;
}

const METRICS: Record<ShareCardShape, Metrics> = {
  wide: { margin: 44, band: 76, siteName: 30, section: 27, titleMax: 52, titleMin: 36, titleLines: 3, host: 19 },
  square: { margin: 20, band: 48, siteName: 17, section: 16, titleMax: 30, titleMin: 20, titleLines: 4, host: 11 },
};

/** The site's red, as on the posters and the site's header. */
const BRAND = POSTER_PALETTES.red;
const WHITE = '#ffffff';
const LINE_HEIGHT = 1.3;

/** Never at the start of a line (closing punctuation), never at its end (opening punctuation). */
const NO_LINE_START = /^[，。、；：！？）」』”’》〉…·％%,.;:!?)\]]/;
const NO_LINE_END = /[（「『“‘《〈([]$/;

/** Advance widths per character, per font: CJK text needs no shaping, and a card measures often. */
const advances = new WeakMap<Font, Map<string, number>>();

/** Width of one line of `text` at `size`: the sum of its characters' advances. */
function textWidth(font: Font, text: string, size: number): number {
  let known = advances.get(font);
  if (!known) advances.set(font, (known = new Map()));
  let units = 0;
  for (const character of text) {
    let advance = known.get(character);
    if (advance === undefined)
      known.set(character, (advance = font.glyphForCodePoint(character.codePointAt(0)!).advanceWidth));
    units += advance;
  }
  return (units / font.unitsPerEm) * size;
}

/** Units a line may break between: runs of Latin letters and digits stay whole, CJK breaks anywhere. */
const units = (text: string): string[] => text.match(/[A-Za-z0-9][A-Za-z0-9.\-+/%]*|\s+|./gu) ?? [];

/** `text` broken greedily into lines no wider than `width` at `size`. */
function wrap(fonts: PosterFonts, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of units(text.trim())) {
    const next = line + unit;
    if (
      line === '' ||
      textWidth(fonts.bold.font, next.trimEnd(), size) <= width ||
      NO_LINE_START.test(unit) ||
      NO_LINE_END.test(line)
    ) {
      line = next;
      continue;
    }
    lines.push(line.trimEnd());
    line = unit.trimStart();
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The title's lines: as large as fits `maxLines`, else the smallest size with the rest cut at an ellipsis. */
function titleLines(
  fonts: PosterFonts,
  title: string,
  width: number,
  metrics: Metrics,
): { lines: string[]; size: number } {
  for (let size = metrics.titleMax; size >= metrics.titleMin; size -= 4) {
    const lines = wrap(fonts, title, size, width);
    if (lines.length <= metrics.titleLines) return { lines, size };
  }
  const size = metrics.titleMin;
  const lines = wrap(fonts, title, size, width).slice(0, metrics.titleLines);
  let last = lines.at(-1)!;
  while (last.length > 1 && textWidth(fonts.bold.font, `${last}…`, size) > width)
    last = [...last].slice(0, -1).join('');
  lines[lines.length - 1] = `${last}…`;
  return { lines, size };
}

/** The largest size up to `max` at which one line of `text` fits `width`. */
const fitted = (fonts: PosterFonts, text: string, max: number, width: number): number =>
  Math.min(max, width / textWidth(fonts.bold.font, text, 1));

/**
 * A share card: the site's name on a red band, the section, the page's title large, and the host
 * name at the bottom; drawn with the posters' font and colours, so it looks like the site.
 */
export function layoutShareCard(spec: ShareCardSpec, shape: ShareCardShape, fonts: PosterFonts): PosterLayout {
  const { width, height } = SHARE_CARD_SHAPES[shape];
  const metrics = METRICS[shape];
  const inner = width - 2 * metrics.margin;
  const items: LayoutItem[] = [
    { kind: 'rect', x: 0, y: 0, width, height, color: WHITE },
    { kind: 'rect', x: 0, y: 0, width, height: metrics.band, color: BRAND.main },
  ];
  const nameSize = fitted(fonts, spec.siteName, metrics.siteName, inner);
  items.push({
    kind: 'text',
    text: spec.siteName,
    font: 'bold',
    size: nameSize,
    x: metrics.margin,
    baseline: metrics.band / 2 + nameSize * 0.36,
    color: WHITE,
  });

  // The section and the title, as one block in the middle of the space between band and footer.
  const footerTop = height - metrics.host * 2.6;
  const { lines, size } = titleLines(fonts, spec.title, inner, metrics);
  const sectionHeight = spec.section ? metrics.section * 1.1 + metrics.margin * 0.6 : 0;
  const titleHeight = size * (1 + (lines.length - 1) * LINE_HEIGHT);
  let top = metrics.band + Math.max(metrics.margin * 0.6, (footerTop - metrics.band - sectionHeight - titleHeight) / 2);
  if (spec.section) {
    const sectionSize = metrics.section;
    items.push({
      kind: 'rect',
      x: metrics.margin,
      y: top,
      width: sectionSize * 0.22,
      height: sectionSize * 1.1,
      color: BRAND.main,
    });
    items.push({
      kind: 'text',
      text: spec.section,
      font: 'bold',
      size: sectionSize,
      x: metrics.margin + sectionSize * 0.5,
      baseline: top + sectionSize * 0.92,
      color: BRAND.main,
    });
    top += sectionHeight;
  }
  lines.forEach((line, index) => {
    items.push({
      kind: 'text',
      text: line,
      font: 'bold',
      size,
      x: metrics.margin,
      baseline: top + size * (0.88 + index * LINE_HEIGHT),
      color: INK,
    });
  });

  items.push({ kind: 'rect', x: 0, y: footerTop, width, height: height - footerTop, color: BRAND.tint });
  items.push({
    kind: 'text',
    text: spec.host,
    font: 'regular',
    size: metrics.host,
    x: metrics.margin,
    baseline: footerTop + metrics.host * 1.65,
    color: MUTED,
  });
  return { width, height, items };
}

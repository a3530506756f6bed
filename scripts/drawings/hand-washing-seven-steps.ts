/**
 * Draws the 七步洗手法 illustration (seven numbered panels: 内、外、夹、弓、大、立、腕) as an SVG and
 * renders it to the PNG the school hand-washing poster shows:
 *
 *   npx tsx scripts/drawings/hand-washing-seven-steps.ts
 *
 * writes scripts/drawings/hand-washing-seven-steps.svg (the source) and content/media/hand-washing-seven-steps.png.
 * Text is drawn as outlines of the posters' font, so the SVG looks the same on a machine without
 * Chinese fonts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadPosterFonts, textWidth, type PosterFontName } from '../../src/posters/render/fonts';

const ROOT = join(import.meta.dirname, '../..');
const fonts = loadPosterFonts(ROOT);

const WIDTH = 1600;
const HEIGHT = 880;
const COLUMNS = 4;
const CELL_W = WIDTH / COLUMNS;
const CELL_H = HEIGHT / 2;

const INK = '#1f2a37';
const BLUE = '#0b57a4';
const SKIN_A = '#f6d2b4';
const SKIN_B = '#e9b48f';
const OUTLINE = '#8a5a3c';
const WATER = '#4aa3df';

const r = (value: number) => Math.round(value * 10) / 10;

/** A line of text as outlines, `anchor` middle or start, at a baseline. */
function text(
  value: string,
  x: number,
  baseline: number,
  size: number,
  color: string,
  font: PosterFontName = 'regular',
  anchor: 'middle' | 'start' = 'middle',
): string {
  const { font: face } = fonts[font];
  const scale = size / face.unitsPerEm;
  let pen = anchor === 'middle' ? x - textWidth(face, value, size) / 2 : x;
  const run = face.layout(value);
  const glyphs = run.glyphs.map((glyph, index) => {
    const position = run.positions[index]!;
    const d = glyph.path.toSVG();
    const part = d
      ? `<path transform="translate(${r(pen + position.xOffset * scale)} ${r(baseline)}) scale(${r(scale * 1000) / 1000} ${-r(scale * 1000) / 1000})" d="${d}"/>`
      : '';
    pen += position.xAdvance * scale;
    return part;
  });
  return `<g fill="${color}">${glyphs.join('')}</g>`;
}

interface HandOptions {
  /** Where the wrist is, and the hand's angle (0: fingers up), in degrees clockwise. */
  x: number;
  y: number;
  angle?: number;
  scale?: number;
  /** A left hand: the thumb on the other side. */
  mirror?: boolean;
  fingers?: 'together' | 'spread' | 'curled' | 'pinched';
  fill?: string;
  /** Thumb angle from the palm, degrees (0: along the fingers). */
  thumb?: number;
  sleeve?: boolean;
  /** Bare forearm between the palm and the cuff. */
  wrist?: number;
}

/** A simple hand seen from the palm or the back: palm, four fingers, thumb and a sleeve cuff. */
function hand(options: HandOptions): string {
  const {
    x,
    y,
    angle = 0,
    scale = 1,
    mirror = false,
    fingers = 'together',
    fill = SKIN_A,
    thumb = -48,
    sleeve = true,
    wrist = 0,
  } = options;
  const lengths = [50, 62, 58, 46];
  const parts: string[] = [];
  const style = `fill="${fill}" stroke="${OUTLINE}" stroke-width="3" stroke-linejoin="round"`;
  if (wrist > 0) parts.push(`<rect x="-34" y="-10" width="68" height="${wrist + 14}" ${style}/>`);
  if (sleeve) parts.push(`<rect x="-40" y="${wrist - 4}" width="80" height="44" rx="8" fill="${BLUE}"/>`);
  // Thumb: from the side of the palm.
  parts.push(
    `<g transform="translate(-34 -42) rotate(${thumb})"><rect x="-11" y="-54" width="22" height="60" rx="11" ${style}/></g>`,
  );
  lengths.forEach((length, index) => {
    const base = -30 + index * 20;
    let finger: string;
    if (fingers === 'curled') {
      finger = `<rect x="${base - 9.5}" y="-112" width="19" height="28" rx="9.5" ${style}/>`;
    } else if (fingers === 'pinched') {
      const tilt = (index - 1.5) * -7;
      finger = `<g transform="translate(${base} -92) rotate(${tilt})"><rect x="-9.5" y="${-length}" width="19" height="${length + 12}" rx="9.5" ${style}/></g>`;
    } else {
      const tilt = fingers === 'spread' ? (index - 1.5) * 11 : 0;
      finger = `<g transform="translate(${base} -92) rotate(${tilt})"><rect x="-9.5" y="${-length}" width="19" height="${length + 12}" rx="9.5" ${style}/></g>`;
    }
    parts.push(finger);
  });
  // Palm over the roots of the fingers.
  parts.push(`<path d="M-40 0 L-42 -70 Q-42 -100 -20 -102 L22 -102 Q42 -100 42 -70 L40 0 Z" ${style}/>`);
  if (fingers === 'curled') {
    // Knuckles: the bent fingers seen from the front.
    parts.push(`<path d="M-38 -84 Q0 -94 38 -84" fill="none" stroke="${OUTLINE}" stroke-width="3"/>`);
  }
  const flip = mirror ? ' scale(-1 1)' : '';
  return `<g transform="translate(${r(x)} ${r(y)}) rotate(${angle}) scale(${scale})${flip}">${parts.join('')}</g>`;
}

/** A curved arrow for rubbing: an arc around (cx, cy) from `from` to `to` degrees. */
function arrow(cx: number, cy: number, radius: number, from: number, to: number): string {
  const point = (degrees: number) =>
    [cx + radius * Math.cos((degrees * Math.PI) / 180), cy + radius * Math.sin((degrees * Math.PI) / 180)] as const;
  const [x1, y1] = point(from);
  const [x2, y2] = point(to);
  const sweep = to > from ? 1 : 0;
  const large = Math.abs(to - from) > 180 ? 1 : 0;
  // Arrow head at the end, along the tangent.
  const tangent = ((to + (sweep ? 90 : -90)) * Math.PI) / 180;
  const head = (offset: number) =>
    [x2 - 18 * Math.cos(tangent + offset), y2 - 18 * Math.sin(tangent + offset)] as const;
  const [hx1, hy1] = head(0.5);
  const [hx2, hy2] = head(-0.5);
  return (
    `<path d="M${r(x1)} ${r(y1)} A${radius} ${radius} 0 ${large} ${sweep} ${r(x2)} ${r(y2)}" fill="none" stroke="${WATER}" stroke-width="6" stroke-linecap="round"/>` +
    `<path d="M${r(hx1)} ${r(hy1)} L${r(x2)} ${r(y2)} L${r(hx2)} ${r(hy2)}" fill="none" stroke="${WATER}" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>`
  );
}

interface Step {
  readonly word: string;
  readonly line1: string;
  readonly line2: string;
  /** The hands, drawn around the centre of the picture area (0, 0). */
  readonly drawing: string;
}

const STEPS: readonly Step[] = [
  {
    word: '内',
    line1: '掌心相对',
    line2: '手指并拢相互揉搓',
    drawing:
      hand({ x: -22, y: 100, angle: 8, fill: SKIN_B }) +
      hand({ x: 22, y: 100, angle: -8, mirror: true }) +
      arrow(0, -20, 112, -150, -100) +
      arrow(0, -20, 112, -30, -80),
  },
  {
    word: '外',
    line1: '手心对手背',
    line2: '沿指缝相互揉搓',
    drawing:
      hand({ x: -30, y: 110, angle: 6, fingers: 'spread', fill: SKIN_B, thumb: -60 }) +
      hand({ x: 26, y: 90, angle: -14, mirror: true, fingers: 'spread', thumb: -30 }) +
      arrow(0, -30, 120, -60, -20),
  },
  {
    word: '夹',
    line1: '掌心相对',
    line2: '双手交叉沿指缝揉搓',
    drawing:
      hand({ x: -56, y: 100, angle: 24, fingers: 'spread', fill: SKIN_B }) +
      hand({ x: 56, y: 100, angle: -24, mirror: true, fingers: 'spread' }) +
      arrow(0, -40, 112, -120, -60),
  },
  {
    word: '弓',
    line1: '弯曲手指关节',
    line2: '在另一掌心旋转揉搓',
    drawing:
      hand({ x: -120, y: 60, angle: 90, fingers: 'together', fill: SKIN_B, thumb: -60 }) +
      hand({ x: 10, y: -60, angle: -150, mirror: true, fingers: 'curled', thumb: -10, scale: 0.9 }) +
      arrow(-60, 40, 105, 200, 320),
  },
  {
    word: '大',
    line1: '一手握住另一手大拇指',
    line2: '旋转揉搓',
    drawing:
      hand({ x: 40, y: 130, angle: 0, fingers: 'together', fill: SKIN_B, thumb: -75 }) +
      hand({ x: -120, y: 80, angle: 90, mirror: true, fingers: 'curled', thumb: -20, scale: 0.9 }) +
      arrow(-40, 80, 80, 160, 300),
  },
  {
    word: '立',
    line1: '指尖并拢',
    line2: '在另一掌心旋转揉搓',
    drawing:
      hand({ x: -60, y: 60, angle: 80, fingers: 'together', fill: SKIN_B, thumb: -40 }) +
      hand({ x: 40, y: -140, angle: 190, mirror: true, fingers: 'pinched', thumb: 30 }) +
      arrow(-10, 10, 80, 200, 320),
  },
  {
    word: '腕',
    line1: '握住手腕',
    line2: '旋转揉搓，双手交换',
    drawing:
      hand({ x: 20, y: 60, angle: 0, fingers: 'together', fill: SKIN_B, wrist: 70 }) +
      hand({ x: -120, y: 100, angle: 90, fingers: 'curled', thumb: -10, scale: 0.9 }) +
      arrow(20, 100, 90, 200, 330),
  },
];

function panel(step: Step, index: number): string {
  const column = index % COLUMNS;
  const row = Math.floor(index / COLUMNS);
  const x = column * CELL_W;
  const y = row * CELL_H;
  const centreX = x + CELL_W / 2;
  return [
    `<rect x="${x + 10}" y="${y + 10}" width="${CELL_W - 20}" height="${CELL_H - 20}" rx="22" fill="#ffffff" stroke="#c9d6e6" stroke-width="3"/>`,
    // Number badge and the step's word.
    `<circle cx="${x + 56}" cy="${y + 56}" r="32" fill="${BLUE}"/>`,
    text(String(index + 1), x + 56, y + 70, 40, '#ffffff', 'bold'),
    text(step.word, x + CELL_W - 64, y + 84, 64, BLUE, 'bold'),
    `<g transform="translate(${centreX} ${y + 185}) scale(0.82)">${step.drawing}</g>`,
    text(step.line1, centreX, y + CELL_H - 68, 30, INK, 'bold'),
    text(step.line2, centreX, y + CELL_H - 30, 26, INK),
  ].join('');
}

/** The eighth cell: the rhyme and the time to rub. */
function summary(): string {
  const x = 3 * CELL_W;
  const y = CELL_H;
  const centreX = x + CELL_W / 2;
  return [
    `<rect x="${x + 10}" y="${y + 10}" width="${CELL_W - 20}" height="${CELL_H - 20}" rx="22" fill="${BLUE}"/>`,
    text('七步洗手法', centreX, y + 110, 52, '#ffffff', 'bold'),
    text('内 外 夹 弓', centreX, y + 200, 44, '#ffffff', 'bold'),
    text('大 立 腕', centreX, y + 262, 44, '#ffffff', 'bold'),
    text('每步至少揉搓5次', centreX, y + 334, 28, '#ffffff'),
    text('全程不少于20秒', centreX, y + 376, 28, '#ffffff'),
  ].join('');
}

export function drawHandWashingSteps(): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#eef4fb"/>` +
    STEPS.map(panel).join('') +
    summary() +
    `</svg>`
  );
}

const svg = drawHandWashingSteps();
writeFileSync(join(import.meta.dirname, 'hand-washing-seven-steps.svg'), svg);
// Twice the drawing size: sharp enough for an A3 print of the poster.
const png = await sharp(Buffer.from(svg), { density: 144 })
  .png({ compressionLevel: 9, palette: true, colours: 64 })
  .toBuffer();
writeFileSync(join(ROOT, 'content/media/hand-washing-seven-steps.png'), png);
console.log(`content/media/hand-washing-seven-steps.png: ${png.length} bytes`);

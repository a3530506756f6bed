import { describe, expect, it } from 'vitest';
import { loadPosterFonts, textWidth } from '../../src/posters/render/fonts';
import type { LayoutItem, PosterLayout } from '../../src/posters/render/layout';
import { slogans } from '../../src/schema/collections';
import { entryProblems, formatProblem } from '../../src/schema/validate';
import { BANNER_END_MARGIN, BANNER_TEXT_HEIGHT, bannerSignature, layoutBanner } from '../../src/slogans/banner';
import type { SloganContent } from '../../src/slogans/content';
import { bestLineSplit, fitLine, lineWidthEm, wallCharacters } from '../../src/slogans/fit';
import { BANNER_FORMATS, BANNER_KINDS, bannerPage, POINTS_PER_CM, WALL_SHEET } from '../../src/slogans/formats';
import { sloganLength, sloganLine, sloganPhrases } from '../../src/slogans/text';
import {
  layoutWallSheets,
  layoutWallSheetsWithoutSignature,
  wallSheetCount,
  wallSignature,
} from '../../src/slogans/wall';
import { readCollection } from '../helpers/content';
import { ROOT } from '../helpers/paths';

const fonts = loadPosterFonts(ROOT);
const content = (text: string): SloganContent => ({
  id: 'x',
  sourceFile: 'content/slogans/x.yml',
  text,
  organizer: '太原市精神文明建设指导委员会办公室',
  siteName: '太原文明网',
  approved: '2020年2月5日',
  approvedIso: '2020-02-05',
});
const texts = (layout: PosterLayout) =>
  layout.items.filter((item): item is Extract<LayoutItem, { kind: 'text' }> => item.kind === 'text');
const widthOf = (item: Extract<LayoutItem, { kind: 'text' }>) => textWidth(fonts[item.font].font, item.text, item.size);
const LONGEST = '众志成城 同舟共济 坚决打赢疫情防控阻击战 齐心';

describe('slogan text', () => {
  it('splits phrases at spaces (full-width too) and counts characters without them', () => {
    expect(sloganPhrases(' 勤洗手  戴口罩\u3000常通风 ')).toEqual(['勤洗手', '戴口罩', '常通风']);
    expect(sloganLength('勤洗手 戴口罩 常通风')).toBe(9);
    expect(sloganLine('红事缓办\u3000 白事简办')).toBe('红事缓办 白事简办');
  });
});

describe('layout maths', () => {
  it('sets one line as large as the width allows, never above the cap', () => {
    expect(lineWidthEm([3, 3, 3], 1)).toBe(11);
    expect(fitLine([3, 3, 3], 1, 1100, 200)).toBe(100);
    expect(fitLine([3], 1, 1100, 200)).toBe(200);
  });

  it('breaks phrases over lines only when that sets them larger, keeping their order', () => {
    const options = { gapEm: 1, width: 1000, height: 300, maxLines: 2, maxSize: 1000, leading: 1.25 };
    // Three short phrases: one line of 11 em is 90.9; two lines are at most 300 / 2.5 = 120 high, 7 em wide: 120.
    expect(bestLineSplit([3, 3, 3], options)).toEqual({ lines: [[0], [1, 2]], size: 120 });
    // A wide, low box keeps them on one line.
    expect(bestLineSplit([3, 3, 3], { ...options, height: 100 }).lines).toEqual([[0, 1, 2]]);
    // Never more lines than allowed.
    expect(bestLineSplit([3, 3, 3], { ...options, maxLines: 1 }).lines).toEqual([[0, 1, 2]]);
  });

  it('numbers wall characters in reading order, two a sheet, marking the space after each phrase', () => {
    const sheets = wallCharacters(['勤洗手', '戴口罩'], 2);
    expect(
      sheets.map((sheet) => sheet.map((entry) => `${entry.number}${entry.character}${entry.phraseEnd ? '|' : ''}`)),
    ).toEqual([
      ['1勤', '2洗'],
      ['3手|', '4戴'],
      ['5口', '6罩'],
    ]);
  });
});

describe('banners', () => {
  it('are the stated sizes: 1:5 is 3 m × 0.6 m, 1:10 is 5 m × 0.5 m, within the 200-inch PDF page limit', () => {
    expect(BANNER_FORMATS['banner-1x5']).toMatchObject({ proportion: '1:5', widthCm: 300, heightCm: 60 });
    expect(BANNER_FORMATS['banner-1x10']).toMatchObject({ proportion: '1:10', widthCm: 500, heightCm: 50 });
    for (const kind of BANNER_KINDS) {
      const page = bannerPage(kind);
      expect(page.width / page.height).toBeCloseTo(BANNER_FORMATS[kind].ratio, 6);
      expect(page.height / POINTS_PER_CM).toBeCloseTo(BANNER_FORMATS[kind].heightCm, 6);
      expect(page.width).toBeLessThanOrEqual(14400);
    }
  });

  for (const text of ['红事缓办 白事简办', '勤洗手 戴口罩 常通风', LONGEST]) {
    for (const kind of BANNER_KINDS) {
      it(`${kind}: “${text}” stays inside the cloth, clear of the ends, with the office's name as 落款`, () => {
        const layout = layoutBanner(content(text), fonts, kind);
        const { width, height } = bannerPage(kind);
        expect([layout.width, layout.height]).toEqual([width, height]);
        const lines = texts(layout);
        const signature = lines.at(-1)!;
        expect(signature.text).toBe('太原市精神文明建设指导委员会办公室');
        expect(signature.x + widthOf(signature)).toBeCloseTo(bannerSignature(kind).right, 3);
        const slogan = lines.slice(0, -1);
        expect(slogan.map((item) => item.text).join('')).toBe(text.replace(/\s/g, ''));
        for (const item of slogan) {
          expect(item.x).toBeGreaterThanOrEqual(height * BANNER_END_MARGIN - 0.01);
          expect(item.x + widthOf(item)).toBeLessThanOrEqual(width - height * BANNER_END_MARGIN + 0.01);
          expect(item.size).toBeLessThanOrEqual(height * BANNER_TEXT_HEIGHT + 1e-9);
          // The characters' em box (0.88 em up, 0.12 down) stays above the 落款's.
          expect(item.baseline + item.size * 0.12).toBeLessThan(signature.baseline - signature.size * 0.88);
          expect(item.baseline - item.size * 0.88).toBeGreaterThan(0);
        }
      });
    }
  }

  it('a short slogan is as tall as the cloth allows; a long one goes on two lines of a 1:5 banner, one of a 1:10', () => {
    const short = texts(layoutBanner(content('红事缓办 白事简办'), fonts, 'banner-1x10'))[0]!;
    expect(short.size).toBeCloseTo(bannerPage('banner-1x10').height * BANNER_TEXT_HEIGHT, 6);
    const baselines = (kind: (typeof BANNER_KINDS)[number]) =>
      new Set(
        texts(layoutBanner(content(LONGEST), fonts, kind))
          .slice(0, -1)
          .map((item) => item.baseline),
      );
    expect(baselines('banner-1x5').size).toBe(2);
    expect(baselines('banner-1x10').size).toBe(1);
  });
});

describe('wall sheets', () => {
  it('an overview and two characters a sheet, A3 landscape, each character filling most of its square', () => {
    const text = '勤洗手 戴口罩 常通风';
    const sheets = layoutWallSheets(content(text), fonts);
    expect(sheets).toHaveLength(wallSheetCount(text));
    expect(sheets).toHaveLength(1 + 5);
    for (const sheet of sheets) expect([sheet.width, sheet.height]).toEqual([WALL_SHEET.width, WALL_SHEET.height]);
    expect(WALL_SHEET.width / WALL_SHEET.height).toBeCloseTo(420 / 297, 3);
    const big = sheets.slice(1).flatMap((sheet) => texts(sheet).filter((item) => item.size > 200));
    expect(big.map((item) => item.text).join('')).toBe('勤洗手戴口罩常通风');
    for (const item of big) {
      expect(item.x).toBeGreaterThan(0);
      expect(item.x + widthOf(item)).toBeLessThan(WALL_SHEET.width);
      // About 18 cm high on the sheet: big enough to project or trace.
      expect(item.size / POINTS_PER_CM).toBeGreaterThan(17);
    }
    const captions = sheets
      .slice(1)
      .flatMap((sheet) => texts(sheet).map((item) => item.text))
      .filter((line) => line.startsWith('第 3 字'));
    expect(captions).toEqual(['第 3 字／共 9 字　后空一字']);
    expect(
      texts(sheets[0]!)
        .map((item) => item.text)
        .join('\n'),
    ).toContain('落款：太原市精神文明建设指导委员会办公室');
  });

  it('the wall page’s sheets are the PDF’s without the 落款 line, which it sets where the PDF has it', () => {
    const text = '红事缓办 白事简办';
    const [overview, ...rest] = layoutWallSheets(content(text), fonts);
    const [pageOverview, ...pageRest] = layoutWallSheetsWithoutSignature(content(text), fonts);
    expect(pageRest).toEqual(rest);
    const signature = texts(overview!).find((item) => item.text.startsWith('落款：'))!;
    expect(texts(pageOverview!).filter((item) => item.text.startsWith('落款：'))).toEqual([]);
    expect(pageOverview!.items).toHaveLength(overview!.items.length - 1);
    expect(wallSignature(content(text))).toEqual({
      x: signature.x,
      baseline: signature.baseline,
      size: signature.size,
    });
  });
});

describe('the slogans collection', () => {
  const sample = readCollection('slogans').find((entry) => !entry.data.draft)!;
  const check = (data: Record<string, unknown>) =>
    entryProblems(slogans, { ...sample.data, ...data }, 'content/slogans/x.yml', ROOT).map(formatProblem);

  it('has at least 12 published sample slogans, in the plan’s words', () => {
    const published = readCollection('slogans')
      .filter((entry) => !entry.data.draft)
      .map((entry) => String(entry.data.text));
    expect(published.length).toBeGreaterThanOrEqual(12);
    for (const words of ['勤洗手', '戴口罩', '红事缓办', '白事简办', '公筷公勺', '不信谣', '不扎堆'])
      expect(published.join(' ')).toContain(words);
  });

  it('refuses an over-long slogan in Chinese, naming the file and the field, counting without spaces', () => {
    expect(check({ text: '勤洗手勤换衣 不随地吐痰 不乱扔杂物 不聚餐不串门' })).toEqual([
      'content/slogans/x.yml，字段 text：标语共 22 个字，超过 20 个字，横幅上的字会太小，请删减 2 个字，或拆成两条标语。',
    ]);
    expect(check({ text: '勤洗手 勤换衣 不随地吐痰 不乱扔杂物 公筷公勺' })).toEqual([]);
  });

  it('refuses punctuation: phrases are separated by spaces', () => {
    expect(check({ text: '勤洗手，戴口罩。' })).toEqual([
      'content/slogans/x.yml，字段 text：标语中不要用标点符号，词组之间用空格隔开，例如“勤洗手 戴口罩 常通风”。',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { BODY_SIZE, layoutBroadcast, wrapText, type BroadcastPrint } from '../../src/broadcasts/layout';
import { loadPosterFonts, textWidth } from '../../src/posters/render/fonts';
import { A4 } from '../../src/posters/render/layout';
import { ROOT } from '../helpers/paths';

const fonts = loadPosterFonts(ROOT);
const measure = (text: string) => textWidth(fonts.regular.font, text, BODY_SIZE);

describe('wrapText', () => {
  it('fills each line up to the width and keeps every character, in order', () => {
    const text =
      '从外面回来、做饭以前、吃饭以前、上完厕所、摸过钱和快递以后，都要洗手。用流动的水，打上肥皂或者洗手液。';
    const lines = wrapText(text, 400, measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(400);
    for (const line of lines.slice(0, -1)) expect(measure(line + '字')).toBeGreaterThan(400 - measure('，字'));
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    const text = '我们要对“疫”不对人，隔离不隔心，不歧视，不排斥，多一分理解和关心。（请互相转告）'.repeat(4);
    for (let width = 150; width <= 480; width += 7) {
      const lines = wrapText(text, width, measure);
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(line, `${width}: ${line}`).not.toMatch(/^[，。、；：！？）”]/);
        expect(line, `${width}: ${line}`).not.toMatch(/[（“]$/);
      }
    }
  });

  it('keeps a number whole', () => {
    const lines = wrapText(
      '有疑问，可以拨打政务服务便民热线12345咨询。',
      measure('有疑问，可以拨打政务服务便民热线123'),
      measure,
    );
    expect(lines.some((line) => line.includes('12345'))).toBe(true);
  });
});

describe('layoutBroadcast', () => {
  const print: BroadcastPrint = {
    sourceFile: 'content/broadcasts/test.md',
    title: '少出门　少聚集　居家做好防护（社区广播稿）',
    kind: '广播稿',
    audience: ['社区', '单位'],
    topic: '疫情防护',
    paragraphs: Array.from({ length: 12 }, (_, index) => [
      `第${index + 1}段：没有要紧事，尽量不出门。不串门，不走亲访友，不聚会聚餐，不扎堆打牌聊天。确实要出门买菜办事，请戴好口罩。`,
    ]),
    length: '600 字，按每分钟 200 字播读约 3 分钟',
    source: '太原市精神文明建设指导委员会办公室（示例稿）',
    published: '2020年2月16日',
    publishedIso: '2020-02-16',
    url: 'https://wenming.example/broadcasts/stay-home/',
    siteName: '太原文明网',
    organizer: '太原市精神文明建设指导委员会办公室',
  };
  const layout = layoutBroadcast(print, fonts);

  it('runs over as many A4 pages as the script needs, each numbered and naming its source', () => {
    expect(layout.pages.length).toBeGreaterThan(1);
    layout.pages.forEach((items, index) => {
      const texts = items.flatMap((item) => (item.kind === 'text' ? [item.text] : []));
      expect(texts).toContain(`第 ${index + 1} 页，共 ${layout.pages.length} 页`);
      expect(texts.some((text) => text.startsWith('来源：太原市精神文明建设指导委员会办公室（示例稿）'))).toBe(true);
    });
  });

  it('keeps every item at least 10 mm inside the sheet, and the body at 24 pt', () => {
    const inside = 28;
    for (const items of layout.pages) {
      for (const item of items) {
        if (item.kind === 'text') {
          const width = textWidth(fonts[item.font].font, item.text, item.size);
          expect(item.x, item.text).toBeGreaterThanOrEqual(inside);
          expect(item.x + width, item.text).toBeLessThanOrEqual(A4.width - inside + 0.01);
          expect(item.baseline, item.text).toBeLessThanOrEqual(A4.height - inside);
        }
        if (item.kind === 'qr') expect(item.x + item.side).toBeLessThanOrEqual(A4.width - inside);
      }
    }
    const body = layout.pages.flat().filter((item) => item.kind === 'text' && item.text.includes('不出门'));
    expect(body.length).toBeGreaterThan(0);
    for (const item of body) expect(item.kind === 'text' && item.size).toBe(24);
  });

  it('puts one QR code, to the page, on the first page', () => {
    const codes = layout.pages.map((items) => items.filter((item) => item.kind === 'qr'));
    expect(codes[0]).toEqual([expect.objectContaining({ url: print.url })]);
    for (const later of codes.slice(1)) expect(later).toEqual([]);
  });
});

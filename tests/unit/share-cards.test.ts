import { describe, expect, it } from 'vitest';
import { loadPosterFonts } from '../../src/posters/render/fonts';
import { layoutShareCard } from '../../src/share-cards/layout';
import {
  cardSpecOf,
  keyOfShareCardPath,
  sectionLabelOfPath,
  SHARE_CARD_SHAPES,
  shareCardKey,
  shareCardPath,
} from '../../src/share-cards/spec';
import { ROOT } from '../helpers/paths';

const fonts = loadPosterFonts(ROOT);
const spec = {
  siteName: '太原文明网·防疫文明宣传',
  host: 'wenming.taiyuan.example',
  section: '防疫知识',
  title: '正确洗手：记住七步洗手法',
};
const textsOf = (layout: ReturnType<typeof layoutShareCard>) =>
  layout.items.flatMap((item) => (item.kind === 'text' ? [item] : []));

describe('share cards', () => {
  it('name a card by everything drawn on it, so a changed title gets a new file and an unchanged one is reused', () => {
    expect(shareCardKey(spec)).toBe(shareCardKey({ ...spec }));
    for (const change of [
      { title: '正确洗手' },
      { section: '移风易俗' },
      { siteName: '晋中文明网' },
      { host: 'example.org' },
    ]) {
      expect(shareCardKey({ ...spec, ...change })).not.toBe(shareCardKey(spec));
    }
    const key = shareCardKey(spec);
    expect(keyOfShareCardPath(shareCardPath(key, 'wide'))).toBe(key);
    expect(keyOfShareCardPath('/share/../etc.jpg')).toBeUndefined();
  });

  it('give every page its own card from its title and section, without repeating the section as its line', () => {
    const base = { title: '正确洗手', siteName: spec.siteName, host: spec.host };
    expect(cardSpecOf({ ...base, pathname: '/knowledge/hand-washing/' })).toEqual({ ...base, section: '防疫知识' });
    expect(cardSpecOf({ ...base, title: '防疫知识：个人防护', pathname: '/knowledge/topic/protection/' })).toEqual({
      ...base,
      section: '防疫知识',
      title: '个人防护',
    });
    expect(cardSpecOf({ ...base, title: '防疫知识', pathname: '/knowledge/' })).toEqual({
      ...base,
      section: '',
      title: '防疫知识',
    });
    expect(cardSpecOf({ ...base, title: '标签：洗手', pathname: '/tags/xi-shou/' })).toEqual({
      ...base,
      section: '',
      title: '标签：洗手',
    });
    expect(cardSpecOf({ ...base, title: spec.siteName, pathname: '/' })).toEqual({
      ...base,
      section: '',
      title: spec.siteName,
    });
  });

  it("give page 2 onward of a list its first page's card", () => {
    const base = { siteName: spec.siteName, host: spec.host };
    for (const [first, later] of [
      [
        { title: '防疫知识', pathname: '/knowledge/' },
        { title: '防疫知识（第 2 页）', pathname: '/knowledge/2/' },
      ],
      [
        { title: '防疫知识：个人防护', pathname: '/knowledge/topic/protection/' },
        { title: '防疫知识：个人防护（第 12 页）', pathname: '/knowledge/topic/protection/12/' },
      ],
      [
        { title: '标签：洗手', pathname: '/tags/xi-shou/' },
        { title: '标签：洗手（第 3 页）', pathname: '/tags/xi-shou/3/' },
      ],
    ]) {
      expect(cardSpecOf({ ...base, ...later }), later.pathname).toEqual(cardSpecOf({ ...base, ...first }));
    }
    // A title that only looks like a later page keeps its own card.
    expect(cardSpecOf({ ...base, title: '告居民书（第 2 页）', pathname: '/notices/letter/' }).title).toBe(
      '告居民书（第 2 页）',
    );
    expect(cardSpecOf({ ...base, title: '防疫知识（第 3 页）', pathname: '/knowledge/2/' }).title).toBe(
      '防疫知识（第 3 页）',
    );
  });

  it('know the section of a page from its address', () => {
    expect(sectionLabelOfPath('/knowledge/masks/')).toBe('防疫知识');
    expect(sectionLabelOfPath('/posters/wear-masks/print/')).toBe('宣传海报');
    expect(sectionLabelOfPath('/')).toBe('');
    expect(sectionLabelOfPath('/embed/knowledge/')).toBe('');
  });

  for (const shape of ['wide', 'square'] as const) {
    it(`${shape}: keep a long title inside the card, on at most a few lines, ending in an ellipsis when cut`, () => {
      const { width } = SHARE_CARD_SHAPES[shape];
      const long = `${'关于进一步做好新冠肺炎疫情防控期间精神文明宣传教育工作的'.repeat(4)}通知`;
      const layout = layoutShareCard({ ...spec, title: long }, shape, fonts);
      const titleLines = textsOf(layout).filter((text) => text.color === '#1f1f1f');
      expect(titleLines.length).toBeGreaterThan(1);
      expect(titleLines.length).toBeLessThanOrEqual(4);
      expect(titleLines.at(-1)!.text.endsWith('…')).toBe(true);
      for (const line of textsOf(layout)) {
        const advance = [...line.text].reduce(
          (sum, character) => sum + fonts[line.font].font.glyphForCodePoint(character.codePointAt(0)!).advanceWidth,
          0,
        );
        expect(line.x + (advance / fonts[line.font].font.unitsPerEm) * line.size, line.text).toBeLessThanOrEqual(width);
      }
      // The site name and the section are on every card.
      expect(textsOf(layout).map((text) => text.text)).toEqual(
        expect.arrayContaining([spec.siteName, spec.section, spec.host]),
      );
    });
  }

  it('never start a line with closing punctuation', () => {
    const layout = layoutShareCard(
      { ...spec, title: '戴口罩、勤洗手、常通风，少聚集：这些习惯要坚持，（2026年版）说明书' },
      'square',
      fonts,
    );
    for (const line of textsOf(layout)) expect(line.text).not.toMatch(/^[，。、；：！？）]/);
  });
});

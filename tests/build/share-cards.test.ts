import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SHARE_CARD_SHAPES } from '../../src/share-cards/spec';
import { existsInDist, readDist, sitePages } from '../helpers/dist';
import { DIST } from '../helpers/paths';

/** The og:image addresses of a built page, in order, as site paths. */
const imagesOf = (file: string): string[] =>
  parse(readDist(file))
    .querySelectorAll('meta[property="og:image"]')
    .map((meta) => new URL(meta.getAttribute('content')!).pathname);

describe('share cards (og:image)', () => {
  // Embeds are framed by other sites, not shared: they name no picture.
  const pages = sitePages();

  it('every page names pictures that exist: its own first, then its square card', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const images = imagesOf(file);
      expect(images, file).toHaveLength(2);
      for (const image of images) expect(existsInDist(image.slice(1)), `${file}: ${image}`).toBe(true);
      expect(images[1], file).toMatch(/^\/share\/[0-9a-f]{16}-square\.jpg$/);
      expect(readDist(file), file).not.toContain('og-default');
    }
  });

  /** Page 2 onward of a paginated list (`knowledge/2/index.html`, `tags/x/3/index.html`). */
  const laterListPage = (file: string) => /(^|\/)([2-9]|\d\d+)\/index\.html$/.test(file);

  it('every page without a picture of its own has a card of its own, not one shared with other pages', () => {
    const carded = pages.filter((file) => imagesOf(file)[0]?.startsWith('/share/'));
    const entryPages = carded.filter((file) =>
      /^(guides|knowledge|customs|stories|notices|updates)\/[^/]+\/index\.html$/.test(file),
    );
    expect(entryPages.length).toBeGreaterThan(20);
    for (const file of [
      'index.html',
      'knowledge/index.html',
      'knowledge/topic/protection/index.html',
      'tags/index.html',
      'sitemap/index.html',
      'centers/index.html',
      'reports/index.html',
    ]) {
      expect(carded, file).toContain(file);
    }
    const cards = carded.filter((file) => !laterListPage(file)).map((file) => imagesOf(file)[0]!);
    expect(new Set(cards).size).toBe(cards.length);
  });

  it("page 2 onward of a list is shared with its list's card, under its own title", () => {
    const laterPages = pages.filter(laterListPage);
    const tagPage = laterPages.find((file) => file.startsWith('tags/'));
    expect(tagPage, 'a tag with a second page').toBeDefined();
    const firstPageOf = (file: string) => file.replace(/\d+\/index\.html$/, 'index.html');
    for (const [first, later] of [
      ['knowledge/index.html', 'knowledge/2/index.html'],
      [firstPageOf(tagPage!), tagPage!],
    ]) {
      expect(existsInDist(later), later).toBe(true);
      expect(imagesOf(later), later).toEqual(imagesOf(first));
      for (const image of imagesOf(later)) expect(existsInDist(image.slice(1)), `${later}: ${image}`).toBe(true);
      const titleOf = (file: string) =>
        parse(readDist(file)).querySelector('meta[property="og:title"]')!.getAttribute('content');
      expect(titleOf(later)).toBe(`${titleOf(first)}（第 2 页）`);
    }
    expect(laterPages.length).toBeGreaterThan(3);
    for (const file of laterPages) expect(imagesOf(file), file).toEqual(imagesOf(firstPageOf(file)));
  });

  it('embed pages name no picture', () => {
    expect(imagesOf('embed/knowledge/index.html')).toEqual([]);
  });

  it('a poster page is shared as its poster', () => {
    expect(imagesOf('posters/wear-masks/index.html')[0]).toBe('/posters/files/wear-masks-a4.png');
  });

  it('a story with a photo is shared with its photo', () => {
    const [first] = imagesOf('stories/community-doctor/index.html');
    expect(first).toMatch(/^\/_astro\/story-doctor\..*\.jpe?g$/);
  });

  it('cards are JPEG pictures of the sizes the head announces', async () => {
    const html = parse(readDist('knowledge/masks/index.html'));
    const metas = html
      .querySelectorAll('meta[property^="og:image"]')
      .map((meta) => [meta.getAttribute('property'), meta.getAttribute('content')]);
    expect(metas).toContainEqual(['og:image:width', String(SHARE_CARD_SHAPES.wide.width)]);
    expect(metas).toContainEqual([
      'og:image:alt',
      html.querySelector('meta[property="og:title"]')!.getAttribute('content'),
    ]);
    for (const [shape, image] of [
      ['wide', imagesOf('knowledge/masks/index.html')[0]!],
      ['square', imagesOf('knowledge/masks/index.html')[1]!],
    ] as const) {
      const picture = readFileSync(join(DIST, image));
      const info = await sharp(picture).metadata();
      expect(info.format, image).toBe('jpeg');
      expect([info.width, info.height]).toEqual([SHARE_CARD_SHAPES[shape].width, SHARE_CARD_SHAPES[shape].height]);
      // Not a flat colour: the card has the site's red band and dark title text on white.
      const { channels } = await sharp(picture).stats();
      expect(channels[0]!.max - channels[0]!.min, image).toBeGreaterThan(150);
      expect(picture.length).toBeLessThan(120 * 1024);
    }
  });

  it('the share folder holds only cards some page names', () => {
    const named = new Set(pages.flatMap(imagesOf).filter((image) => image.startsWith('/share/')));
    expect(
      readdirSync(join(DIST, 'share'))
        .map((name) => `/share/${name}`)
        .sort(),
    ).toEqual([...named].sort());
  });
});

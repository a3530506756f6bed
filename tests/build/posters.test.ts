import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { POSTER_AUDIENCES } from '../../src/config/taxonomy';
import { formatFileSize } from '../../src/media/kinds';
import { isDraft } from '../helpers/content';
import { distFiles, existsInDist, page, textOf } from '../helpers/dist';
import { DIST } from '../helpers/paths';
import { loadPdf, pageFonts, pdfText } from '../helpers/pdf';
import { allPosters, expectedQrUrl, publishedPosters, SITE } from '../helpers/posters';

/** The stated limit for a poster PDF: a whole CJK font (10 MB) could never fit; a subset does. */
const PDF_LIMIT_BYTES = 200 * 1024;
/** A poster with a picture also carries it at print resolution: a photo takes a few hundred KB. */
const PDF_WITH_PICTURE_LIMIT_BYTES = 1024 * 1024;
/** An embedded font subset of one poster's characters. */
const FONT_LIMIT_BYTES = 100 * 1024;

const posters = publishedPosters();
const file = (name: string) => readFileSync(join(DIST, 'posters/files', name));

describe('poster print files', () => {
  it('exist for every published poster, under stable names, and for no draft', () => {
    expect(posters.length).toBeGreaterThanOrEqual(5);
    for (const poster of posters) {
      for (const suffix of ['a4.pdf', 'a3.pdf', 'a4.png', 'preview.webp']) {
        expect(existsInDist(`posters/files/${poster.id}-${suffix}`), `${poster.id}-${suffix}`).toBe(true);
      }
    }
    const drafts = allPosters().filter(isDraft);
    expect(drafts.length).toBeGreaterThan(0);
    for (const draft of drafts)
      expect(
        distFiles().filter((name) => name.includes(draft.id)),
        draft.file,
      ).toEqual([]);
  });

  for (const [paper, width, height] of [
    ['a4', 595.28, 841.89],
    ['a3', 841.89, 1190.55],
  ] as const) {
    it(`are one ${paper.toUpperCase()} page (${width} × ${height} pt) with the font embedded, under ${PDF_LIMIT_BYTES / 1024} KB (1 MB with a picture)`, async () => {
      for (const poster of posters) {
        const data = file(`${poster.id}-${paper}.pdf`);
        expect(data.length, poster.id).toBeLessThan(
          poster.data.picture ? PDF_WITH_PICTURE_LIMIT_BYTES : PDF_LIMIT_BYTES,
        );
        const pdf = await loadPdf(data);
        expect(pdf.getPageCount()).toBe(1);
        const { width: w, height: h } = pdf.getPage(0).getSize();
        expect([w, h], poster.id).toEqual([width, height]);
        const fonts = pageFonts(pdf.getPage(0));
        expect(fonts.length).toBeGreaterThan(0);
        for (const font of fonts) {
          expect(font.name, poster.id).toMatch(/^\/[A-Z]{6}\+NotoSansSC-/);
          expect(font.embeddedBytes, `${poster.id} ${font.name}`).toBeGreaterThan(1000);
          expect(font.embeddedBytes, `${poster.id} ${font.name}`).toBeLessThan(FONT_LIMIT_BYTES);
        }
      }
    });
  }

  it('carry their words as text a reader can search and copy', async () => {
    for (const poster of posters) {
      const [text = ''] = await pdfText(file(`${poster.id}-a4.pdf`));
      for (const word of String(poster.data.headline).split(/\s+/)) expect(text, poster.id).toContain(word);
      for (const point of poster.data.points as string[]) expect(text, poster.id).toContain(point);
      expect(text).toContain('太原市精神文明建设指导委员会办公室');
      expect(text).toContain('发布日期：');
    }
  });

  it('have a PNG of the A4 page at 150 dpi whose QR code opens the related article', async () => {
    for (const poster of posters) {
      const image = sharp(file(`${poster.id}-a4.png`));
      const meta = await image.metadata();
      expect([meta.width, meta.height, meta.density], poster.id).toEqual([1240, 1754, 150]);
      const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
      expect(code?.data, poster.id).toBe(expectedQrUrl(poster));
      expect(code?.data).toMatch(new RegExp(`^${SITE}/(knowledge|customs)/`));
    }
  });

  it('have a small WebP preview', async () => {
    for (const poster of posters) {
      const data = file(`${poster.id}-preview.webp`);
      const meta = await sharp(data).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.width).toBe(420);
      expect(data.length).toBeLessThan(60 * 1024);
    }
  });
});

describe('the poster gallery', () => {
  it('shows every published poster with its preview (size and alt text set)', () => {
    const cards = page('/posters/').querySelectorAll('.poster-card');
    expect(cards).toHaveLength(posters.length);
    for (const card of cards) {
      const img = card.querySelector('img')!;
      expect(img.getAttribute('src')).toMatch(/^\/posters\/files\/[a-z0-9-]+-preview\.webp$/);
      expect(existsInDist(img.getAttribute('src')!.slice(1))).toBe(true);
      expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['420', '594']);
      expect(img.getAttribute('alt')).toMatch(/^海报预览：/);
    }
  });

  it('filters by audience and by topic with plain links (no JavaScript)', () => {
    const gallery = page('/posters/');
    const audienceLinks = gallery.querySelectorAll('nav[aria-label="按适用场所筛选"] a[href^="/posters/audience/"]');
    const withPosters = POSTER_AUDIENCES.filter((audience) =>
      posters.some((poster) => (poster.data.audience as string[]).includes(audience.name)),
    );
    expect(audienceLinks.map((link) => link.getAttribute('href'))).toEqual(
      withPosters.map((audience) => `/posters/audience/${audience.slug}/`),
    );
    expect(textOf(gallery.querySelector('nav[aria-label="按适用场所筛选"]')!)).toMatch(
      /学校.*社区.*农村.*单位.*公共场所/,
    );

    const schools = page('/posters/audience/schools/');
    const forSchools = posters.filter((poster) => (poster.data.audience as string[]).includes('学校'));
    expect(forSchools.length).toBeGreaterThan(0);
    expect(
      schools
        .querySelectorAll('.poster-card h3 a')
        .map((link) => link.getAttribute('href'))
        .sort(),
    ).toEqual(forSchools.map((poster) => `/posters/${poster.id}/`).sort());
    expect(schools.querySelector('a[href="/posters/audience/schools/"]')?.getAttribute('aria-current')).toBe('page');

    const topicLink = gallery.querySelector('nav[aria-label="按主题筛选"] a[href^="/posters/topic/"]')!;
    expect(page(topicLink.getAttribute('href')!).querySelectorAll('.poster-card').length).toBeGreaterThan(0);
  });
});

describe('a poster page', () => {
  const poster = posters.find((entry) => entry.id === 'hand-washing-school')!;
  const html = page(`/posters/${poster.id}/`);

  it('shows the preview and each download with format, paper and the real file size', () => {
    expect(html.querySelector('.poster-panel img')?.getAttribute('src')).toBe(
      `/posters/files/${poster.id}-preview.webp`,
    );
    const downloads = html.querySelectorAll('.poster-downloads li');
    expect(downloads).toHaveLength(3);
    for (const [index, [name, label]] of [
      [`${poster.id}-a4.pdf`, 'A4 PDF'],
      [`${poster.id}-a3.pdf`, 'A3 PDF'],
      [`${poster.id}-a4.png`, 'A4 PNG'],
    ].entries()) {
      const item = downloads[index]!;
      expect(item.querySelector('a')?.getAttribute('href')).toBe(`/posters/files/${name}`);
      const size = formatFileSize(statSync(join(DIST, 'posters/files', name!)).size);
      expect(textOf(item)).toContain(label!);
      expect(textOf(item)).toContain(size);
    }
  });

  it('links the related article and the print page', () => {
    const related = new URL(expectedQrUrl(poster)).pathname;
    expect(html.querySelector(`article a[href="${related}"]`)).not.toBeNull();
    expect(html.querySelector(`a[href="/posters/${poster.id}/print/"]`)).not.toBeNull();
  });

  it('gives embed code whose iframe points at an existing embed page, and an <img> + link alternative', () => {
    const [iframeCode, imageCode] = html.querySelectorAll('.embed-code textarea').map((area) => area.textContent);
    const iframeSrc = /<iframe src="([^"]+)"/.exec(iframeCode ?? '')?.[1] ?? '';
    expect(iframeSrc).toBe(`${SITE}/embed/posters/${poster.id}/`);
    expect(existsInDist(`${new URL(iframeSrc).pathname.slice(1)}index.html`)).toBe(true);
    expect(iframeCode).toMatch(/<script src="https:\/\/wenming\.taiyuan\.example\/embed\/resize\.js" async><\/script>/);
    expect(existsInDist('embed/resize.js')).toBe(true);
    const imageSrc = /<img src="([^"]+)"/.exec(imageCode ?? '')?.[1] ?? '';
    expect(existsInDist(new URL(imageSrc).pathname.slice(1))).toBe(true);
    expect(imageCode).toContain(`<a href="${SITE}/posters/${poster.id}/">`);
  });

  it('has a print page with the form, the poster and its QR code to the article', () => {
    const print = page(`/posters/${poster.id}/print/`);
    expect(print.querySelector('form[data-poster-form] input[name="org"]')).not.toBeNull();
    expect(textOf(print.querySelector('.poster-sheet-print')!)).toContain((poster.data.points as string[])[0]!);
    expect(print.querySelector('.poster-sheet-print__qr svg path')).not.toBeNull();
    expect(textOf(print.querySelector('.poster-sheet-print__footer')!)).toContain(expectedQrUrl(poster));
  });
});

describe('embed pages', () => {
  const embeds = distFiles().filter((name) => name.startsWith('embed/') && name.endsWith('.html'));

  it('exist for every published poster and for the latest knowledge', () => {
    expect(embeds).toEqual(
      expect.arrayContaining([
        ...posters.map((poster) => `embed/posters/${poster.id}/index.html`),
        'embed/knowledge/index.html',
      ]),
    );
  });

  it('render without the site header, navigation, banner or footer, and open links outside the frame', () => {
    for (const name of embeds) {
      const html = page(`/${name}`);
      for (const chrome of ['header', 'footer', 'nav', '.site-header', '.site-footer', '.banner', '.skip-link']) {
        expect(html.querySelector(chrome), `${name} ${chrome}`).toBeNull();
      }
      expect(html.querySelector('base')?.getAttribute('target')).toBe('_blank');
      expect(html.querySelector('script[src]'), name).not.toBeNull();
    }
    expect(page('/embed/posters/hand-washing-school/').querySelector('img')?.getAttribute('src')).toBe(
      '/posters/files/hand-washing-school-preview.webp',
    );
    expect(page('/embed/knowledge/').querySelectorAll('li a').length).toBeGreaterThanOrEqual(5);
  });
});

describe('printing articles', () => {
  it('loads the print stylesheet and ends every article with its URL and a QR code', () => {
    for (const path of [
      '/knowledge/hand-washing/',
      '/stories/community-doctor/',
      '/notices/wenming-2020-1/',
      '/customs/funerals-simple/',
    ]) {
      const html = page(path);
      const link = html.querySelector('link[rel="stylesheet"][media="print"]')!;
      expect(readFileSync(join(DIST, link.getAttribute('href')!), 'utf8')).toContain('.print-footer');
      const footer = html.querySelector('.print-footer')!;
      expect(textOf(footer)).toContain(`${SITE}${path}`);
      expect(footer.querySelector('svg[role="img"] path')).not.toBeNull();
    }
  });
});

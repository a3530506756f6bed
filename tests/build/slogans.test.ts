import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFileSize } from '../../src/media/kinds';
import { wallSheetCount } from '../../src/slogans/wall';
import { isDraft, readCollection } from '../helpers/content';
import { distFiles, page, readDist, textOf } from '../helpers/dist';
import { openSearch } from '../helpers/pagefind-node';
import { DIST } from '../helpers/paths';
import { loadPdf, pageFonts, pdfText } from '../helpers/pdf';

const OFFICE = '太原市精神文明建设指导委员会办公室';
const all = readCollection('slogans');
const slogans = all.filter((entry) => !isDraft(entry));
const textOfSlogan = (entry: (typeof all)[number]) => String(entry.data.text).trim().split(/\s+/).join(' ');
const file = (name: string) => readFileSync(join(DIST, 'slogans/files', name));
const SUFFIXES = ['banner-1x5.pdf', 'banner-1x5.png', 'banner-1x10.pdf', 'banner-1x10.png', 'wall-a3.pdf'];
/** pdfinfo (poppler-utils), where installed: a second reader of the PDFs besides pdf-lib. */
const pdfinfo = (path: string): string | undefined => {
  try {
    return execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  } catch {
    return undefined;
  }
};

describe('the slogans page (/slogans/)', () => {
  const html = page('/slogans/');

  it('lists every published slogan under its topic, with a copy source, and no draft', () => {
    expect(slogans.length).toBeGreaterThanOrEqual(12);
    for (const slogan of slogans) {
      const card = html.querySelector(`#slogan-${slogan.id}`);
      expect(card, slogan.id).not.toBeNull();
      expect(card!.querySelector('[data-copy]')!.textContent.trim(), slogan.id).toBe(textOfSlogan(slogan));
      const section = card!.closest('section')!;
      expect(section.querySelector('h2')!.textContent.trim(), slogan.id).toBe(slogan.data.topic);
    }
    const drafts = all.filter(isDraft);
    expect(drafts.length).toBeGreaterThan(0);
    for (const draft of drafts) {
      expect(textOf(html), draft.id).not.toContain(textOfSlogan(draft));
      expect(
        distFiles().filter((name) => name.includes(draft.id)),
        draft.id,
      ).toEqual([]);
    }
  });

  it('links each slogan’s five files with their sizes, and its banner and wall pages', () => {
    for (const slogan of slogans) {
      const card = html.querySelector(`#slogan-${slogan.id}`)!;
      for (const suffix of SUFFIXES) {
        const name = `${slogan.id}-${suffix}`;
        const link = card.querySelector(`a[href="/slogans/files/${name}"]`);
        expect(link, name).not.toBeNull();
        expect(link!.hasAttribute('download')).toBe(true);
        expect(link!.textContent, name).toContain(formatFileSize(file(name).length));
      }
      expect(card.querySelector(`a[href="/slogans/${slogan.id}/banner/"]`)?.textContent.trim(), slogan.id).toBe(
        '加上本单位名称，打印横幅',
      );
      expect(card.querySelector(`a[href="/slogans/${slogan.id}/wall/"]`)?.textContent.trim(), slogan.id).toBe(
        '加上本单位名称，打印墙体标语',
      );
    }
    expect(textOf(html)).toContain('3 米 × 0.6 米');
    expect(textOf(html)).toContain('5 米 × 0.5 米');
  });

  it('has a topic list that leads to each topic’s heading', () => {
    const links = html.querySelectorAll('nav[aria-label="按主题查看"] a');
    expect(links.length).toBeGreaterThan(3);
    for (const link of links)
      expect(html.querySelector(link.getAttribute('href')!), link.getAttribute('href')!).not.toBeNull();
  });

  it('is a section of the site: in the menu and the HTML site map', () => {
    expect(page('/').querySelector('a[href="/slogans/"]')).not.toBeNull();
    expect(page('/sitemap/').querySelector('a[href="/slogans/"]')).not.toBeNull();
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).toContain('/slogans/</loc>');
  });

  it('says the downloads carry the office’s 落款 and the print pages the community’s', () => {
    const intro = textOf(html.querySelector('.slogan-intro')!);
    expect(intro).toContain(`落款是“${OFFICE}”`);
    expect(intro).toContain('加上本单位名称，打印墙体标语');
  });
});

describe('the slogans feed (/slogans/rss.xml)', () => {
  const xml = readDist('slogans/rss.xml');
  const items = (): { title: string; link: string; category: string; 'content:encoded': string }[] => {
    const channel = new XMLParser().parse(xml).rss.channel;
    return [channel.item].flat();
  };

  it('is valid RSS with every published slogan, newest first, and no draft', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(
      items()
        .map((item) => item.title)
        .sort(),
    ).toEqual(slogans.map(textOfSlogan).sort());
    for (const draft of all.filter(isDraft)) expect(xml, draft.id).not.toContain(textOfSlogan(draft));
    const days = [...xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((match) => new Date(match[1]!).getTime());
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });

  it('links each item to its card, with its topic and the absolute addresses of its five files', () => {
    for (const slogan of slogans) {
      const item = items().find((candidate) => candidate.title === textOfSlogan(slogan))!;
      expect(item.link, slogan.id).toBe(`https://wenming.taiyuan.example/slogans/#slogan-${slogan.id}`);
      expect(item.category, slogan.id).toBe(slogan.data.topic);
      for (const suffix of SUFFIXES)
        expect(item['content:encoded'], slogan.id).toContain(
          `https://wenming.taiyuan.example/slogans/files/${slogan.id}-${suffix}`,
        );
      for (const print of ['banner', 'wall'])
        expect(item['content:encoded'], slogan.id).toContain(
          `https://wenming.taiyuan.example/slogans/${slogan.id}/${print}/`,
        );
    }
  });

  it('is announced by the slogans page and listed on /feeds/', () => {
    expect(
      page('/slogans/').querySelector('head link[rel=alternate][type="application/rss+xml"][href="/slogans/rss.xml"]'),
    ).not.toBeNull();
    expect(page('/feeds/').querySelector('a[href="/slogans/rss.xml"]')).not.toBeNull();
  });
});

describe('banner files', () => {
  for (const [suffix, ratio, widthCm, heightCm] of [
    ['banner-1x5', 5, 300, 60],
    ['banner-1x10', 10, 500, 50],
  ] as const) {
    it(`${suffix}: one page of ${widthCm} cm × ${heightCm} cm (1:${ratio}), vector text in embedded Noto Sans SC, the slogan and the office`, async () => {
      for (const slogan of slogans) {
        const name = `${slogan.id}-${suffix}.pdf`;
        const pdf = await loadPdf(file(name));
        expect(pdf.getPageCount(), name).toBe(1);
        const { width, height } = pdf.getPage(0).getSize();
        expect(width / height, name).toBeCloseTo(ratio, 2);
        expect((height / 72) * 2.54, name).toBeCloseTo(heightCm, 1);
        const fonts = pageFonts(pdf.getPage(0));
        expect(fonts.map((font) => font.name).sort(), name).toEqual([
          expect.stringMatching(/^\/[A-Z]{6}\+NotoSansSC-Bold$/),
          expect.stringMatching(/^\/[A-Z]{6}\+NotoSansSC-Regular$/),
        ]);
        for (const font of fonts) expect(font.embeddedBytes, `${name} ${font.name}`).toBeGreaterThan(1000);
        const [text = ''] = await pdfText(file(name));
        expect(text.replace(/\s/g, ''), name).toContain(String(slogan.data.text).replace(/\s/g, ''));
        expect(text, name).toContain(OFFICE);
      }
      const info = pdfinfo(join(DIST, 'slogans/files', `${slogans[0]!.id}-${suffix}.pdf`));
      if (info) {
        const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
        expect(Number(w) / Number(h)).toBeCloseTo(ratio, 2);
      }
    });

    it(`${suffix}: a PNG preview at the same proportion`, async () => {
      for (const slogan of slogans) {
        const { width, height, format } = await sharp(file(`${slogan.id}-${suffix}.png`)).metadata();
        expect(format).toBe('png');
        expect(width! / height!, slogan.id).toBeCloseTo(ratio, 1);
        expect(width).toBeGreaterThanOrEqual(1000);
      }
    });
  }

  it('pdffonts, where installed, finds the fonts embedded and subset', () => {
    let listing: string;
    try {
      listing = execFileSync('pdffonts', [join(DIST, 'slogans/files', `${slogans[0]!.id}-banner-1x10.pdf`)], {
        encoding: 'utf8',
      });
    } catch {
      return;
    }
    const rows = listing.split('\n').filter((line) => line.includes('NotoSansSC'));
    expect(rows.length).toBe(2);
    for (const row of rows) expect(row).toMatch(/\byes\s+yes\s+yes\b/);
  });
});

describe('wall-slogan files', () => {
  it('are A3 landscape: an overview, then two numbered characters a sheet, in the embedded font', async () => {
    for (const slogan of slogans) {
      const name = `${slogan.id}-wall-a3.pdf`;
      const characters = [...String(slogan.data.text).replace(/\s/g, '')];
      const pdf = await loadPdf(file(name));
      expect(pdf.getPageCount(), name).toBe(1 + Math.ceil(characters.length / 2));
      for (const sheet of pdf.getPages()) {
        const { width, height } = sheet.getSize();
        expect([Math.round(width), Math.round(height)], name).toEqual([1191, 842]);
        for (const font of pageFonts(sheet)) expect(font.embeddedBytes, name).toBeGreaterThan(1000);
      }
      const pages = await pdfText(file(name));
      expect(pages[0], name).toContain('墙体标语');
      expect(pages[0], name).toContain(OFFICE);
      characters.forEach((character, index) => {
        const sheet = pages[1 + Math.floor(index / 2)]!;
        expect(sheet, `${name} ${character}`).toContain(character);
        expect(sheet, `${name} ${character}`).toContain(`第 ${index + 1} 字／共 ${characters.length} 字`);
      });
    }
  });
});

describe('banner pages (/slogans/<id>/banner/)', () => {
  it('show both banners with the office as 落款, and a form for the community’s own name', () => {
    for (const slogan of slogans) {
      const html = page(`/slogans/${slogan.id}/banner/`);
      expect(html.querySelectorAll('[data-print-sheet]').length, slogan.id).toBe(2);
      for (const name of html.querySelectorAll('svg [data-cobrand-name]')) expect(name.textContent.trim()).toBe(OFFICE);
      const svgText = html
        .querySelectorAll('svg text')
        .map((node) => node.textContent.trim())
        .join('');
      expect(svgText.replace(/\s/g, ''), slogan.id).toContain(String(slogan.data.text).replace(/\s/g, ''));
      expect(html.querySelector('form[data-cobrand-form] input[name="org"]'), slogan.id).not.toBeNull();
    }
  });
});

describe('wall pages (/slogans/<id>/wall/)', () => {
  it('show every sheet of the wall PDF, the office as 落款, and a form for the community’s own name', () => {
    for (const slogan of slogans) {
      const html = page(`/slogans/${slogan.id}/wall/`);
      const sheets = html.querySelectorAll('[data-print-sheet="wall-a3"]');
      expect(sheets.length, slogan.id).toBe(wallSheetCount(String(slogan.data.text)));
      const names = html.querySelectorAll('svg [data-cobrand-name]');
      expect(names.length, slogan.id).toBe(1);
      expect(names[0]!.parentNode!.textContent.trim(), slogan.id).toBe(`落款：${OFFICE}`);
      // The characters, large, one by one in reading order on the sheets after the overview.
      const big = sheets
        .slice(1)
        .flatMap((sheet) =>
          sheet.querySelectorAll('text').filter((text) => Number(text.getAttribute('font-size')) > 200),
        );
      expect(big.map((text) => text.textContent.trim()).join(''), slogan.id).toBe(
        String(slogan.data.text).replace(/\s/g, ''),
      );
      expect(html.querySelector('form[data-cobrand-form] input[name="org"]'), slogan.id).not.toBeNull();
      expect(
        html.querySelector(`a[href="/slogans/files/${slogan.id}-wall-a3.pdf"][download]`),
        slogan.id,
      ).not.toBeNull();
    }
  });

  it('are left out of the sitemap and the search, as the banner pages and the posters’ print forms are', () => {
    const sitemap = readDist('sitemap-0.xml');
    expect(sitemap).toContain('/posters/wear-masks/</loc>');
    for (const slogan of slogans) {
      for (const print of ['banner', 'wall']) {
        const path = `/slogans/${slogan.id}/${print}/`;
        expect(sitemap, path).not.toContain(`${path}</loc>`);
        expect(page(path).querySelector('[data-pagefind-body], [data-search-record]'), path).toBeNull();
      }
    }
  });
});

describe('search', () => {
  let search: Awaited<ReturnType<typeof openSearch>>;
  beforeAll(async () => {
    search = await openSearch(DIST);
  });
  afterAll(() => search.close());

  it('finds a slogan by its words, as a result that opens its card', async () => {
    expect((await search.search('公筷公勺')).urls).toContain('/slogans/#slogan-shared-chopsticks');
    expect((await search.search('红事缓办')).urls).toContain('/slogans/#slogan-weddings-funerals');
  });

  it('never offers a slogan’s print pages (banner, wall) as a result', async () => {
    for (const words of ['红事缓办', '打印墙体标语', '打印横幅']) {
      expect(
        (await search.search(words)).urls.filter((url) => /\/slogans\/[^/]+\/(banner|wall)\//.test(url)),
        words,
      ).toEqual([]);
    }
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { BROADCAST_AUDIENCES, BROADCAST_KINDS } from '../../src/config/taxonomy';
import { scriptLength } from '../../src/lib/broadcast-length';
import { scriptText } from '../../src/lib/broadcast-text';
import { toChineseDay } from '../../src/lib/dates';
import { formatFileSize } from '../../src/media/kinds';
import { isDraft, readCollection, type ContentFile } from '../helpers/content';
import { distFiles, existsInDist, metaOf, page, readDist, textOf } from '../helpers/dist';
import { DIST } from '../helpers/paths';
import { loadPdf, pageFonts } from '../helpers/pdf';
import { SITE } from '../helpers/posters';

/** 广播稿 (loudspeaker scripts), checked against what the content files say, worked out without Astro. */
const all = readCollection('broadcasts');
const scripts = all.filter((entry) => !isDraft(entry));
const drafts = all.filter(isDraft);
const lengthOf = (entry: ContentFile) => scriptLength(scriptText(entry.body), String(entry.data.kind));
const file = (name: string) => readFileSync(join(DIST, 'broadcasts/files', name));
const firstLine = (entry: ContentFile) => scriptText(entry.body).split('\n')[0]!;

describe('the 广播稿 section', () => {
  it('has at least six published sample scripts of each kind of audience, and a draft', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(6);
    expect(new Set(scripts.map((entry) => entry.data.kind))).toEqual(new Set(['广播稿', '顺口溜', '快板', '倡议']));
    expect(new Set(scripts.flatMap((entry) => entry.data.audience as string[]))).toEqual(
      new Set(['村', '社区', '单位']),
    );
    expect(drafts.length).toBeGreaterThan(0);
  });

  it('is in the menu and the site map', () => {
    const home = page('/');
    expect(home.querySelectorAll('nav a').map((link) => link.getAttribute('href'))).toContain('/broadcasts/');
    expect(
      page('/sitemap/')
        .querySelectorAll('a')
        .map((link) => link.getAttribute('href')),
    ).toContain('/broadcasts/');
  });

  it('lists every published script with its kind, characters and reading time, and states the paces', () => {
    const list = page('/broadcasts/');
    expect(list.querySelector('h1')!.textContent).toBe('广播稿');
    const paces = textOf(list.querySelector('[data-broadcast-paces]')!);
    for (const pace of ['广播稿 200 字', '顺口溜 160 字', '快板 180 字', '倡议 200 字']) expect(paces).toContain(pace);
    expect(paces).toContain('播读时长按每分钟');
    const cards = list.querySelectorAll('.card');
    expect(cards.length).toBe(scripts.length);
    for (const entry of scripts) {
      const card = cards.find(
        (candidate) => candidate.querySelector('a')!.getAttribute('href') === `/broadcasts/${entry.id}/`,
      );
      expect(card, entry.file).toBeDefined();
      const length = lengthOf(entry);
      const text = textOf(card!);
      expect(text, entry.file).toContain(`${length.characters} 字`);
      expect(text, entry.file).toContain(`播读${length.time}`);
      expect(text, entry.file).toContain(String(entry.data.kind));
    }
    for (const draft of drafts) expect(list.toString()).not.toContain(`/broadcasts/${draft.id}/`);
  });

  it('lists the scripts of each kind and for each audience on pages of their own, linked from the list', () => {
    const links = page('/broadcasts/')
      .querySelectorAll('.term-links a')
      .map((link) => [link.getAttribute('href'), textOf(link)]);
    for (const [field, terms] of [
      ['kind', BROADCAST_KINDS],
      ['audience', BROADCAST_AUDIENCES],
    ] as const) {
      for (const term of terms) {
        const matching = scripts.filter((entry) => ([] as unknown[]).concat(entry.data[field]).includes(term.name));
        const path = `/broadcasts/${field}/${term.slug}/`;
        expect(matching.length, path).toBeGreaterThan(0);
        expect(links, path).toContainEqual([path, `${term.name}（${matching.length}）`]);
        const listed = page(path)
          .querySelectorAll('.card h2 a')
          .map((link) => link.getAttribute('href'));
        expect(listed.sort(), path).toEqual(matching.map((entry) => `/broadcasts/${entry.id}/`).sort());
      }
    }
    const rhyme = scripts.find((entry) => entry.data.kind === '顺口溜')!;
    expect(
      page(`/broadcasts/${rhyme.id}/`).querySelector('.meta a[href="/broadcasts/kind/shunkouliu/"]'),
    ).not.toBeNull();
  });

  it('shows each script on its page with its characters, reading time at the stated pace and facts', () => {
    for (const entry of scripts) {
      const html = page(`/broadcasts/${entry.id}/`);
      const length = lengthOf(entry);
      expect(html.querySelector('[data-broadcast-characters]')!.textContent, entry.file).toBe(
        String(length.characters),
      );
      expect(html.querySelector('[data-broadcast-time]')!.textContent, entry.file).toBe(length.time);
      expect(textOf(html.querySelector('[data-broadcast-facts]')!), entry.file).toContain(`每分钟 ${length.pace} 字`);
      expect(length.characters, entry.file).toBeGreaterThan(100);
      const meta = metaOf(html);
      expect(meta.get('体裁')).toBe(entry.data.kind);
      expect(meta.get('适用')).toBe((entry.data.audience as string[]).join('、'));
      expect(meta.get('来源')).toBe(entry.data.source);
      // 朗读 reads the elements marked data-read-aloud: the title and the script itself.
      const read = html
        .querySelectorAll('[data-read-aloud]')
        .map((element) => textOf(element))
        .join(' ');
      expect(read, entry.file).toContain(firstLine(entry));
      expect(html.querySelector('[data-entry-body]')!.classList.contains('prose--script')).toBe(true);
      // A sample script says so.
      if (entry.data.sample) expect(html.querySelector('h1 .badge')!.textContent).toBe('示例');
    }
  });

  it('keeps the lines of a 顺口溜 as lines on the page', () => {
    const rhyme = scripts.find((entry) => entry.data.kind === '顺口溜')!;
    const paragraph = page(`/broadcasts/${rhyme.id}/`).querySelector('[data-entry-body] p')!;
    expect(paragraph.textContent.split('\n').map((line) => line.trim())).toEqual(
      scriptText(rhyme.body).split('\n\n')[0]!.split('\n'),
    );
  });

  it('links both downloads from each page, with their real sizes', () => {
    for (const entry of scripts) {
      const links = page(`/broadcasts/${entry.id}/`).querySelectorAll('.broadcast-downloads a[download]');
      expect(links.map((link) => link.getAttribute('href'))).toEqual([
        `/broadcasts/files/${entry.id}.txt`,
        `/broadcasts/files/${entry.id}-a4.pdf`,
      ]);
      for (const link of links) {
        const size = formatFileSize(statSync(join(DIST, link.getAttribute('href')!.slice(1))).size);
        expect(textOf(link), link.getAttribute('href')!).toContain(size);
      }
    }
  });

  it('publishes no page or file of a draft', () => {
    for (const draft of drafts)
      expect(
        distFiles().filter((name) => name.includes(draft.id)),
        draft.file,
      ).toEqual([]);
  });
});

describe('the text download', () => {
  it('is UTF-8 without a BOM: title, facts, the lines as read, source and date', () => {
    for (const entry of scripts) {
      const bytes = file(`${entry.id}.txt`);
      expect([...bytes.subarray(0, 3)], entry.file).not.toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(Buffer.from(text, 'utf8').equals(bytes), entry.file).toBe(true);
      const lines = text.split('\r\n');
      expect(lines[0]).toBe(entry.data.title);
      expect(text.replace(/\r\n/g, '\n')).toContain(scriptText(entry.body));
      const length = lengthOf(entry);
      expect(lines).toContain(`篇幅：${length.characters} 字，按每分钟 ${length.pace} 字播读${length.time}`);
      expect(lines).toContain(`来源：${entry.data.source}${entry.data.sample ? '（示例稿）' : ''}`);
      expect(lines).toContain(`发布日期：${toChineseDay(new Date(entry.data.published as string))}`);
      expect(lines).toContain(`网页版：${SITE}/broadcasts/${entry.id}/`);
    }
  });
});

describe('the large-print PDF', () => {
  const work = mkdtempSync(join(tmpdir(), 'broadcast-pdf-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is A4 with the Noto Sans SC subset embedded, as pdfinfo and pdffonts read it', () => {
    for (const entry of scripts) {
      const path = join(DIST, 'broadcasts/files', `${entry.id}-a4.pdf`);
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      expect(info, entry.file).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
      expect(info).toContain(`Title:           ${entry.data.title}`);
      const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      // name, type, encoding, emb, sub, uni: every font an embedded, subset Noto Sans SC.
      for (const row of fonts)
        expect(row, entry.file).toMatch(/^[A-Z]{6}\+NotoSansSC-\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    }
  });

  it('has every page A4, small files, and the fonts embedded on each page', async () => {
    for (const entry of scripts) {
      const data = file(`${entry.id}-a4.pdf`);
      expect(data.length, entry.file).toBeLessThan(200 * 1024);
      const pdf = await loadPdf(data);
      expect(pdf.getPageCount(), entry.file).toBeLessThanOrEqual(3);
      for (const pdfPage of pdf.getPages()) {
        const { width, height } = pdfPage.getSize();
        expect([width, height]).toEqual([595.28, 841.89]);
        for (const font of pageFonts(pdfPage))
          expect(font.embeddedBytes, `${entry.id} ${font.name}`).toBeGreaterThan(1000);
      }
    }
  });

  it('prints the script as vector text of at least 20 pt, with title, reading time, source and date', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    for (const entry of scripts) {
      const task = pdfjs.getDocument({ data: new Uint8Array(file(`${entry.id}-a4.pdf`)), useSystemFonts: false });
      const document = await task.promise;
      const items: { str: string; size: number }[] = [];
      for (let number = 1; number <= document.numPages; number++) {
        const content = await (await document.getPage(number)).getTextContent();
        for (const item of content.items)
          if ('str' in item) items.push({ str: item.str, size: Math.hypot(item.transform[0], item.transform[1]) });
      }
      await task.destroy();
      const text = items.map((item) => item.str).join('');
      const length = lengthOf(entry);
      // Everything printed at 20 pt or more is the title and the whole script, in order, and nothing else:
      // no line of the script is printed smaller (lines are wrapped, so white space is left aside).
      const large = items
        .filter((item) => item.size >= 20)
        .map((item) => item.str)
        .join('');
      expect(large.replace(/\s/g, ''), entry.file).toBe(
        `${entry.data.title}${scriptText(entry.body)}`.replace(/\s/g, ''),
      );
      expect(text).toContain(`${length.characters} 字，按每分钟 ${length.pace} 字播读${length.time}`);
      expect(text).toContain(`来源：${entry.data.source}`);
      expect(text).toContain(`发布日期：${toChineseDay(new Date(entry.data.published as string))}`);
    }
  });

  it('has a QR code on its first page that opens the script’s page', async () => {
    for (const entry of scripts) {
      const prefix = join(work, entry.id);
      execFileSync('pdftoppm', [
        '-r',
        '150',
        '-f',
        '1',
        '-l',
        '1',
        '-png',
        '-singlefile',
        join(DIST, 'broadcasts/files', `${entry.id}-a4.pdf`),
        prefix,
      ]);
      const { data, info } = await sharp(`${prefix}.png`).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
      expect(code?.data, entry.file).toBe(`${SITE}/broadcasts/${entry.id}/`);
    }
  });
});

describe('scripts in feeds, the sitemap and search', () => {
  it('are in the section feeds and the site-wide feed', () => {
    const rss = readDist('broadcasts/rss.xml');
    const json = JSON.parse(readDist('broadcasts/feed.json')) as { items: { url: string; content_html: string }[] };
    for (const entry of scripts) {
      expect(rss, entry.file).toContain(`${SITE}/broadcasts/${entry.id}/`);
      const item = json.items.find((candidate) => candidate.url === `${SITE}/broadcasts/${entry.id}/`);
      expect(item?.content_html, entry.file).toContain(firstLine(entry));
    }
    expect(
      page('/feeds/')
        .querySelectorAll('a')
        .map((link) => link.getAttribute('href')),
    ).toContain('/broadcasts/rss.xml');
  });

  it('are in the sitemap, their drafts are not', () => {
    const sitemap = readDist('sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${SITE}/broadcasts/</loc>`);
    for (const entry of scripts) expect(sitemap, entry.file).toContain(`<loc>${SITE}/broadcasts/${entry.id}/</loc>`);
    for (const draft of drafts) expect(sitemap).not.toContain(`/broadcasts/${draft.id}/`);
  });

  it('are indexed for search under the 广播稿 section, with their topic', () => {
    for (const entry of scripts) {
      const html = page(`/broadcasts/${entry.id}/`);
      expect(html.querySelector('article')!.hasAttribute('data-pagefind-body'), entry.file).toBe(true);
      const filters = html
        .querySelectorAll('[data-pagefind-filter]')
        .map((element) => element.getAttribute('data-pagefind-filter'));
      expect(filters, entry.file).toEqual(expect.arrayContaining([`section:广播稿`, `topic:${entry.data.topic}`]));
    }
    expect(existsInDist('pagefind/pagefind.js')).toBe(true);
  });
});

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forgetPosterLookups, getPosterFiles, inTurn } from '../../src/posters/render/cache';
import { META_FILE, prunePosterCache } from '../../src/posters/render/cache-folder';
import { posterText, type PosterContent } from '../../src/posters/render/content';
import { loadPosterFonts, missingCharacters, textWidth } from '../../src/posters/render/fonts';
import { A4, layoutPoster } from '../../src/posters/render/layout';
import { POSTER_PALETTES } from '../../src/posters/render/palette';
import { assertPosterFontCovers, MissingGlyphError } from '../../src/posters/render/render';
import { ROOT } from '../helpers/paths';
import { allPosters, posterContentFromFile } from '../helpers/posters';

const fonts = loadPosterFonts(ROOT);
const sample = posterContentFromFile(allPosters().find((poster) => poster.id === 'hand-washing-school')!);

describe('the poster font', () => {
  // Drafts too: an editor learns of a missing character before the poster is published.
  for (const poster of allPosters()) {
    it(`has every character of ${poster.file}`, () => {
      const text = posterText(posterContentFromFile(poster)).join('');
      for (const font of Object.values(fonts))
        expect(missingCharacters(text, font.font), `${font.name}: ${poster.file}`).toEqual([]);
    });
  }

  it('stops the build with the file and the characters when one is missing', () => {
    const broken = { ...sample, points: [...sample.points.slice(0, -1), '洗手后比个😀'] };
    expect(() => assertPosterFontCovers(broken, fonts)).toThrow(MissingGlyphError);
    expect(() => assertPosterFontCovers(broken, fonts)).toThrow(
      /content\/posters\/hand-washing-school\.md：海报字体中没有 “😀” 的字形/,
    );
  });
});

describe('the poster layout', () => {
  /** The longest text the schema allows, with no space to break the headline at. */
  const longest: PosterContent = {
    ...sample,
    headline: '一二三四五六七八九十一二',
    slogans: Array(3).fill('一二三四五六七八九十一二三四五六'),
    points: Array(6).fill('一二三四五六七八九十一二三四五六七八九十一二'),
    organizer: '太原市精神文明建设指导委员会办公室综合科',
  };

  for (const [name, content] of [
    ['a sample poster', sample],
    ['the longest poster the schema allows', longest],
  ] as const) {
    it(`keeps all of ${name} 10 mm inside the page, with no line over another`, () => {
      const lines = layoutPoster(content, fonts).items.filter((item) => item.kind === 'text');
      expect(lines.length).toBeGreaterThan(10);
      for (const line of lines) {
        const right = line.x + textWidth(fonts[line.font].font, line.text, line.size);
        expect(line.x, line.text).toBeGreaterThanOrEqual(28 - 0.01);
        expect(right, line.text).toBeLessThanOrEqual(A4.width - 28 + 0.01);
        expect(line.baseline, line.text).toBeLessThanOrEqual(A4.height - 28);
        expect(line.size, line.text).toBeGreaterThanOrEqual(9);
      }
      const points = lines.filter((line) => content.points.includes(line.text));
      for (let index = 1; index < points.length; index++) {
        expect(points[index]!.baseline - points[index - 1]!.baseline).toBeGreaterThanOrEqual(points[index]!.size * 1.5);
      }
    });
  }
});

describe('the HTML poster sheet', () => {
  it('uses the colours of the PDF (PosterPrintSheet.css follows palette.ts)', () => {
    const css = readFileSync(join(ROOT, 'src/posters/components/PosterPrintSheet.css'), 'utf8');
    for (const [theme, palette] of Object.entries(POSTER_PALETTES)) {
      const block = new RegExp(`\\.poster-sheet-print--${theme} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
      expect(block, theme).toContain(`--poster-main: ${palette.main};`);
      expect(block, theme).toContain(`--poster-tint: ${palette.tint};`);
    }
  });
});

describe('the poster cache', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'poster-cache-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
  const options = { cacheDir, projectRoot: ROOT };

  it('renders a poster once, and a later build of the unchanged poster does no rendering', async () => {
    const first = await getPosterFiles(sample, options);
    expect(first.rendered).toBe(true);
    const modified = statSync(first.files['a4-pdf'].file).mtimeMs;
    const bytes = readFileSync(first.files['a4-pdf'].file);

    forgetPosterLookups();
    const second = await getPosterFiles(sample, options);
    expect(second.rendered).toBe(false);
    expect(second.hash).toBe(first.hash);
    expect(statSync(second.files['a4-pdf'].file).mtimeMs).toBe(modified);
    expect(readFileSync(second.files['a4-pdf'].file).equals(bytes)).toBe(true);
  });

  it('renders a damaged entry (a file deleted by hand) again', async () => {
    forgetPosterLookups();
    const before = await getPosterFiles(sample, options);
    rmSync(before.files['a4-png'].file);
    forgetPosterLookups();
    const repaired = await getPosterFiles(sample, options);
    expect(repaired.rendered).toBe(true);
    expect(existsSync(repaired.files['a4-png'].file)).toBe(true);
  });

  it('renders again when what the poster prints changes', async () => {
    forgetPosterLookups();
    const before = await getPosterFiles(sample, options);
    const changed = await getPosterFiles(
      { ...sample, points: [...sample.points.slice(0, -1), '用干净毛巾擦干双手'] },
      options,
    );
    expect(changed.rendered).toBe(true);
    expect(changed.hash).not.toBe(before.hash);
  });

  it('renders the same bytes each time (a rebuilt file does not change its checksum)', async () => {
    const other = mkdtempSync(join(tmpdir(), 'poster-cache-'));
    try {
      forgetPosterLookups();
      const fresh = await getPosterFiles(sample, { ...options, cacheDir: other });
      expect(fresh.rendered).toBe(true);
      const cached = await getPosterFiles(sample, options);
      for (const kind of ['a4-pdf', 'a3-pdf'] as const) {
        expect(readFileSync(fresh.files[kind].file).equals(readFileSync(cached.files[kind].file)), kind).toBe(true);
      }
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('pruning the poster cache', () => {
  it('removes entries no build used for longer than the limit and keeps the others', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'poster-cache-'));
    try {
      for (const name of ['old', 'recent']) {
        mkdirSync(join(cacheDir, name));
        writeFileSync(join(cacheDir, name, META_FILE), '{}');
      }
      const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000);
      utimesSync(join(cacheDir, 'old', META_FILE), dayAgo, dayAgo);
      expect(await prunePosterCache(cacheDir, 60 * 60 * 1000)).toBe(1);
      expect([existsSync(join(cacheDir, 'old')), existsSync(join(cacheDir, 'recent'))]).toEqual([false, true]);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});

describe('inTurn (posters rendered at the same time)', () => {
  it('runs at most four at once, every one in the end, in the order asked', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const tasks = Array.from({ length: 10 }, (_, n) =>
      inTurn(async () => {
        started.push(n);
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
        return n;
      }),
    );
    // Release one render at a time, letting the next in line start each time.
    for (let released = 0; released < 10; released += 1) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      releases[released]!();
    }
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(most).toBe(4);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

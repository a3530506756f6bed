import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';

/**
 * Posters carry their own CJK font, so they print the same on a machine with no Chinese fonts.
 * Noto Sans SC comes from npm as whole TrueType files (one per weight); fontkit reads them lazily,
 * and pdfkit embeds only the glyphs a poster uses, so a PDF carries a subset of a few dozen KB.
 */
export const POSTER_FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';

const FONT_FILES = {
  regular: '400Regular/NotoSansSC_400Regular.ttf',
  bold: '700Bold/NotoSansSC_700Bold.ttf',
} as const;

export type PosterFontName = keyof typeof FONT_FILES;

export interface PosterFont {
  readonly name: PosterFontName;
  /** The TrueType file. */
  readonly file: string;
  /** Its bytes, for pdfkit to subset and embed. */
  readonly data: Buffer;
  readonly font: Font;
}

export type PosterFonts = Readonly<Record<PosterFontName, PosterFont>>;

const loaded = new Map<string, PosterFonts>();

/** The poster fonts, resolved from the project's node_modules; parsed once per process. */
export function loadPosterFonts(projectRoot: string): PosterFonts {
  const cached = loaded.get(projectRoot);
  if (cached) return cached;
  const require = createRequire(join(projectRoot, 'package.json'));
  const load = (name: PosterFontName): PosterFont => {
    const file = require.resolve(`${POSTER_FONT_PACKAGE}/${FONT_FILES[name]}`);
    const data = readFileSync(file);
    return { name, file, data, font: fontkit.create(data) as Font };
  };
  const fonts = { regular: load('regular'), bold: load('bold') };
  loaded.set(projectRoot, fonts);
  return fonts;
}

/** The characters of `text` that the font has no glyph for (white space aside), each once. */
export function missingCharacters(text: string, font: Font): string[] {
  const missing = new Set<string>();
  for (const character of text) {
    if (/\s/.test(character)) continue;
    if (!font.hasGlyphForCodePoint(character.codePointAt(0)!)) missing.add(character);
  }
  return [...missing];
}

/** Advance width of `text` at `size` points (one line, no wrapping). */
export function textWidth(font: Font, text: string, size: number): number {
  const advance = font.layout(text).positions.reduce((sum, position) => sum + position.xAdvance, 0);
  return (advance / font.unitsPerEm) * size;
}

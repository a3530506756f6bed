import { posterText, type PosterContent } from './content';
import { missingCharacters, type PosterFonts } from './fonts';
import { layoutPoster } from './layout';
import { pictureSize, preparePicture } from './picture';
import { renderPosterPdf } from './pdf';
import type { PosterFileKind } from '../files';
import { renderPosterPng, renderPosterPreview } from './raster';

export interface RenderedFile {
  readonly data: Buffer;
  /** Pixel size, for images. */
  readonly width?: number;
  readonly height?: number;
}

/** Thrown when a poster uses a character the poster font cannot draw: the build stops and says which. */
export class MissingGlyphError extends Error {}

/** Fails with a message for the editor when any printed character is missing from the font. */
export function assertPosterFontCovers(content: PosterContent, fonts: PosterFonts): void {
  const text = posterText(content).join('');
  const missing = new Set(Object.values(fonts).flatMap((font) => missingCharacters(text, font.font)));
  if (missing.size > 0) {
    const list = [...missing].map((character) => `“${character}”`).join('、');
    throw new MissingGlyphError(
      `${content.sourceFile}：海报字体中没有 ${list} 的字形，打印出来会缺字。请改用常用汉字，或删去这些字符（例如表情符号）。`,
    );
  }
}

/** All of a poster's files, rendered from one layout. */
export async function renderPosterFiles(
  content: PosterContent,
  fonts: PosterFonts,
): Promise<Record<PosterFileKind, RenderedFile>> {
  assertPosterFontCovers(content, fonts);
  const size = content.picture && (await pictureSize(content.picture.file));
  const layout = layoutPoster(content, fonts, size);
  const box = layout.items.find((item) => item.kind === 'picture');
  const picture = content.picture && box ? await preparePicture(content.picture.file, box.width) : undefined;
  const [a4, a3, png, preview] = await Promise.all([
    renderPosterPdf(layout, fonts, content, 'A4', picture),
    renderPosterPdf(layout, fonts, content, 'A3', picture),
    renderPosterPng(layout, fonts, picture),
    renderPosterPreview(layout, fonts, picture),
  ]);
  return {
    'a4-pdf': { data: a4 },
    'a3-pdf': { data: a3 },
    'a4-png': png,
    'preview-webp': preview,
  };
}

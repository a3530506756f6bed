import { missingCharacters, type PosterFonts } from '../posters/render/fonts';
import { renderLayoutPdf, type PdfInfo } from '../posters/render/pdf';
import { renderLayoutPng } from '../posters/render/raster';
import { MissingGlyphError, type RenderedFile } from '../posters/render/render';
import { layoutBanner } from './banner';
import type { SloganContent } from './content';
import type { SloganFileKind } from './files';
import { BANNER_FORMATS } from './formats';
import { layoutWallSheets, wallText } from './wall';

/** Width of a banner's PNG preview: enough to check the artwork on a phone, not a print file. */
export const BANNER_PREVIEW_WIDTH = 1500;

/** Fails with a message for the editor when a printed character is missing from the font. */
export function assertSloganFontCovers(content: SloganContent, fonts: PosterFonts): void {
  const text = wallText(content).join('');
  const missing = new Set(Object.values(fonts).flatMap((font) => missingCharacters(text, font.font)));
  if (missing.size > 0) {
    const list = [...missing].map((character) => `“${character}”`).join('、');
    throw new MissingGlyphError(
      `${content.sourceFile}：标语字体中没有 ${list} 的字形，印出来会缺字。请改用常用汉字，或删去这些字符。`,
    );
  }
}

const infoOf = (content: SloganContent, subject: string): PdfInfo => ({
  Title: content.text,
  Author: content.organizer,
  Subject: subject,
  Creator: content.siteName,
  CreationDate: new Date(`${content.approvedIso}T00:00:00Z`),
});

/** All of a slogan's files: each banner as a true-size PDF and a PNG preview, and the wall sheets. */
export async function renderSloganFiles(
  content: SloganContent,
  fonts: PosterFonts,
): Promise<Record<SloganFileKind, RenderedFile>> {
  assertSloganFontCovers(content, fonts);
  const banner5 = layoutBanner(content, fonts, 'banner-1x5');
  const banner10 = layoutBanner(content, fonts, 'banner-1x10');
  const bannerSubject = (format: (typeof BANNER_FORMATS)[keyof typeof BANNER_FORMATS]) =>
    `横幅 ${format.proportion}（${format.size}）`;
  const [pdf5, png5, pdf10, png10, wall] = await Promise.all([
    renderLayoutPdf([banner5], fonts, infoOf(content, bannerSubject(BANNER_FORMATS['banner-1x5']))),
    renderLayoutPng(banner5, fonts, BANNER_PREVIEW_WIDTH),
    renderLayoutPdf([banner10], fonts, infoOf(content, bannerSubject(BANNER_FORMATS['banner-1x10']))),
    renderLayoutPng(banner10, fonts, BANNER_PREVIEW_WIDTH),
    renderLayoutPdf(layoutWallSheets(content, fonts), fonts, infoOf(content, '墙体标语（A3 横向）')),
  ]);
  return {
    'banner-1x5-pdf': { data: pdf5 },
    'banner-1x5-png': png5,
    'banner-1x10-pdf': { data: pdf10 },
    'banner-1x10-png': png10,
    'wall-pdf': { data: wall },
  };
}

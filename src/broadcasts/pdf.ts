import { missingCharacters, type PosterFonts } from '../posters/render/fonts';
import { A4 } from '../posters/render/layout';
import { renderLayoutPdf } from '../posters/render/pdf';
import { MissingGlyphError } from '../posters/render/render';
import { layoutBroadcast, printedText, type BroadcastPrint } from './layout';

/** Fails with a message for the editor when a character of the script is missing from the font. */
export function assertScriptFontCovers(print: BroadcastPrint, fonts: PosterFonts): void {
  const missing = new Set(Object.values(fonts).flatMap((font) => missingCharacters(printedText(print), font.font)));
  if (missing.size === 0) return;
  const list = [...missing].map((character) => `“${character}”`).join('、');
  throw new MissingGlyphError(
    `${print.sourceFile}：字体中没有 ${list} 的字形，大字版 PDF 会缺字。请改用常用汉字，或删去这些字符（例如表情符号）。`,
  );
}

/**
 * The large-print A4 PDF of a loudspeaker script, drawn by the poster renderer (src/posters/render/pdf.ts) in
 * the posters' font: vector text in an embedded subset of Noto Sans SC, one or more pages.
 */
export function renderBroadcastPdf(print: BroadcastPrint, fonts: PosterFonts): Promise<Buffer> {
  assertScriptFontCovers(print, fonts);
  const { pages } = layoutBroadcast(print, fonts);
  // A fixed date keeps the bytes of an unchanged script the same from one build to the next.
  const info = {
    Title: print.title,
    Author: print.organizer,
    Subject: `${print.kind}（大字版）`,
    Creator: print.siteName,
    CreationDate: new Date(`${print.publishedIso}T00:00:00Z`),
  };
  return renderLayoutPdf(
    pages.map((items) => ({ ...A4, items })),
    fonts,
    info,
  );
}

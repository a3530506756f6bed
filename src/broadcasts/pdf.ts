import PDFDocument from 'pdfkit';
import { missingCharacters, type PosterFonts } from '../posters/fonts';
import { drawLayoutItems } from '../posters/pdf';
import { MissingGlyphError } from '../posters/render';
import { layoutBroadcast, printedText, type BroadcastPrint } from './layout';

/** Fails with a message for the editor when a character of the script is missing from the font. */
export function assertScriptFontCovers(print: BroadcastPrint, fonts: PosterFonts): void {
  const missing = new Set(Object.values(fonts).flatMap((font) => missingCharacters(printedText(print), font.font)));
  if (missing.size === 0) return;
  const list = [...missing].map((character) => `“${character}”`).join('、');
  throw new MissingGlyphError(`${print.sourceFile}：字体中没有 ${list} 的字形，大字版 PDF 会缺字。请改用常用汉字，或删去这些字符（例如表情符号）。`);
}

/**
 * The large-print A4 PDF of a loudspeaker script, drawn by the poster renderer (src/posters/pdf.ts) in
 * the posters' font: vector text in an embedded subset of Noto Sans SC, one or more pages.
 */
export function renderBroadcastPdf(print: BroadcastPrint, fonts: PosterFonts): Promise<Buffer> {
  assertScriptFontCovers(print, fonts);
  const layout = layoutBroadcast(print, fonts);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    lang: 'zh-CN',
    displayTitle: true,
    // A fixed date keeps the bytes of an unchanged script the same from one build to the next.
    info: {
      Title: print.title,
      Author: print.organizer,
      Subject: `${print.kind}（大字版）`,
      Creator: print.siteName,
      CreationDate: new Date(`${print.publishedIso}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const font of Object.values(fonts)) doc.registerFont(font.name, font.data);
  for (const items of layout.pages) {
    doc.addPage({ size: 'A4', margin: 0 });
    drawLayoutItems(doc, items);
  }
  doc.end();
  return done;
}

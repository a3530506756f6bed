import PDFDocument from 'pdfkit';
import type { PosterContent } from './content';
import type { PosterFonts } from './fonts';
import { A4, type LayoutItem, type PosterLayout } from './layout';
import { QR_QUIET_ZONE, qrCode } from './qr';

export type PaperSize = 'A4' | 'A3';

/** Page sizes in points, as ISO 216 and pdfkit define them. */
export const PAPER: Readonly<Record<PaperSize, { readonly width: number; readonly height: number }>> = {
  A4,
  A3: { width: 841.89, height: 1190.55 },
};

/**
 * A vector PDF of the poster on one page of the given paper. Text stays text (searchable, sharp at
 * any size) in the embedded font, which pdfkit subsets to the glyphs used. A3 is the A4 layout scaled.
 */
export function renderPosterPdf(layout: PosterLayout, fonts: PosterFonts, content: PosterContent, paper: PaperSize): Promise<Buffer> {
  const doc = new PDFDocument({
    size: paper,
    margin: 0,
    lang: 'zh-CN',
    displayTitle: true,
    // A fixed date keeps the bytes of an unchanged poster the same from one render to the next.
    info: {
      Title: content.title,
      Author: content.organizer,
      Subject: content.headline,
      Creator: content.siteName,
      CreationDate: new Date(`${content.publishedIso}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const font of Object.values(fonts)) doc.registerFont(font.name, font.data);

  doc.scale(PAPER[paper].width / layout.width);
  drawLayoutItems(doc, layout.items);
  doc.end();
  return done;
}

/**
 * Draws positioned shapes, one-line texts and QR codes on the current page of a pdfkit document, whose
 * fonts are registered under their PosterFontName: a poster's page, and each page of a large-print
 * loudspeaker script (src/broadcasts/pdf.ts).
 */
export function drawLayoutItems(doc: PDFKit.PDFDocument, items: readonly LayoutItem[]): void {
  for (const item of items) {
    switch (item.kind) {
      case 'rect':
        (item.radius ? doc.roundedRect(item.x, item.y, item.width, item.height, item.radius) : doc.rect(item.x, item.y, item.width, item.height)).fill(item.color);
        break;
      case 'circle':
        doc.circle(item.cx, item.cy, item.r).fill(item.color);
        break;
      case 'text':
        doc.font(item.font).fontSize(item.size).fillColor(item.color).text(item.text, item.x, item.baseline, { lineBreak: false, baseline: 'alphabetic' });
        break;
      case 'qr': {
        const code = qrCode(item.url);
        const module = item.side / (code.size + 2 * QR_QUIET_ZONE);
        doc.rect(item.x, item.y, item.side, item.side).fill('#ffffff');
        for (const run of code.runs) {
          doc.rect(item.x + (run.column + QR_QUIET_ZONE) * module, item.y + (run.row + QR_QUIET_ZONE) * module, run.length * module, module);
        }
        doc.fill('#000000');
        break;
      }
    }
  }
}

import PDFDocument from 'pdfkit';
import type { PosterContent } from './content';
import type { PosterFonts } from './fonts';
import { A4, type LayoutItem, type PosterLayout } from './layout';
import type { PreparedPicture } from './picture';
import { QR_QUIET_ZONE, qrCode } from '../../lib/qr';

export type PaperSize = 'A4' | 'A3';

/** Page sizes in points, as ISO 216 and pdfkit define them. */
export const PAPER: Readonly<Record<PaperSize, { readonly width: number; readonly height: number }>> = {
  A4,
  A3: { width: 841.89, height: 1190.55 },
};

/**
 * A vector PDF of the poster on one page of the given paper. Text stays text (searchable, sharp at
 * any size) in the embedded font, which pdfkit subsets to the glyphs used; a picture is embedded as
 * prepared (src/posters/render/picture.ts). A3 is the A4 layout scaled.
 */
export function renderPosterPdf(
  layout: PosterLayout,
  fonts: PosterFonts,
  content: PosterContent,
  paper: PaperSize,
  picture?: PreparedPicture,
): Promise<Buffer> {
  const info: PdfInfo = {
    Title: content.title,
    Author: content.organizer,
    Subject: content.headline,
    Creator: content.siteName,
    CreationDate: new Date(`${content.publishedIso}T00:00:00Z`),
  };
  return renderLayoutPdf([layout], fonts, info, PAPER[paper], picture);
}

/** The PDF's document information. A fixed date keeps the bytes of unchanged content the same from one render to the next. */
export interface PdfInfo {
  readonly Title: string;
  readonly Author: string;
  readonly Subject: string;
  readonly Creator: string;
  readonly CreationDate: Date;
}

/**
 * A vector PDF with one page per layout: each page the layout's own size in points (slogans: banners at
 * their true size, wall-slogan sheets), or `paper` with the layout scaled to its width (a poster on A3).
 */
export function renderLayoutPdf(
  layouts: readonly PosterLayout[],
  fonts: PosterFonts,
  info: PdfInfo,
  paper?: { readonly width: number; readonly height: number },
  picture?: PreparedPicture,
): Promise<Buffer> {
  const size = (layout: PosterLayout): [number, number] =>
    paper ? [paper.width, paper.height] : [layout.width, layout.height];
  const doc = new PDFDocument({
    size: size(layouts[0]!),
    margin: 0,
    lang: 'zh-CN',
    displayTitle: true,
    info: { ...info },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const font of Object.values(fonts)) doc.registerFont(font.name, font.data);
  layouts.forEach((layout, index) => {
    if (index > 0) doc.addPage({ size: size(layout), margin: 0 });
    doc.save();
    doc.scale(paper ? paper.width / layout.width : 1);
    drawLayoutItems(doc, layout.items, picture);
    doc.restore();
  });
  doc.end();
  return done;
}

/**
 * Draws positioned shapes, one-line texts, QR codes and the poster's picture on the current page of a pdfkit
 * document, whose fonts are registered under their PosterFontName: a poster's page, each banner or wall sheet
 * of a slogan, and each page of a large-print loudspeaker script (src/broadcasts/pdf.ts).
 */
function drawLayoutItems(doc: PDFKit.PDFDocument, items: readonly LayoutItem[], picture?: PreparedPicture): void {
  for (const item of items) {
    switch (item.kind) {
      case 'rect':
        (item.radius
          ? doc.roundedRect(item.x, item.y, item.width, item.height, item.radius)
          : doc.rect(item.x, item.y, item.width, item.height)
        ).fill(item.color);
        break;
      case 'circle':
        doc.circle(item.cx, item.cy, item.r).fill(item.color);
        break;
      case 'text':
        doc
          .font(item.font)
          .fontSize(item.size)
          .fillColor(item.color)
          .text(item.text, item.x, item.baseline, { lineBreak: false, baseline: 'alphabetic' });
        break;
      case 'qr': {
        const code = qrCode(item.url);
        const module = item.side / (code.size + 2 * QR_QUIET_ZONE);
        doc.rect(item.x, item.y, item.side, item.side).fill('#ffffff');
        for (const run of code.runs) {
          doc.rect(
            item.x + (run.column + QR_QUIET_ZONE) * module,
            item.y + (run.row + QR_QUIET_ZONE) * module,
            run.length * module,
            module,
          );
        }
        doc.fill('#000000');
        break;
      }
      case 'picture':
        // Embedded once, at print resolution; the box has the picture's proportions.
        if (picture) doc.image(picture.data, item.x, item.y, { width: item.width, height: item.height });
        break;
    }
  }
}

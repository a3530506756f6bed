import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, type PDFPage } from 'pdf-lib';

/**
 * The text of every page of a PDF, as a reader copying it would get it (pdf.js, no rendering).
 * Chromium's PDFs map some ideographs to the look-alike Kangxi radicals (⽂ for 文); those are
 * folded back to the ideographs a reader sees.
 */
export async function pdfText(data: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false });
  try {
    const document = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str : ''))
          .join('')
          .replace(/[\u2e80-\u2fdf]/g, (radical) => radical.normalize('NFKC')),
      );
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** One font a PDF page uses, as its dictionaries describe it. */
export interface PdfFont {
  readonly name: string;
  readonly subtype: string;
  /** Size in bytes of the embedded font program, or 0 when the font is not embedded. */
  readonly embeddedBytes: number;
}

const lookupDict = (dict: PDFDict, key: string) => dict.lookupMaybe(PDFName.of(key), PDFDict);

/** The fonts of a page (Type0 fonts through their descendant CIDFont), read with pdf-lib. */
export function pageFonts(page: PDFPage): PdfFont[] {
  const fonts = lookupDict(page.node.Resources()!, 'Font');
  if (!fonts) return [];
  return fonts.keys().map((key) => {
    const font = fonts.lookup(key, PDFDict);
    const subtype = String(font.get(PDFName.of('Subtype')));
    const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
    const described = descendants ? descendants.lookup(0, PDFDict) : font;
    const descriptor = lookupDict(described, 'FontDescriptor');
    const program = ['FontFile', 'FontFile2', 'FontFile3']
      .map((name) => descriptor?.lookupMaybe(PDFName.of(name), PDFStream))
      .find((stream) => stream !== undefined);
    return { name: String(font.get(PDFName.of('BaseFont'))), subtype, embeddedBytes: program?.getContentsSize() ?? 0 };
  });
}

export const loadPdf = (data: Uint8Array): Promise<PDFDocument> => PDFDocument.load(data, { updateMetadata: false });

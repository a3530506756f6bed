import { PDFDocument } from 'pdf-lib';

/**
 * The number of pages of a PDF, read with pdf-lib (which follows the page tree, object streams
 * and incremental updates, where counting `/Type /Page` in the bytes does not); undefined when
 * the file is not a PDF pdf-lib can read. Encrypted PDFs (print-only permissions) still open.
 */
export async function pdfPageCount(bytes: Uint8Array): Promise<number | undefined> {
  try {
    const document = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
    });
    const count = document.getPageCount();
    return count > 0 ? count : undefined;
  } catch {
    return undefined;
  }
}

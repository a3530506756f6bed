import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DOCUMENT_TYPES, extensionOf, formatFileSize } from '../media/kinds';
import { pdfPageCount } from '../media/pdf-pages';

/** One file attached to a notice, as its page lists it. */
export interface AttachmentView {
  readonly title: string;
  /** The published file (content-hashed by Vite under /_astro/). */
  readonly href: string;
  /** The name the reader's browser saves it under: the attachment's title and its extension. */
  readonly downloadName: string;
  /** `PDF`, `Word`, `Excel`. */
  readonly type: string;
  readonly mime: string;
  /** `86 KB` */
  readonly size: string;
  /** Pages of a PDF, read from the file at build. */
  readonly pages?: number;
}

const urls = import.meta.glob<string>('/content/media/*.{pdf,doc,docx,xls,xlsx}', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Characters no file system takes in a name (the title is an editor's, in Chinese). */
// eslint-disable-next-line no-control-regex -- control characters are among those a file name cannot hold
const safeFileName = (title: string) => title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim();

/** The media folder path a field's value (`../media/plan.pdf`, relative to the entry) leads to. */
export function mediaPathOf(entryFile: string, src: string): string {
  return resolve(dirname(resolve(entryFile)), decodeURI(src));
}

/**
 * A notice's attachments with what a reader wants to know before downloading one: its format,
 * its size and, for a PDF, its pages. Files the content check would refuse never reach the build;
 * one that is not in the media folder is left out rather than linked broken.
 */
export async function attachmentsOf(
  entryFile: string,
  attachments: readonly { title: string; file: string }[],
): Promise<AttachmentView[]> {
  const views = await Promise.all(
    attachments.map(async ({ title, file }): Promise<AttachmentView | undefined> => {
      const name = decodeURI(file.slice(file.lastIndexOf('/') + 1));
      const href = urls[`/content/media/${name}`];
      const extension = extensionOf(name);
      const type = DOCUMENT_TYPES[extension];
      if (!href || !type) return undefined;
      const path = mediaPathOf(entryFile, file);
      const pages = extension === 'pdf' ? await pdfPageCount(readFileSync(path)) : undefined;
      return {
        title,
        href,
        downloadName: `${safeFileName(title)}.${extension}`,
        type: type.label,
        mime: type.mime,
        size: formatFileSize(statSync(path).size),
        ...(pages ? { pages } : {}),
      };
    }),
  );
  return views.filter((view): view is AttachmentView => view !== undefined);
}

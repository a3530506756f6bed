/**
 * The files other than images that entries may name in a file field (src/schema/fields.ts):
 * documents attached to notices, videos, their WebVTT captions, and a video's poster frame. One
 * table says which extensions each kind takes, how large a file may be and how it is named to
 * editors; the content check (file-checks.ts), the CMS form (to-decap.ts), the local CMS backend
 * (src/cms-server/) and the CMS's upload guard (admin/uploads.ts) all read it.
 */
export type FileKind = 'attachment' | 'video' | 'captions' | 'poster';

/**
 * Image files the site can publish (Astro's image service turns them into WebP), lower case without
 * the dot; SVG can carry script, so it is not one. The content check, the local CMS backend and the
 * CMS's upload guard all read this list.
 */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'avif'] as const;

export interface FileKindRule {
  /** Lower-case extensions without the dot. */
  readonly extensions: readonly string[];
  /** Largest file, in bytes (1 MB = 1,000,000 bytes, as the image limit). */
  readonly maxBytes: number;
  /** What the kind is called in messages: “附件（PDF、Word 或 Excel）”. */
  readonly noun: string;
}

const MB = 1_000_000;

export const FILE_KINDS: Readonly<Record<FileKind, FileKindRule>> = {
  attachment: {
    extensions: ['pdf', 'doc', 'docx', 'xls', 'xlsx'],
    maxBytes: 20 * MB,
    noun: '附件（PDF、Word 或 Excel 文件）',
  },
  video: { extensions: ['mp4', 'webm'], maxBytes: 50 * MB, noun: '视频（MP4 或 WebM）' },
  captions: { extensions: ['vtt'], maxBytes: 1 * MB, noun: 'WebVTT 字幕（.vtt）' },
  poster: { extensions: ['jpg', 'jpeg', 'png', 'webp'], maxBytes: 2 * MB, noun: '封面图片（JPG、PNG 或 WebP）' },
};

/** `20 MB`, as limits are stated to editors. */
export const limitText = (kind: FileKind): string => `${FILE_KINDS[kind].maxBytes / MB} MB`;

export const extensionOf = (name: string): string => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** `PDF、DOC、DOCX、XLS、XLSX` */
export const extensionList = (kind: FileKind): string =>
  FILE_KINDS[kind].extensions.map((extension) => extension.toUpperCase()).join('、');

/** The non-image media the site publishes from content/media/: attachments, videos and captions. */
export const MEDIA_FILE_KINDS: readonly FileKind[] = ['attachment', 'video', 'captions'];

/** The kind of a non-image media file, from its name; undefined for images and anything else. */
export function mediaKindOf(name: string): FileKind | undefined {
  const extension = extensionOf(name);
  return MEDIA_FILE_KINDS.find((kind) => FILE_KINDS[kind].extensions.includes(extension));
}

/** What a document is called on the page and its MIME type, by extension. */
export const DOCUMENT_TYPES: Readonly<Record<string, { label: string; mime: string }>> = {
  pdf: { label: 'PDF', mime: 'application/pdf' },
  doc: { label: 'Word', mime: 'application/msword' },
  docx: { label: 'Word', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xls: { label: 'Excel', mime: 'application/vnd.ms-excel' },
  xlsx: { label: 'Excel', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
};

/** A file's size as readers see it, on download links and in upload messages: `86 KB`, `1.2 MB` (1 KB = 1,000 bytes, as the upload limits are stated and as phones show file sizes). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1_000) return `${Math.max(0.1, Math.round(bytes / 100) / 10)} KB`;
  if (bytes < MB) return `${Math.round(bytes / 1_000)} KB`;
  const megabytes = bytes / MB;
  return `${megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes)} MB`;
}

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Whether the ASCII `text` occurs in `bytes` (file names in a ZIP's directory are stored as written). */
function hasText(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  for (
    let index = bytes.indexOf(first);
    index !== -1 && index <= bytes.length - text.length;
    index = bytes.indexOf(first, index + 1)
  ) {
    let at = 1;
    while (at < text.length && bytes[index + at] === text.charCodeAt(at)) at++;
    if (at === text.length) return true;
  }
  return false;
}

/**
 * Whether a file's bytes are what its extension says (a renamed photo is no PDF): PDF by `%PDF-`,
 * DOCX and XLSX by a ZIP holding `word/` or `xl/`, DOC and XLS by the OLE compound-file header,
 * MP4 by its `ftyp` box, WebM by the EBML header. Captions are checked as text (webvtt.ts).
 */
export function bytesMatchExtension(bytes: Uint8Array, extension: string): boolean {
  switch (extension) {
    case 'pdf':
      return ascii(bytes, 0, 1024).includes('%PDF-');
    case 'docx':
    case 'xlsx':
      return ascii(bytes, 0, 4) === 'PK\x03\x04' && hasText(bytes, extension === 'docx' ? 'word/' : 'xl/');
    case 'doc':
    case 'xls':
      return OLE.every((byte, index) => bytes[index] === byte);
    case 'mp4':
      return ascii(bytes, 4, 8) === 'ftyp';
    case 'webm':
      return bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3;
    default:
      return true;
  }
}

import type { PaperSize } from './render/pdf';

/** The files rendered for each poster. */
export const POSTER_FILE_KINDS = ['a4-pdf', 'a3-pdf', 'a4-png', 'preview-webp'] as const;
export type PosterFileKind = (typeof POSTER_FILE_KINDS)[number];

export interface PosterFileFormat {
  /** Suffix of the stable file name: `<id>-<suffix>`. */
  readonly suffix: string;
  /** What a reader is told: format and, for print files, the paper. */
  readonly format: 'PDF' | 'PNG' | 'WebP';
  readonly paper?: PaperSize;
  readonly mediaType: string;
  /** One line for the download list. */
  readonly description: string;
}

export const POSTER_FILE_FORMATS: Readonly<Record<PosterFileKind, PosterFileFormat>> = {
  'a4-pdf': {
    suffix: 'a4.pdf',
    format: 'PDF',
    paper: 'A4',
    mediaType: 'application/pdf',
    description: '矢量文件，适合办公室打印机直接打印',
  },
  'a3-pdf': {
    suffix: 'a3.pdf',
    format: 'PDF',
    paper: 'A3',
    mediaType: 'application/pdf',
    description: '矢量文件，适合宣传栏大幅张贴或图文店印制',
  },
  'a4-png': {
    suffix: 'a4.png',
    format: 'PNG',
    paper: 'A4',
    mediaType: 'image/png',
    description: '图片（150 dpi），适合手机转发或插入文档',
  },
  'preview-webp': { suffix: 'preview.webp', format: 'WebP', mediaType: 'image/webp', description: '小尺寸预览图' },
};

/** Folder of the site where poster files are published. */
export const POSTER_FILES_PATH = '/posters/files/';

/** The stable file name of one of a poster's files, e.g. `wear-masks-a4.pdf`. */
export const posterFileName = (id: string, kind: PosterFileKind): string => `${id}-${POSTER_FILE_FORMATS[kind].suffix}`;

/** Site path of one of a poster's files. */
export const posterFilePath = (id: string, kind: PosterFileKind): string =>
  `${POSTER_FILES_PATH}${posterFileName(id, kind)}`;

/** Where each loudspeaker script's downloads are published, under stable names. */

/** Folder of the site that holds the downloads. */
export const BROADCAST_FILES_PATH = '/broadcasts/files/';

export const BROADCAST_FILE_KINDS = ['txt', 'pdf'] as const;
export type BroadcastFileKind = (typeof BROADCAST_FILE_KINDS)[number];

export interface BroadcastFileFormat {
  /** Suffix of the stable file name: `<id><suffix>`. */
  readonly suffix: string;
  /** What the download list says. */
  readonly label: string;
  readonly description: string;
  readonly mediaType: string;
}

export const BROADCAST_FILE_FORMATS: Readonly<Record<BroadcastFileKind, BroadcastFileFormat>> = {
  txt: {
    suffix: '.txt',
    label: '文本（TXT）',
    description: '纯文字，任何手机都能打开，可复制到微信群',
    mediaType: 'text/plain; charset=utf-8',
  },
  pdf: {
    suffix: '-a4.pdf',
    label: '大字版（A4 PDF）',
    description: '24 磅大字，打印后拿在手里对着话筒念',
    mediaType: 'application/pdf',
  },
};

/** `wash-hands.txt`, `wash-hands-a4.pdf` */
export const broadcastFileName = (id: string, kind: BroadcastFileKind): string =>
  `${id}${BROADCAST_FILE_FORMATS[kind].suffix}`;

/** Site path of one of a script's downloads. */
export const broadcastFilePath = (id: string, kind: BroadcastFileKind): string =>
  `${BROADCAST_FILES_PATH}${broadcastFileName(id, kind)}`;

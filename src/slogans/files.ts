import { BANNER_FORMATS, type BannerKind } from './formats';

/** The files built for each slogan. */
export const SLOGAN_FILE_KINDS = [
  'banner-1x5-pdf',
  'banner-1x5-png',
  'banner-1x10-pdf',
  'banner-1x10-png',
  'wall-pdf',
] as const;
export type SloganFileKind = (typeof SLOGAN_FILE_KINDS)[number];

export interface SloganFileFormat {
  /** Suffix of the stable file name: `<id>-<suffix>`. */
  readonly suffix: string;
  readonly format: 'PDF' | 'PNG';
  readonly mediaType: string;
  /** The banner it shows, if any. */
  readonly banner?: BannerKind;
  /** What the download list says about it. */
  readonly description: string;
}

const banner = (kind: BannerKind) => BANNER_FORMATS[kind];

export const SLOGAN_FILE_FORMATS: Readonly<Record<SloganFileKind, SloganFileFormat>> = {
  'banner-1x5-pdf': {
    suffix: 'banner-1x5.pdf',
    format: 'PDF',
    mediaType: 'application/pdf',
    banner: 'banner-1x5',
    description: `横幅 ${banner('banner-1x5').proportion}（${banner('banner-1x5').size}），矢量文件，按实际尺寸制作，交图文店喷绘或印制`,
  },
  'banner-1x5-png': {
    suffix: 'banner-1x5.png',
    format: 'PNG',
    mediaType: 'image/png',
    banner: 'banner-1x5',
    description: `横幅 ${banner('banner-1x5').proportion} 预览图，适合手机转发确认`,
  },
  'banner-1x10-pdf': {
    suffix: 'banner-1x10.pdf',
    format: 'PDF',
    mediaType: 'application/pdf',
    banner: 'banner-1x10',
    description: `横幅 ${banner('banner-1x10').proportion}（${banner('banner-1x10').size}），矢量文件，按实际尺寸制作，交图文店喷绘或印制`,
  },
  'banner-1x10-png': {
    suffix: 'banner-1x10.png',
    format: 'PNG',
    mediaType: 'image/png',
    banner: 'banner-1x10',
    description: `横幅 ${banner('banner-1x10').proportion} 预览图，适合手机转发确认`,
  },
  'wall-pdf': {
    suffix: 'wall-a3.pdf',
    format: 'PDF',
    mediaType: 'application/pdf',
    description: '墙体标语，A3 横向，每页两个大字，供描摹放大或投影上墙',
  },
};

/** Folder of the site where slogan files are published. */
export const SLOGAN_FILES_PATH = '/slogans/files/';

/** The stable file name of one of a slogan's files, e.g. `hand-washing-banner-1x5.pdf`. */
export const sloganFileName = (id: string, kind: SloganFileKind): string => `${id}-${SLOGAN_FILE_FORMATS[kind].suffix}`;

/** Site path of one of a slogan's files. */
export const sloganFilePath = (id: string, kind: SloganFileKind): string =>
  `${SLOGAN_FILES_PATH}${sloganFileName(id, kind)}`;

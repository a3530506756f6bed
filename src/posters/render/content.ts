import type { PosterTheme } from './palette';

/**
 * Everything printed on a poster, as plain data. Pages build it from a poster entry and the site
 * settings (src/posters/data/posters.ts); tests build it from the content files. The renderer reads nothing else,
 * so the cache key (a hash of this object) changes exactly when the printed poster would.
 */
export interface PosterContent {
  /** Entry id: the stable part of the file names (`<id>-a4.pdf`). */
  readonly id: string;
  /** Where the entry lives, for error messages to editors, e.g. `content/posters/wear-masks.md`. */
  readonly sourceFile: string;
  readonly title: string;
  readonly headline: string;
  readonly slogans: readonly string[];
  readonly points: readonly string[];
  readonly theme: PosterTheme;
  readonly topic: string;
  /** 主办单位 from the settings: the issuing office. */
  readonly organizer: string;
  /** Short site name printed in the band, e.g. 太原文明网. */
  readonly siteName: string;
  /** 发布日期 as printed, e.g. 2020年2月25日. */
  readonly published: string;
  /** The same day as `2020-02-25`, for the PDF's metadata. */
  readonly publishedIso: string;
  /** The related article's absolute URL: what the QR code opens. */
  readonly qrUrl: string;
  /** An illustration or photo printed between the slogans and the key points. */
  readonly picture?: PosterPicture;
}

/**
 * A poster's picture. The cache key holds a hash of the file's bytes rather than its path
 * (src/posters/render/cache.ts), so replacing the image under the same name renders the poster again.
 */
export interface PosterPicture {
  /** The image file, an absolute path. */
  readonly file: string;
  /** What the picture shows, for readers of the poster page who cannot see it (not printed). */
  readonly alt: string;
  /** Who drew or took it: printed small beside the picture. */
  readonly credit: string;
}

/** The fixed words of the layout, printed on every poster. */
export const POSTER_LABELS = {
  organizer: '发布单位',
  published: '发布日期：',
  scan: '扫码阅读全文',
  credit: '图片来源：',
} as const;

/** The credit line printed under a poster's picture. */
export const pictureCreditLine = (picture: PosterPicture): string => `${POSTER_LABELS.credit}${picture.credit}`;

/** Every piece of text a poster prints, for the font check. */
export function posterText(content: PosterContent): string[] {
  return [
    content.headline,
    ...content.slogans,
    ...content.points,
    ...content.points.map((_, index) => String(index + 1)),
    content.topic,
    content.organizer,
    content.siteName,
    content.published,
    content.qrUrl,
    ...(content.picture ? [pictureCreditLine(content.picture)] : []),
    ...Object.values(POSTER_LABELS),
  ];
}

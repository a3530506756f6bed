import type { PosterTheme } from './palette';

/**
 * Everything printed on a poster, as plain data. Pages build it from a poster entry and the site
 * settings (src/data/posters.ts); tests build it from the content files. The renderer reads nothing else,
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
}

/** The fixed words of the layout, printed on every poster. */
export const POSTER_LABELS = {
  organizer: '发布单位',
  published: '发布日期：',
  scan: '扫码阅读全文',
} as const;

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
    ...Object.values(POSTER_LABELS),
  ];
}

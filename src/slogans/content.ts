/**
 * Everything a slogan's files print, as plain data: pages build it from the entry and the settings
 * (src/data/slogans.ts), tests from the content files. The renderer reads nothing else.
 */
export interface SloganContent {
  /** Entry id: the stable part of the file names (`<id>-banner-1x5.pdf`). */
  readonly id: string;
  /** Where the entry lives, for messages to editors, e.g. `content/slogans/hand-washing.yml`. */
  readonly sourceFile: string;
  /** The slogan, phrases separated by spaces. */
  readonly text: string;
  /** Who puts the slogan up: the office's 主办单位 in the built files (落款). */
  readonly organizer: string;
  /** Short site name, printed on the wall sheets. */
  readonly siteName: string;
  /** 审批日期 as printed, e.g. 2020年2月5日. */
  readonly approved: string;
  /** The same day as `2020-02-05`, for the PDF's metadata. */
  readonly approvedIso: string;
}

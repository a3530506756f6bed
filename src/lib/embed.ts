import { escapeHtml } from './feed-html';

export interface EmbedSnippetOptions {
  /** Absolute address of the embed page. */
  readonly src: string;
  /** Accessible name of the frame, e.g. 太原文明网·防疫知识（最新发布）. */
  readonly title: string;
  readonly height?: number;
}

/**
 * The code another site pastes to show an embed page. The sandbox lets the frame run nothing but
 * open its links in a new window, where the article behaves as on this site.
 */
export function embedSnippet({ src, title, height = 420 }: EmbedSnippetOptions): string {
  return [
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}"`,
    `  width="100%" height="${height}" loading="lazy"`,
    `  sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>`,
  ].join('\n');
}

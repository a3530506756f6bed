import { escapeHtml } from './html-escape';

export interface EmbedSnippetOptions {
  /** Absolute address of the embed page. */
  readonly src: string;
  /** Accessible name of the frame, e.g. 太原文明网·防疫知识（最新发布）. */
  readonly title: string;
  /** Absolute address of public/embed/resize.js on this site. */
  readonly resizeScript: string;
  /** Height (px) until the page inside reports its own. */
  readonly height?: number;
}

/**
 * The code another site pastes to show an embed page: the frame, and the script that keeps the
 * frame as tall as the page inside it (growing and shrinking with it; without the script the frame
 * keeps `height`). The sandbox lets the frame run its own scripts (its height report) and open
 * links in a new window, but not navigate the host page, submit forms or open dialogs; the embed is
 * on another origin than the host, so allow-same-origin gives it no access to the host's page.
 */
export function embedSnippet({ src, title, resizeScript, height = 420 }: EmbedSnippetOptions): string {
  return [
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}"`,
    `  width="100%" height="${height}" loading="lazy" data-wenming-embed`,
    `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`,
    `<script src="${escapeHtml(resizeScript)}" async></script>`,
  ].join('\n');
}

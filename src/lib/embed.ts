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
 * The one sandbox of every embed (posters, section lists): the frame runs its own scripts (the
 * height report that resize.js on the host reads) and opens links in a new window that is not
 * sandboxed (a reader who follows a link gets the site as it is), but may not navigate the host
 * page, submit forms or open dialogs. allow-same-origin keeps the frame on the site's origin: from an
 * opaque origin its module scripts (the height report is one) would be CORS requests the site does
 * not answer. As the embed is on another origin than the host, it gives no access to the host's page.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/**
 * The code another site pastes to show an embed page: the frame, sandboxed (EMBED_SANDBOX), and
 * the script that keeps the frame as tall as the page inside it (growing and shrinking with it;
 * without the script the frame keeps `height`). Every embed snippet of the site is made here.
 */
export function embedSnippet({ src, title, resizeScript, height = 420 }: EmbedSnippetOptions): string {
  return [
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}"`,
    `  width="100%" height="${height}" loading="lazy" data-wenming-embed`,
    `  sandbox="${EMBED_SANDBOX}"></iframe>`,
    `<script src="${escapeHtml(resizeScript)}" async></script>`,
  ].join('\n');
}

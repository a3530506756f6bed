/** HTML for feeds, which readers show away from the site: every link and image must be absolute. */
import { escapeHtml } from './html-escape';
import { isSafeUrl } from './safe-url';

const URL_ATTRIBUTE = /(\s(?:href|src))=("([^"]*)"|'([^']*)')/g;
const SRCSET_ATTRIBUTE = /(\ssrcset)=("([^"]*)"|'([^']*)')/g;
/** Values that already say where they go: a scheme (https:, mailto:, data:…) or an in-page fragment. */
const LEFT_AS_IS = /^(?:[a-z][a-z0-9+.-]*:|#)/i;

/** An address that could run script (the Markdown renderer already drops these) becomes an empty fragment. */
const absolute = (value: string, site: URL | string): string =>
  !isSafeUrl(value) ? '#' : LEFT_AS_IS.test(value.trim()) ? value : new URL(value.trim(), site).href;

/** Rewrites relative `href`, `src` and `srcset` values in an HTML fragment against the site address. */
export function absolutizeUrls(html: string, site: URL | string): string {
  return html
    .replace(
      URL_ATTRIBUTE,
      (_, name: string, _quoted, double?: string, single?: string) =>
        `${name}="${absolute(double ?? single ?? '', site)}"`,
    )
    .replace(SRCSET_ATTRIBUTE, (_, name: string, _quoted, double?: string, single?: string) => {
      const candidates = (double ?? single ?? '').split(',').map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        return [absolute(url, site), ...descriptor].join(' ');
      });
      return `${name}="${candidates.join(', ')}"`;
    });
}

/** An image as a feed reader should show it: absolute address, size and alternative text. */
export interface FeedImage {
  readonly src: string;
  readonly alt: string;
  readonly width: number;
  readonly height: number;
}

export const figureHtml = (image: FeedImage): string =>
  `<figure><img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}"></figure>`;

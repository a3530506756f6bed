import { defineHastPlugin } from 'satteri';
import { isRemoteUrl, isSafeUrl } from '../lib/safe-url';

/**
 * The render-time half of the URL rule (src/lib/safe-url.ts): whatever the content check said, and
 * whether it ran at all, a link whose address could run script (`javascript:`, `data:`, in any
 * encoding) is published as its text without the link, and an image from such an address or from
 * another site as its alternative text. It runs on the HTML tree, after Markdown has decoded every
 * reference and resolved reference definitions and autolinks, so it sees the addresses the browser
 * would get. Pages and feeds carry the same rendered HTML.
 */
export const safeUrls = defineHastPlugin({
  name: 'safe-urls',
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      const properties = (node.properties ?? {}) as Record<string, unknown>;
      if (node.tagName === 'a') {
        const href = properties.href;
        if (typeof href === 'string' && !isSafeUrl(href)) ctx.replaceNode(node, node.children as never);
        return;
      }
      const src = properties.src;
      if (typeof src === 'string' && (!isSafeUrl(src) || isRemoteUrl(src))) {
        ctx.replaceNode(node, { type: 'text', value: typeof properties.alt === 'string' ? properties.alt : '' });
      }
    },
  },
});

import { defineHastPlugin } from 'satteri';
import { splitPhoneNumbers } from '../lib/phone-text';

/** Elements whose text is never turned into links: links themselves, code, and headings. */
const NO_LINKS = new Set([
  'a',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'button',
  'label',
]);

/**
 * Telephone numbers in article text become `tel:` links (class `tel`, which keeps them on one
 * line), so a reader on a phone taps 120 or 12345 to call, wherever an editor wrote it: the same
 * rule as the hotline panel and the 热线 block (src/lib/phone-text.ts).
 */
export const phoneLinks = defineHastPlugin({
  name: 'phone-links',
  text(node, ctx) {
    if (!/\d{3}/.test(node.value)) return;
    for (let parent = ctx.parent(node); parent && parent.type === 'element'; parent = ctx.parent(parent)) {
      if (NO_LINKS.has(parent.tagName)) return;
    }
    const pieces = splitPhoneNumbers(node.value);
    if (pieces.every((piece) => 'text' in piece)) return;
    ctx.replaceNode(
      node,
      pieces.map((piece) =>
        'text' in piece
          ? { type: 'text', value: piece.text }
          : {
              type: 'element',
              tagName: 'a',
              properties: { className: ['tel'], href: piece.href },
              children: [{ type: 'text', value: piece.number }],
            },
      ),
    );
  },
});

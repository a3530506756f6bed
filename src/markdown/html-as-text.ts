import { defineMdastPlugin } from 'satteri';

/**
 * Bodies are plain Markdown written by editors, often in the CMS. HTML in them is shown as typed,
 * never interpreted: `体温<37.3℃` and `<!-- 注释 -->` appear on the page as the editor wrote them,
 * and no markup (a script, an iframe) can reach readers through the content.
 */
export const htmlAsText = defineMdastPlugin({
  name: 'html-as-text',
  html(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
});

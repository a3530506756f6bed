/**
 * satteri's `markdownToMdast` for the browser. The CMS runs the content check before every save
 * (admin/checks.ts), and the check reads the addresses in a body from its Markdown tree
 * (body-urls.ts); satteri's native parser exists only in Node, so in the CMS's bundle `satteri`
 * resolves here (see browserMarkdownParser in src/integrations/admin-bundle.ts): the same
 * CommonMark + GFM tree from micromark, with positions.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

export function markdownToMdast(body: string): unknown {
  return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

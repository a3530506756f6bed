import { markdownToMdast, type MdastNode } from 'satteri';

/** One address in a Markdown body, as the renderer reads it (entities decoded, references resolved). */
export interface BodyUrl {
  readonly url: string;
  /** `link` (also autolinks), `image`, or `definition` (a reference definition `[r1]: …`). */
  readonly kind: 'link' | 'image' | 'definition';
  /** 1-based line within the body. */
  readonly line: number;
}

let last: { body: string; urls: BodyUrl[] } | undefined;

/**
 * Every link, image and reference-definition address in a Markdown body, parsed by satteri with the
 * features the site renders with (GFM, so bare `www.…` and `https://…` become links too). Checking the
 * parsed tree rather than the raw text means `&#106;avascript:` or `jav&#x61;script:` are seen as the
 * `javascript:` they become.
 */
export function urlsInBody(body: string): BodyUrl[] {
  // The check asks twice for the same body (its own rules, then the site links): parse it once.
  if (last?.body === body) return last.urls;
  // Links, images, definitions and angle-bracket autolinks all need a `]` or a `<` (character references never
  // make syntax); bare www./http(s) autolinks can only be http(s). A body with neither has no address to check.
  if (!/[\]<]/.test(body)) return [];
  const found: BodyUrl[] = [];
  const visit = (node: MdastNode) => {
    const { type } = node as { type: string };
    if (
      (type === 'link' || type === 'image' || type === 'definition') &&
      typeof (node as { url?: unknown }).url === 'string'
    ) {
      found.push({ url: (node as { url: string }).url, kind: type, line: node.position?.start.line ?? 1 });
    }
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
  };
  visit(markdownToMdast(body, { features: { gfm: true, frontmatter: false } }));
  last = { body, urls: found };
  return found;
}

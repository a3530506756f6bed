import { vocabulary, type AttributeDeclaration, type ComponentDeclaration } from './vocabulary';

/**
 * The text form of each block, as the CMS writes and reads it (admin/editor-components.ts), from
 * the one declaration per component. Pure functions, so the round trip (read a block, write it
 * back unchanged) is tested without a browser (tests/unit/mdx-blocks.test.ts).
 *
 * Canonical form: attributes in declaration order, empty ones left out;
 *   `<热线 名称="…" 号码="…" />` for blocks without content,
 *   `<提示 级别="注意">\n正文\n</提示>` for blocks with Markdown,
 *   `<问答 标题="…">\n<问 题="…">\n回答\n</问>\n</问答>` for blocks of items.
 */

export type BlockData = Record<string, string | readonly Record<string, string>[]>;

const ATTRIBUTES = String.raw`((?:\s+[^\s=/>]+="[^"]*")*)\s*`;
const escapeValue = (value: string) => value.replace(/"/g, '＂').replace(/[{}<>]/g, '');

export const parseAttributes = (text: string): Record<string, string> =>
  Object.fromEntries([...text.matchAll(/([^\s=/>]+)="([^"]*)"/g)].map((match) => [match[1]!, match[2]!]));

const attributeText = (attributes: readonly AttributeDeclaration[], data: Record<string, unknown>) =>
  attributes
    .map(
      (attribute) =>
        [
          attribute.name,
          typeof data[attribute.name] === 'string' ? (data[attribute.name] as string).trim() : '',
        ] as const,
    )
    .filter(([, value]) => value !== '')
    .map(([name, value]) => ` ${name}="${escapeValue(value)}"`)
    .join('');

/** The field holding a block's Markdown content in the CMS form. */
export const BODY = '内容';
/** The list field holding a block's items in the CMS form. */
export const ITEMS = '条目';

const declarationOf = (name: string) =>
  (vocabulary as readonly ComponentDeclaration[]).find((component) => component.name === name)!;

/** A pattern matching one block from its start (no `m` flag: Decap refuses it). */
export function blockPattern(component: ComponentDeclaration): RegExp {
  const name = component.name;
  if (component.children === 'none') return new RegExp(`^<${name}${ATTRIBUTES}/>`);
  return new RegExp(`^<${name}${ATTRIBUTES}>\\n+([\\s\\S]*?)\\n+</${name}>`);
}

/** The form data of a block matched by blockPattern. */
export function blockData(component: ComponentDeclaration, match: RegExpMatchArray): BlockData {
  const data: BlockData = { ...parseAttributes(match[1] ?? '') };
  if (component.children === 'markdown') data[BODY] = match[2] ?? '';
  if (typeof component.children === 'object') {
    const item = declarationOf(component.children.items);
    const pattern = new RegExp(blockPattern(item).source.slice(1), 'g');
    data[ITEMS] = [...(match[2] ?? '').matchAll(pattern)].map(
      (found) => blockData(item, found) as Record<string, string>,
    );
  }
  return data;
}

/** A block's text from its form data, in the canonical form. */
export function blockText(component: ComponentDeclaration, data: Record<string, unknown>): string {
  const open = `<${component.name}${attributeText(component.attributes, data)}`;
  if (component.children === 'none') return `${open} />`;
  if (component.children === 'markdown') return `${open}>\n${String(data[BODY] ?? '').trim()}\n</${component.name}>`;
  const item = declarationOf(component.children.items);
  const items = (Array.isArray(data[ITEMS]) ? data[ITEMS] : []) as Record<string, unknown>[];
  return `${open}>\n${items.map((entry) => blockText(item, entry)).join('\n')}\n</${component.name}>`;
}

/** The blocks an editor inserts from the CMS: every component but the items that live inside another. */
export const insertableBlocks = (vocabulary as readonly ComponentDeclaration[]).filter(
  (component) => !component.onlyInside,
);

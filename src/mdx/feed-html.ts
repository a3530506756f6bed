import { mdxToHast } from 'satteri';
import { escapeHtml } from '../lib/html-escape';
import { CALLOUT_LEVELS } from './vocabulary';

/**
 * The body of an MDX entry as plain, accessible HTML for feeds, which show it away from the site
 * (no stylesheet, no script): each block becomes ordinary paragraphs, lists and links. Only
 * Markdown elements and the vocabulary's blocks are written; code and unknown tags (which the
 * content check refuses anyway) are dropped. Relative links are made absolute by the caller.
 */

interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastNode[];
}

const VOID = new Set(['img', 'br', 'hr', 'input']);
const ATTRIBUTE_NAMES: Record<string, string> = { className: 'class', htmlFor: 'for' };

function attributesOf(properties: Record<string, unknown> = {}): string {
  return Object.entries(properties)
    .filter(([name, value]) => !/^on/i.test(name) && value !== undefined && value !== null && value !== false)
    .map(([name, value]) => {
      const attribute = ATTRIBUTE_NAMES[name] ?? name.toLowerCase();
      return value === true
        ? ` ${attribute}`
        : ` ${attribute}="${escapeHtml(Array.isArray(value) ? value.join(' ') : String(value))}"`;
    })
    .join('');
}

export function mdxFeedHtml(source: string, pageUrl: string): string {
  const root = mdxToHast(source, { position: false, features: { frontmatter: true } }) as unknown as HastNode;
  const all = (nodes: HastNode[] = []) => nodes.map(write).join('');
  const wrap = (tag: string, html: string) => `<${tag}>${html}</${tag}>`;

  function write(node: HastNode): string {
    if (node.type === 'text') return escapeHtml(String(node.value ?? ''));
    if (node.type === 'element' && node.tagName) {
      const open = `<${node.tagName}${attributesOf(node.properties)}>`;
      return VOID.has(node.tagName) ? open : `${open}${all(node.children)}</${node.tagName}>`;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return block(node);
    // Expressions, ESM, comments and raw HTML never reach a feed.
    return '';
  }

  function block(node: HastNode): string {
    const props = Object.fromEntries(
      (node.attributes ?? [])
        .filter((a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string')
        .map((a) => [a.name!, String(a.value)]),
    );
    const text = (name: string) => escapeHtml(props[name] ?? '');
    const title = props['标题'] ? wrap('p', wrap('strong', text('标题'))) : '';
    switch (node.name) {
      case '提示': {
        const level = (CALLOUT_LEVELS as readonly string[]).includes(props['级别'] ?? '') ? props['级别']! : '提示';
        return `<div role="note"><p><strong>${escapeHtml(level)}${props['标题'] ? `：${text('标题')}` : ''}</strong></p>${all(node.children)}</div>`;
      }
      case '步骤':
        return `${title}${all(node.children)}`;
      case '热线': {
        const number = /^[\d-]+$/.test(props['号码'] ?? '') ? props['号码']! : '';
        return `<p><strong>${text('名称')}</strong>：<a href="tel:${number.replace(/-/g, '')}">${escapeHtml(number)}</a>${props['时间'] ? `（服务时间：${text('时间')}）` : ''}</p>`;
      }
      case '海报':
        return /^[\w-]+$/.test(props['编号'] ?? '')
          ? `<p><a href="/posters/${props['编号']}/">查看和下载宣传海报</a></p>`
          : '';
      case '问答':
        return `${title}<dl>${all(node.children)}</dl>`;
      case '问':
        return `<dt>问：${text('题')}</dt><dd>${all(node.children)}</dd>`;
      case '视频':
        return `<p>视频：<a href="${escapeHtml(pageUrl)}">${text('标题')}</a>（请到网站观看，带中文字幕）</p>`;
      case '图组':
        return `${all(node.children)}${props['说明'] ? wrap('p', text('说明')) : ''}`;
      case '图':
        return `<p>（图：${text('替代文本')}${props['说明'] ? `。${text('说明')}` : ''}）</p>`;
      default:
        return '';
    }
  }

  return all(root.children).trim();
}

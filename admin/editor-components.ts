import { createElement as h, type ReactNode } from 'react';
import blockStyles from '../src/mdx/components/blocks.css?url';
import type { CollectionDeclaration } from '../src/schema/collection';
import { declarations } from '../src/schema/collections';
import { BODY, ITEMS, blockData, blockPattern, blockText, insertableBlocks, type BlockData } from '../src/mdx/blocks';
import { MDX_COLLECTIONS, mdxTwinName } from '../src/mdx/collections';
import { vocabulary, type AttributeDeclaration, type ComponentDeclaration } from '../src/mdx/vocabulary';

/**
 * The MDX blocks editors insert from the CMS (提示, 步骤, 热线 …), registered as Decap editor
 * components from the same declarations the content check and the renderer use (src/mdx/vocabulary.ts).
 *
 * Decap reads one file extension per folder collection, so each article collection gets a twin for
 * its `.mdx` entries ("防疫知识（图文组件）"): same folder, same fields, `extension: mdx`, and a body
 * whose toolbar offers the blocks. The `.md` entries stay in the original collection, whose body
 * offers no blocks (in a `.md` file they would show as text). See docs/mdx.md.
 */

interface DecapField {
  name: string;
  label: string;
  widget: string;
  [key: string]: unknown;
}
interface DecapCollection {
  name: string;
  label: string;
  description?: string;
  extension?: string;
  fields?: DecapField[];
  [key: string]: unknown;
}

const fieldOf = (attribute: AttributeDeclaration): DecapField => ({
  name: attribute.name,
  label: attribute.label,
  widget: attribute.type === 'select' ? 'select' : 'string',
  required: attribute.required,
  ...(attribute.options ? { options: [...attribute.options], default: attribute.options[0] } : {}),
  ...(attribute.hint ? { hint: attribute.hint } : {}),
});

const bodyField = (label = '内容'): DecapField => ({
  name: BODY,
  label,
  widget: 'markdown',
  buttons: ['bold', 'italic', 'link', 'bulleted-list', 'numbered-list'],
  editor_components: [],
  required: true,
});

function fieldsOf(component: ComponentDeclaration): DecapField[] {
  const fields = component.attributes.map(fieldOf);
  if (component.children === 'markdown')
    fields.push(bodyField(component.name === '步骤' ? '步骤（每步一项编号列表：1. 2. 3.）' : '内容'));
  if (typeof component.children === 'object') {
    const item = vocabulary.find(
      (candidate) => candidate.name === (component.children as { items: string }).items,
    )! as ComponentDeclaration;
    const itemFields = item.attributes.map(fieldOf);
    if (item.children === 'markdown') itemFields.push(bodyField('回答'));
    fields.push({
      name: ITEMS,
      label: item.label,
      label_singular: item.label,
      widget: 'list',
      fields: itemFields,
      summary: `{{fields.${item.attributes[0]!.name}}}`,
    });
  }
  return fields;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
/** Markdown shown plainly: a numbered list as a list, other lines as paragraphs. */
function markdownPreview(markdown: string): ReactNode[] {
  const lines = markdown.split('\n').filter((line) => line.trim() !== '');
  const items = lines.filter((line) => /^\d+\.\s/.test(line));
  if (items.length === lines.length && items.length > 0)
    return [
      h(
        'ol',
        { key: 'ol' },
        items.map((line, index) => h('li', { key: index }, line.replace(/^\d+\.\s+/, '').replace(/\*\*/g, ''))),
      ),
    ];
  return lines.map((line, index) => h('p', { key: index }, line.replace(/\*\*/g, '')));
}

/** A preview with the page's own markup and classes (src/mdx/components), styled by the site's stylesheet. */
function preview(component: ComponentDeclaration, data: BlockData): ReactNode {
  const value = (name: string) => text(data[name]);
  const items = (Array.isArray(data[ITEMS]) ? data[ITEMS] : []) as Record<string, string>[];
  const title = (name = '标题') =>
    value(name) ? h('p', { className: 'mdx-block-title' }, h('strong', null, value(name))) : null;
  switch (component.name) {
    case '提示': {
      const level = value('级别') || '提示';
      const modifier = { 提示: 'info', 注意: 'warning', 紧急: 'urgent' }[level] ?? 'info';
      return h(
        'div',
        { className: `mdx-callout mdx-callout--${modifier}`, role: 'note' },
        h(
          'p',
          { className: 'mdx-callout__label' },
          h('strong', null, value('标题') ? `${level}：${value('标题')}` : level),
        ),
        ...markdownPreview(value(BODY)),
      );
    }
    case '步骤':
      return h('section', { className: 'mdx-steps' }, title(), ...markdownPreview(value(BODY)));
    case '热线':
      return h(
        'div',
        { className: 'mdx-hotline' },
        h('p', { className: 'mdx-hotline__name' }, h('strong', null, value('名称'))),
        h(
          'p',
          { className: 'mdx-hotline__number' },
          '电话：',
          h('a', { className: 'tel', href: `tel:${value('号码').replace(/-/g, '')}` }, value('号码')),
        ),
        value('时间') ? h('p', { className: 'mdx-hotline__hours' }, `服务时间：${value('时间')}`) : null,
      );
    case '海报':
      return h(
        'p',
        { className: 'mdx-callout' },
        `海报：${value('编号')}（发布后显示海报预览图、A4 PDF 下载和海报页面链接）`,
      );
    case '问答':
      return h(
        'section',
        { className: 'mdx-qa' },
        title(),
        h(
          'dl',
          null,
          items.map((item, index) =>
            h(
              'div',
              { key: index, className: 'mdx-qa__item' },
              h('dt', null, `问：${text(item['题'])}`),
              h('dd', null, ...markdownPreview(text(item[BODY]))),
            ),
          ),
        ),
      );
    case '视频':
      return h(
        'figure',
        { className: 'mdx-video' },
        h('p', null, `视频：${value('文件')}（字幕 ${value('字幕')}，封面 ${value('封面')}）`),
        h('figcaption', null, value('标题')),
      );
    case '图组':
      return h(
        'figure',
        { className: 'mdx-gallery' },
        h(
          'div',
          { className: 'mdx-gallery__items' },
          items.map((item, index) =>
            h(
              'figure',
              { key: index, className: 'mdx-gallery__item' },
              h('p', null, `图片 ${text(item['图片'])}：${text(item['替代文本'])}`),
              item['说明'] ? h('figcaption', null, item['说明']) : null,
            ),
          ),
        ),
        value('说明') ? h('figcaption', null, value('说明')) : null,
      );
    default:
      return null;
  }
}

export const EDITOR_COMPONENT_IDS = insertableBlocks.map((component) => `mdx-${component.name}`);

interface Cms {
  registerEditorComponent: (definition: Record<string, unknown>) => void;
  registerPreviewTemplate: (name: string, template: unknown) => void;
  registerPreviewStyle: (url: string) => void;
}

/**
 * Registers one editor component per insertable block of the vocabulary, the blocks' stylesheet for
 * previews, and the preview templates of the `.mdx` twins (the same as their collection's).
 */
export function registerEditorComponents(cms: Cms, previewFor: (declaration: CollectionDeclaration) => unknown): void {
  cms.registerPreviewStyle(blockStyles);
  for (const declaration of declarations) {
    if ((MDX_COLLECTIONS as readonly string[]).includes(declaration.name))
      cms.registerPreviewTemplate(mdxTwinName(declaration.name), previewFor(declaration));
  }
  for (const component of insertableBlocks) {
    cms.registerEditorComponent({
      id: `mdx-${component.name}`,
      label: component.label,
      fields: fieldsOf(component),
      pattern: blockPattern(component),
      fromBlock: (match: RegExpMatchArray) => blockData(component, match),
      toBlock: (data: Record<string, unknown>) => blockText(component, data),
      toPreview: (data: BlockData) => preview(component, data),
    });
  }
}

const vocabularyHelp = insertableBlocks
  .map((component) => `${component.name}（${component.purpose.split('。')[0]}）`)
  .join('；');

/** The CMS config with an `.mdx` twin of each article collection, whose body offers the blocks. */
export function withMdxCollections<C extends { collections: DecapCollection[] }>(config: C): C {
  const twins = config.collections
    .filter((collection) => (MDX_COLLECTIONS as readonly string[]).includes(collection.name))
    .map((collection) => ({
      ...collection,
      name: mdxTwinName(collection.name),
      label: `${collection.label}（图文组件）`,
      label_singular: `${String(collection.label_singular ?? collection.label)}（图文组件）`,
      description: `${collection.description ?? ''} 这里是可以插入图文组件的文章（.mdx 文件）：在正文工具栏的“＋”中插入。可用组件：${vocabularyHelp}。说明和例子见 docs/mdx.md。`,
      extension: 'mdx',
      format: 'frontmatter',
      fields: collection.fields?.map((field) =>
        field.name === 'body' ? { ...field, editor_components: ['image', ...EDITOR_COMPONENT_IDS] } : field,
      ),
    }));
  return { ...config, collections: [...config.collections, ...twins] };
}

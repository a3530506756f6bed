import { createElement as h, type ReactNode } from 'react';
import type { CollectionDeclaration } from '../src/schema/collection';

/** What Decap passes to a preview template (https://decapcms.org/docs/customization/). */
interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown };
  widgetFor: (name: string) => ReactNode;
}

const asText = (value: unknown): string => {
  if (value === undefined || value === null || value === '') return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'toJS' in (value as object)) {
    const plain = (value as { toJS: () => unknown }).toJS();
    return Array.isArray(plain) ? plain.map(asText).join('、') : '';
  }
  return String(value);
};

/**
 * A preview that reads like the entry page: the same classes (h1, .meta, .prose) under the site's
 * own stylesheet, with the metadata labels of the collection's declaration.
 */
export function previewFor(declaration: CollectionDeclaration) {
  const metaFields = declaration.fields.filter(
    (field) =>
      !['title', 'summary', 'draft', 'tags'].includes(field.name) &&
      ['string', 'date', 'select', 'text'].includes(field.widget),
  );
  return function Preview({ entry, widgetFor }: PreviewProps) {
    const value = (name: string) => asText(entry.getIn(['data', name]));
    return h(
      'main',
      { className: 'wrap' },
      h('article', null, [
        h('h1', { key: 'title' }, value('title') || '（无标题）'),
        h(
          'dl',
          { key: 'meta', className: 'meta' },
          metaFields
            .filter((field) => value(field.name))
            .map((field) =>
              h('div', { key: field.name }, [
                h('dt', { key: 'dt' }, field.label),
                h('dd', { key: 'dd' }, value(field.name)),
              ]),
            ),
        ),
        value('summary') ? h('p', { key: 'summary', className: 'lead' }, value('summary')) : null,
        declaration.format === 'md'
          ? h(
              'div',
              { key: 'body', className: declaration.body?.plain ? 'prose prose--script' : 'prose' },
              widgetFor('body'),
            )
          : null,
      ]),
    );
  };
}

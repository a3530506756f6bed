import { BROADCAST_AUDIENCES, BROADCAST_KINDS, BROADCAST_TOPICS, names } from '../../config/taxonomy';
import { defineCollectionDeclaration } from '../collection';
import { select } from '../fields';
import { entryFields, sampleField, synonymsField } from './common';

/**
 * 广播稿: scripts that village and community cadres read over the loudspeaker (乡村大喇叭). The body is the
 * script itself, plain text as it is read aloud; each page gives its length, reading time and downloads.
 */
export const broadcasts = defineCollectionDeclaration({
  name: 'broadcasts',
  label: '广播稿',
  labelSingular: '广播稿',
  description:
    '供村、社区、单位用大喇叭播读的稿子。正文就是播读的原文：只写要念出来的文字，段落之间空一行；顺口溜、快板每句一行。不要用标题、列表、加粗或链接。',
  format: 'md',
  cardFact: 'topic',
  fields: [
    ...entryFields,
    synonymsField,
    select('kind', '体裁', names(BROADCAST_KINDS), {
      hint: '广播稿、倡议按每分钟 200 字估算播读时间，快板 180 字，顺口溜 160 字。',
    }),
    select('audience', '适用', names(BROADCAST_AUDIENCES), { multiple: true, minItems: 1 }),
    select('topic', '主题', BROADCAST_TOPICS),
    sampleField,
  ],
  body: {
    label: '播读正文',
    hint: '照着念的原文：段落之间空一行，顺口溜、快板每句一行。不要用标题、列表、加粗或链接，念的人会把符号念出来。',
    plain: true,
  },
  listView: {
    summary: '{{title}}（{{kind}}）· {{published}}',
    sortableFields: ['published', 'title'],
    groupBy: ['kind'],
  },
});

import { NOTICE_KINDS } from '../../config/taxonomy';
import { defineCollectionDeclaration } from '../collection';
import { date, select, string } from '../fields';
import { entryFields, synonymsField } from './common';

/** 通知与倡议: official documents and 倡议书, with the metadata a 公文 carries. */
export const notices = defineCollectionDeclaration({
  name: 'notices',
  label: '通知公告',
  labelSingular: '通知或倡议',
  description: '正式文件和倡议书，须填写发文机关和成文日期。',
  format: 'md',
  fields: [
    ...entryFields,
    synonymsField,
    select('kind', '文种', NOTICE_KINDS),
    string('docNumber', '文号', {
      required: false,
      pattern: [/^\S+〔\d{4}〕\d+号$/, '应写成“并文明〔2020〕1号”的形式（六角括号〔〕）。'],
    }),
    string('issuer', '发文机关', { maxLength: 60 }),
    date('written', '成文日期'),
  ],
  listView: { summary: '{{title}}（{{docNumber}}）· {{published}}', sortableFields: ['published', 'written', 'title'], groupBy: ['kind'] },
});

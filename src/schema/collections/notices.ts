import { NOTICE_KINDS, NOTICE_VALIDITY } from '../../config/taxonomy';
import { defineCollectionDeclaration } from '../collection';
import { date, relation, select, string } from '../fields';
import { entryFields, synonymsField } from './common';

/** 通知与倡议: official documents and 倡议书, with the metadata a 公文 carries. */
export const notices = defineCollectionDeclaration({
  name: 'notices',
  label: '通知公告',
  labelSingular: '通知或倡议',
  description: '正式文件和倡议书，须填写发文机关、成文日期和有效性。',
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
    select('validity', '有效性', NOTICE_VALIDITY, { hint: '文件是否仍然有效。已废止或已失效的，请填写日期，有替代文件的请选择。' }),
    date('validityDate', '废止或失效日期', { required: false }),
    relation('supersededBy', '替代文件', 'notices', { required: false, hint: '废止本文件或取代本文件的新文件。' }),
  ],
  rules: [
    {
      field: 'validityDate',
      message: '“有效性”为“已废止”或“已失效”时，请填写“废止或失效日期”。',
      holds: (data) => data.validity === '有效' || data.validityDate instanceof Date,
    },
  ],
  listView: { summary: '{{title}}（{{docNumber}}）· {{published}}', sortableFields: ['published', 'written', 'title'], groupBy: ['kind'] },
});

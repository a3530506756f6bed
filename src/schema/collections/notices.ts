import { NOTICE_KINDS, NOTICE_VALIDITY } from '../../config/taxonomy';
import { defineCollectionDeclaration } from '../collection';
import { date, file, objectList, relation, select, string } from '../fields';
import { entryFields, synonymsField } from './common';

/**
 * 索引号 of the government information disclosure catalogue: the issuer's unified social credit code
 * (18 characters) or organisation code (9), the year and a five-digit serial number.
 */
export const INDEX_NUMBER_PATTERN = /^(?:[0-9A-HJ-NP-RT-UW-Y]{18}|[0-9A-Z]{9})\/\d{4}-\d{5}$/;

/** 通知与倡议: official documents and 倡议书, with the metadata a 公文 carries. */
export const notices = defineCollectionDeclaration({
  name: 'notices',
  label: '通知公告',
  labelSingular: '通知或倡议',
  description: '正式文件和倡议书，须填写发文机关、成文日期和有效性。',
  format: 'md',
  cardFact: 'kind',
  fields: [
    ...entryFields,
    synonymsField,
    select('kind', '文种', NOTICE_KINDS),
    string('indexNumber', '索引号', {
      required: false,
      hint: '政府信息公开目录中的索引号，例如 11140100MB1234567X/2020-00001。',
      pattern: [
        INDEX_NUMBER_PATTERN,
        '应写成“11140100MB1234567X/2020-00001”的形式：18 位统一社会信用代码（或 9 位组织机构代码）、“/”、年份、“-”和 5 位顺序号，字母大写，不含空格。',
      ],
    }),
    string('docNumber', '文号', {
      required: false,
      pattern: [/^\S+〔\d{4}〕\d+号$/, '应写成“并文明〔2020〕1号”的形式（六角括号〔〕）。'],
    }),
    string('issuer', '发文机关', { maxLength: 60 }),
    date('written', '成文日期'),
    select('validity', '有效性', NOTICE_VALIDITY, {
      hint: '文件是否仍然有效。已废止或已失效的，请填写日期，有替代文件的请选择。',
    }),
    date('validityDate', '废止或失效日期', { required: false }),
    relation('supersededBy', '替代文件', 'notices', { required: false, hint: '废止本文件或取代本文件的新文件。' }),
    objectList(
      'attachments',
      '附件',
      [
        string('title', '附件名称', { maxLength: 80, hint: '例如“实施方案（原件）”，下载时用作文件名。' }),
        file('file', '附件文件', 'attachment'),
      ],
      'title',
      {
        required: false,
        hint: '文件原件、回执表等，页面上列出名称、格式、大小（PDF 还有页数）供下载。',
      },
    ),
  ],
  rules: [
    {
      field: 'validityDate',
      message: '“有效性”为“已废止”或“已失效”时，请填写“废止或失效日期”。',
      holds: (data) => data.validity === '有效' || data.validityDate instanceof Date,
    },
  ],
  listView: {
    summary: '{{title}}（{{docNumber}}）· {{published}}',
    sortableFields: ['published', 'written', 'title'],
    groupBy: ['kind'],
  },
});

import { SMS_TOPICS } from '../../config/taxonomy';
import { smsLength, withSignature } from '../../lib/sms';
import { defineCollectionDeclaration } from '../collection';
import { boolean, date, select, string, text } from '../fields';

/** 公益短信: approved public-service texts that telecom operators send; each must fit one SMS. */
export const sms = defineCollectionDeclaration({
  name: 'sms',
  label: '公益短信',
  labelSingular: '公益短信',
  description: '供通信运营商发送的公益短信。正文加上短信签名必须在一条短信（70 字）以内。',
  format: 'yml',
  fields: [
    string('title', '标题', { maxLength: 30 }),
    text('text', '短信正文', { hint: '不含签名。签名（如【太原市文明办】）会自动加在前面，合计不超过 70 字。' }),
    select('topic', '主题', SMS_TOPICS),
    date('approved', '审批日期'),
    date('published', '发布日期'),
    string('source', '来源'),
    string('editor', '责任编辑'),
    boolean('draft', '草稿（不公开发布）'),
  ],
  rules: [
    {
      field: 'text',
      holds: (data, { smsSignature }) =>
        typeof data.text !== 'string' || smsLength(withSignature(data.text, smsSignature)).segments <= 1,
      message: (data, { smsSignature }) => {
        const { units, singleLimit } = smsLength(withSignature(String(data.text), smsSignature));
        return `短信正文加上签名“${smsSignature}”共 ${units} 字，超过一条短信的 ${singleLimit} 字，请删减 ${units - singleLimit} 字。`;
      },
    },
  ],
  listView: {
    summary: '{{title}}（{{topic}}）· {{approved}}',
    sortableFields: ['approved', 'published', 'title'],
    groupBy: ['topic'],
  },
});

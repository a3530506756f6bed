import { CENTER_LEVELS, CENTER_SERVICES, DISTRICTS, names } from '../../config/taxonomy';
import { defineCollectionDeclaration } from '../collection';
import { boolean, date, select, string, text } from '../fields';
import { sampleField } from './common';

/** 新时代文明实践中心（所、站）: where citizens get services near home. */
export const centers = defineCollectionDeclaration({
  name: 'centers',
  label: '文明实践阵地',
  labelSingular: '新时代文明实践中心（所、站）',
  description: '各县（市、区）新时代文明实践中心、所、站的地址、服务和联系方式。',
  format: 'yml',
  fields: [
    string('title', '名称', { maxLength: 40 }),
    select('level', '层级', CENTER_LEVELS),
    select('district', '所属县（市、区）', names(DISTRICTS)),
    string('address', '地址', { maxLength: 80 }),
    select('services', '服务项目', CENTER_SERVICES, { multiple: true, minItems: 1 }),
    string('hours', '开放时间', { required: false }),
    string('phone', '联系电话', {
      required: false,
      pattern: [
        /^(\d{3,4}-\d{7,8}|\d{5})$/,
        '请填写办公固定电话（如 0351-4223160）或五位服务热线（如 12345），不要填写个人手机号。',
      ],
    }),
    text('description', '简介', { maxLength: 200 }),
    date('checked', '核实日期', { required: false, hint: '最近一次核实地址、开放时间和电话的日期，页面上会显示。' }),
    date('published', '发布日期'),
    string('source', '来源'),
    string('editor', '责任编辑'),
    sampleField,
    boolean('draft', '草稿（不公开发布）'),
  ],
  listView: {
    summary: '{{title}}（{{district}} · {{level}}）',
    sortableFields: ['title', 'published'],
    groupBy: ['district', 'level'],
  },
});

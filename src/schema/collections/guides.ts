import { defineCollectionDeclaration } from '../collection';
import { number, string } from '../fields';
import { entryFields, synonymsField } from './common';

/** 办事指引: "what do I do if…" answered in steps, each pointing to the advice, places and hotlines it needs. */
export const guides = defineCollectionDeclaration({
  name: 'guides',
  label: '办事指引',
  labelSingular: '办事指引',
  description:
    '回答“遇到……怎么办”：按步骤写清先做什么、去哪里、打什么电话。正文用编号列表写步骤，并链接相关的防疫知识、就医点和热线（tel: 链接）。',
  format: 'md',
  fields: [
    ...entryFields,
    synonymsField,
    string('shortTitle', '首页按钮文字', {
      required: false,
      maxLength: 6,
      hint: '首页“我要办”按钮上的文字，不超过 6 个字，例如“居家隔离”；不填则用标题。',
    }),
    number('order', '首页排序', { min: 1, max: 99, hint: '首页“我要办”按此数字从小到大排列，1 排最前。' }),
  ],
  listView: { summary: '{{order}}. {{title}} · {{published}}', sortableFields: ['order', 'published', 'title'] },
});

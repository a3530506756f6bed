import { DISTRICTS, names } from '../../config/taxonomy';
import { defineCollectionDeclaration } from '../collection';
import { image, select, string } from '../fields';
import { entryFields, synonymsField, videoField } from './common';

/** 工作动态: what counties and departments report back (the plan's 信息反馈), with text and photos. */
export const updates = defineCollectionDeclaration({
  name: 'updates',
  label: '工作动态',
  labelSingular: '工作动态',
  description: '各县（市、区）、各单位报送的工作情况，包括文字和图片。',
  format: 'md',
  fields: [
    ...entryFields,
    synonymsField,
    select('district', '县（市、区）', names(DISTRICTS)),
    string('unit', '报送单位', { maxLength: 40 }),
    image('photos', '图片', { multiple: true, required: false }),
    videoField,
  ],
  listView: { summary: '{{title}}（{{district}} · {{unit}}）· {{published}}', sortableFields: ['published', 'title'], groupBy: ['district'] },
});

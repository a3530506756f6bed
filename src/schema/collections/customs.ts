import { CUSTOMS_THEMES, names } from '../../config/taxonomy';
import { defineCollectionDeclaration } from '../collection';
import { select } from '../fields';
import { entryFields, synonymsField } from './common';

/** 新风尚: civilized habits and new customs for weddings, funerals and daily life. */
export const customs = defineCollectionDeclaration({
  name: 'customs',
  label: '文明新风',
  labelSingular: '新风尚指引',
  description: '倡导文明健康生活方式和移风易俗：红事缓办、白事简办、分餐公筷、文明上网、邻里互助。',
  format: 'md',
  cardFact: 'theme',
  fields: [...entryFields, synonymsField, select('theme', '主题', names(CUSTOMS_THEMES))],
  listView: {
    summary: '{{title}}（{{theme}}）· {{published}}',
    sortableFields: ['published', 'title'],
    groupBy: ['theme'],
  },
});

import { DISTRICTS, HONOURS, STORY_CATEGORIES, names } from '../../config/taxonomy';
import { defineCollectionDeclaration } from '../collection';
import { image, select, string } from '../fields';
import { entryFields, sampleField, synonymsField, videoField } from './common';
import { campaignLinksField } from './campaign-links';

/** 先进典型: frontline exemplars the plan asks to find, publicise and recommend for honours. */
export const stories = defineCollectionDeclaration({
  name: 'stories',
  label: '先进典型',
  labelSingular: '先进典型事迹',
  description: '宣传奋战在抗击疫情一线的先进群体和先进人物。不得发布身份证号、手机号等个人信息。',
  format: 'md',
  listFacets: ['district', 'category'],
  cardFact: 'district',
  fields: [
    ...entryFields,
    synonymsField,
    string('person', '人物或集体', { maxLength: 40 }),
    select('subject', '类型', ['个人', '群体']),
    select('category', '类别', names(STORY_CATEGORIES)),
    select('district', '所属县（市、区）', names(DISTRICTS)),
    string('unit', '所在单位', { maxLength: 60 }),
    select('honours', '优先推荐评选', HONOURS, { multiple: true, required: false }),
    campaignLinksField,
    image('photo', '照片', { required: false }),
    sampleField,
    videoField,
  ],
  listView: {
    summary: '{{title}}（{{category}} · {{district}}）',
    sortableFields: ['published', 'title'],
    groupBy: ['category', 'district'],
  },
});

import { REPORTING_AREAS } from '../../config/taxonomy';
import { defineCollectionDeclaration } from '../collection';
import { image, select, string } from '../fields';
import { reportingUnitProblem } from '../reporting-unit';
import { entryFields, synonymsField, videoField } from './common';
import { campaignLinksField } from './campaign-links';

/** 工作动态: what counties and departments report back (the plan's 信息反馈), with text and photos. */
export const updates = defineCollectionDeclaration({
  name: 'updates',
  label: '工作动态',
  labelSingular: '工作动态',
  description:
    '各县（市、区）、各单位报送的工作情况，包括文字和图片。报送方法见网站“信息报送指南”（/reports/guide/）。',
  format: 'md',
  listFacets: ['district'],
  cardFact: 'district',
  fields: [
    ...entryFields,
    synonymsField,
    select('district', '县（市、区）', REPORTING_AREAS, { hint: '市直部门选“市直”。' }),
    string('unit', '报送单位', {
      listedIn: { collection: 'settings', file: 'site', path: 'reporting.units.*.name' },
      hint: '从“网站设置 → 信息报送 → 报送单位”名单中选择，例如“小店区文明办”“市卫健委”；须与上面的县（市、区）相符。名单以外的单位请先联系市文明办综合科登记。',
    }),
    campaignLinksField,
    image('photos', '图片', {
      multiple: true,
      required: false,
      hint: '活动现场照片 1 至 9 张，每张不超过 2 MB；每张都要写一句说明（替代文本）。',
    }),
    videoField,
  ],
  rules: [
    {
      field: 'unit',
      holds: (data, { reportingUnits }) => reportingUnitProblem(data.unit, data.district, reportingUnits) === undefined,
      message: (data, { reportingUnits }) => reportingUnitProblem(data.unit, data.district, reportingUnits) ?? '',
    },
  ],
  listView: {
    summary: '{{title}}（{{district}} · {{unit}}）· {{published}}',
    sortableFields: ['published', 'title'],
    groupBy: ['district'],
  },
});

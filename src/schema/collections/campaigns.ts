import { CAMPAIGN_KINDS, names } from '../../config/taxonomy';
import { defineCollectionDeclaration } from '../collection';
import { list, select, string } from '../fields';
import { entryFields, synonymsField } from './common';

/**
 * 创建活动: one page per mass civilization-creation campaign (文明城市 … 文明家庭), saying what the plan
 * asks of it in the epidemic. Its page lists the stories, reports and posters that serve it
 * (src/lib/campaigns.ts decides which).
 */
export const campaigns = defineCollectionDeclaration({
  name: 'campaigns',
  label: '创建活动',
  labelSingular: '创建活动',
  description:
    '文明城市、文明单位、文明村镇、文明社区、文明校园、文明家庭六类创建活动在疫情防控中的要求。正文写要求，尽量引用文件原文并注明出处。' +
    '页面会自动列出相关的先进典型、工作动态和海报：在这些条目的“相关创建活动”中勾选本类创建；海报还按“适用场所”自动归入（学校→文明校园，社区→文明社区，农村→文明村镇，单位→文明单位，公共场所→文明城市），' +
    '先进典型的“优先推荐评选”含“文明家庭”时自动归入文明家庭。',
  format: 'md',
  cardFact: 'kind',
  fields: [
    ...entryFields,
    synonymsField,
    select('kind', '创建类别', names(CAMPAIGN_KINDS), {
      hint: '六类创建之一。每类写一篇；页面网址用文件名，例如 schools.md → /campaigns/schools/。',
    }),
    list('checkpoints', '测评要点', {
      required: false,
      maxItems: 10,
      maxItemLength: 60,
      hint: '可选。测评时看哪些工作，每条一句话，最多 10 条、每条不超过 60 字。文件没有逐条规定时，请在下面的“要点出处”中说明是据哪份文件整理的。',
    }),
    string('checkpointsSource', '要点出处', {
      required: false,
      maxLength: 80,
      hint: '测评要点的出处，显示在要点下方，例如“据并文明〔2020〕1号整理，正式测评标准以文明办发布的为准”。',
    }),
  ],
  listView: { summary: '{{kind}}：{{title}}', sortableFields: ['published', 'title'], groupBy: ['kind'] },
});

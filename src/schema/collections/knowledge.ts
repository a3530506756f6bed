import { KNOWLEDGE_TOPICS, READER_GROUPS, names } from '../../config/taxonomy';
import { defineCollectionDeclaration } from '../collection';
import { date, image, list, relation, select, text } from '../fields';
import { entryFields, synonymsField, videoField } from './common';

/** 防疫知识: prevention advice that has to be reviewed on a schedule, because health advice goes stale. */
export const knowledge = defineCollectionDeclaration({
  name: 'knowledge',
  label: '防疫知识',
  labelSingular: '防疫知识文章',
  description: '普及防止疫情扩散、加强个人防护的科学知识。每篇须定期审核。',
  format: 'md',
  listFacets: ['topic'],
  cardFact: 'topic',
  fields: [
    ...entryFields,
    select('topic', '主题', names(KNOWLEDGE_TOPICS)),
    select('audience', '适用人群', READER_GROUPS, { multiple: true, minItems: 1 }),
    date('reviewed', '审核日期', { hint: '最近一次由卫生健康部门或专家审核的日期。' }),
    date('nextReview', '下次审核', { hint: '到期后页面会提示内容可能已过时。' }),
    relation('supersededBy', '已被新文章取代', 'knowledge', {
      required: false,
      hint: '若本文已被更新的文章取代，选择那篇文章；页面顶部会提示读者。',
    }),
    text('withdrawn', '撤回说明', { required: false, hint: '填写后页面顶部会显示此说明，提示读者本文已撤回。' }),
    image('cover', '封面图片', { required: false }),
    list('keywords', '关键词', { required: false, maxItems: 12, maxItemLength: 12, hint: '读者会搜索的词。' }),
    synonymsField,
    videoField,
  ],
  rules: [
    {
      field: 'nextReview',
      message: '“下次审核”不能早于“审核日期”。',
      holds: (data) =>
        !(data.nextReview instanceof Date && data.reviewed instanceof Date) || data.nextReview >= data.reviewed,
    },
  ],
  listView: {
    summary: '{{title}}（{{topic}}）· {{published}}',
    sortableFields: ['published', 'nextReview', 'title'],
    groupBy: ['topic'],
  },
});

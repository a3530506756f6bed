import { KNOWLEDGE_TOPICS, POSTER_AUDIENCES, POSTER_THEMES, names } from '../../config/taxonomy';
import { defineCollectionDeclaration } from '../collection';
import { image, list, relation, select, string } from '../fields';
import { entryFields, synonymsField } from './common';
import { campaignLinksField } from './campaign-links';

/** 海报: print-ready posters for notice boards, schools, villages and public places. */
export const posters = defineCollectionDeclaration({
  name: 'posters',
  label: '宣传海报',
  labelSingular: '海报',
  description: '供学校、社区、农村张贴的海报。每张海报须关联一篇文章，海报上的二维码指向它。',
  format: 'md',
  cardFact: 'topic',
  fields: [
    ...entryFields,
    synonymsField,
    string('headline', '海报大标题', { maxLength: 12, hint: '不超过 12 字。' }),
    list('slogans', '标语', { minItems: 1, maxItems: 3, maxItemLength: 16, hint: '1 到 3 行，每行不超过 16 字。' }),
    list('points', '要点', { minItems: 3, maxItems: 6, maxItemLength: 22, hint: '3 到 6 条，每条不超过 22 字。' }),
    image('picture', '图片', {
      required: false,
      credit: true,
      hint: '可选：一幅插图或照片，印在标语和要点之间（横向的图最合适），并在图旁印上来源/作者。',
    }),
    select('audience', '适用场所', names(POSTER_AUDIENCES), { multiple: true, minItems: 1 }),
    campaignLinksField,
    select('topic', '主题', names(KNOWLEDGE_TOPICS)),
    select(
      'theme',
      '配色',
      POSTER_THEMES.map((theme) => theme.slug),
      {
        optionLabels: names(POSTER_THEMES),
      },
    ),
    relation('relatedKnowledge', '关联的防疫知识', 'knowledge', { required: false }),
    relation('relatedCustom', '关联的文明新风', 'customs', { required: false }),
  ],
  rules: [
    {
      field: 'relatedKnowledge',
      message: '请在“关联的防疫知识”或“关联的文明新风”中至少选择一篇文章，海报上的二维码会指向它。',
      holds: (data) => Boolean(data.relatedKnowledge ?? data.relatedCustom),
    },
  ],
  listView: { summary: '{{headline}} · {{published}}', sortableFields: ['published', 'title'], groupBy: ['topic'] },
});

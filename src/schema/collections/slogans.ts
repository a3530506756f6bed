import { names, SLOGAN_TOPIC_TERMS } from '../../config/taxonomy';
import { SLOGAN_MAX_CHARACTERS, sloganLength } from '../../slogans/text';
import { defineCollectionDeclaration } from '../collection';
import { boolean, date, select, string } from '../fields';

/**
 * 标语: short approved lines for banners (横幅) and painted walls (墙体标语). Each becomes banner
 * artwork and a wall-slogan PDF at build (src/slogans/), so the line is short enough to read from
 * across a street: at most SLOGAN_MAX_CHARACTERS characters, a space between its phrases.
 */
export const slogans = defineCollectionDeclaration({
  name: 'slogans',
  label: '标语',
  labelSingular: '标语',
  description: `经审批的宣传标语，用于横幅和墙体标语。每条不超过 ${SLOGAN_MAX_CHARACTERS} 个字（不含空格），词组之间用空格隔开，例如“勤洗手 戴口罩 常通风”。`,
  format: 'yml',
  fields: [
    // The length is counted without the spaces between phrases, by the rule below (the CMS runs it too).
    string('text', '标语', {
      hint: `不超过 ${SLOGAN_MAX_CHARACTERS} 个字（不含空格）；词组之间用一个空格隔开，横幅和墙体标语按空格断开排版。不要加句号。`,
    }),
    select('topic', '主题', names(SLOGAN_TOPIC_TERMS)),
    date('approved', '审批日期'),
    date('published', '发布日期'),
    string('source', '来源', { hint: '标语的出处，例如“并文明〔2020〕1号”。' }),
    string('editor', '责任编辑'),
    boolean('draft', '草稿（不公开发布）'),
  ],
  rules: [
    {
      field: 'text',
      holds: (data) => typeof data.text !== 'string' || sloganLength(data.text) <= SLOGAN_MAX_CHARACTERS,
      message: (data) => {
        const length = sloganLength(String(data.text));
        return `标语共 ${length} 个字，超过 ${SLOGAN_MAX_CHARACTERS} 个字，横幅上的字会太小，请删减 ${length - SLOGAN_MAX_CHARACTERS} 个字，或拆成两条标语。`;
      },
    },
    {
      field: 'text',
      holds: (data) => typeof data.text !== 'string' || !/[。，！；、,.!;]/.test(data.text),
      message: '标语中不要用标点符号，词组之间用空格隔开，例如“勤洗手 戴口罩 常通风”。',
    },
  ],
  listView: {
    summary: '{{text}}（{{topic}}）· {{approved}}',
    sortableFields: ['approved', 'published', 'text'],
    groupBy: ['topic'],
  },
});

import { boolean, date, list, string, text } from '../fields';

/** Fields every article-like entry has: what a reader needs to trust it, and the draft switch. */
export const entryFields = [
  string('title', '标题', { maxLength: 60, hint: '不超过 60 字。' }),
  text('summary', '摘要', { maxLength: 160, hint: '一到两句话，不超过 160 字，显示在列表和分享卡片中。' }),
  date('published', '发布日期'),
  date('updated', '更新日期', { required: false, hint: '内容有实质修改时填写。' }),
  string('source', '来源', { hint: '信息的出处，例如“太原市卫生健康委员会”。' }),
  string('editor', '责任编辑'),
  list('tags', '标签', { required: false, maxItems: 8, maxItemLength: 12, hint: '读者可能搜索的词，最多 8 个。' }),
  boolean('draft', '草稿（不公开发布）', { hint: '勾选后只在本地预览中出现，不会发布到网站。' }),
] as const;

/** Marks entries about fictional sample people or places, shown with a “示例” badge. */
export const sampleField = boolean('sample', '示例内容（虚构）', {
  hint: '示例数据中的人物、单位和地址均为虚构，页面上会标注“示例”。',
});

/**
 * Other words readers use for what an entry is about (新冠 for 新型冠状病毒, 上坟 for 扫墓): the
 * search finds the entry by them (src/data/search-fields.ts). Words every page should share go in
 * the site-wide list instead (网站设置 → 搜索同义词).
 */
export const synonymsField = list('synonyms', '同义词', {
  required: false,
  maxItems: 12,
  maxItemLength: 12,
  hint: '同一事物的其他说法，读者搜索这些词也能找到本文，例如“新冠”与“新型冠状病毒”。',
});

import { boolean, date, file, list, object, string, text } from '../fields';

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
 * search finds the entry by them (src/search/build/fields.ts). Words every page should share go in
 * the site-wide list instead (网站设置 → 搜索同义词).
 */
export const synonymsField = list('synonyms', '同义词', {
  required: false,
  maxItems: 12,
  maxItemLength: 12,
  hint: '同一事物的其他说法，读者搜索这些词也能找到本文，例如“新冠”与“新型冠状病毒”。',
});

/**
 * A video shown on the entry's page with the browser's own player (src/components/EntryVideo.astro,
 * the same rendering as the MDX 视频 block): the file, WebVTT captions (required: a video without
 * captions shuts out deaf readers and anyone reading with the sound off), a poster frame and an
 * optional transcript; without one, the page shows the captions' text as the 文字稿.
 */
export const videoField = object(
  'video',
  '视频',
  [
    string('title', '视频标题', { maxLength: 60, hint: '视频说的是什么，读屏软件会读出，也显示在视频下方。' }),
    file('src', '视频文件', 'video', { hint: '压缩为网页用的 MP4（H.264）或 WebM。' }),
    file('captions', '字幕文件', 'captions', { hint: '必填：中文字幕，WebVTT 格式（.vtt）。' }),
    file('poster', '封面图片', 'poster', { hint: '播放前显示的画面。' }),
    text('transcript', '文字稿', {
      required: false,
      maxLength: 5000,
      hint: '视频中说的话和画面上的文字。不填时，页面显示字幕的文字。',
    }),
  ],
  { required: false, hint: '可选：在正文后播放一段视频。视频、字幕和封面都要先上传到媒体库。' },
);

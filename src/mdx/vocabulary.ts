/**
 * The vocabulary of MDX components editors may use in articles: one declaration per component,
 * read by the content check (src/mdx/check.ts), the renderer (src/mdx/components.ts) and the CMS's
 * editor components (admin/editor-components.ts). A component or attribute not declared here is
 * refused before anything compiles.
 */

/** How an attribute's value is written and checked. Every value is a plain quoted string. */
export type AttributeType =
  /** Any text (no braces). */
  | 'text'
  /** One of `options`. */
  | 'select'
  /** A telephone number: digits, optionally split by hyphens (12345, 0351-1234567). */
  | 'phone'
  /** The file name of a poster entry in content/posters (without .md). */
  | 'poster'
  /** An image file name in content/media. */
  | 'image'
  /** A video file name (.mp4 or .webm) in content/media. */
  | 'video'
  /** A WebVTT captions file name (.vtt) in content/media. */
  | 'captions';

export interface AttributeDeclaration {
  /** The name as written in MDX (Chinese). */
  readonly name: string;
  /** Label of the CMS form field. */
  readonly label: string;
  readonly type: AttributeType;
  readonly required: boolean;
  readonly options?: readonly string[];
  /** Shown under the CMS form field. */
  readonly hint?: string;
}

export interface ComponentDeclaration {
  /** The tag as written in MDX, e.g. 提示. */
  readonly name: string;
  /** Label in the CMS's “insert” menu. */
  readonly label: string;
  /** What the block is for (docs and CMS description). */
  readonly purpose: string;
  readonly attributes: readonly AttributeDeclaration[];
  /**
   * `markdown`: the element wraps Markdown text (and may wrap other blocks of the vocabulary);
   * `none`: written self-closing, e.g. <热线 … />; `items`: wraps only the listed child component.
   */
  readonly children: 'markdown' | 'none' | { readonly items: string };
  /** Only allowed directly inside this component. */
  readonly onlyInside?: string;
  /** A short example as an editor writes it. */
  readonly example: string;
}

export const CALLOUT_LEVELS = ['提示', '注意', '紧急'] as const;

export const vocabulary = [
  {
    name: '提示',
    label: '提示框',
    purpose:
      '把一段要特别提醒读者的话框出来。级别：“提示”（一般提醒）、“注意”（容易出错的地方）、“紧急”（立即就医、立即报告等）。',
    attributes: [
      {
        name: '级别',
        label: '级别',
        type: 'select',
        required: false,
        options: CALLOUT_LEVELS,
        hint: '不填即为“提示”。',
      },
      { name: '标题', label: '标题', type: 'text', required: false, hint: '可不填，默认显示级别。' },
    ],
    children: 'markdown',
    example: '<提示 级别="注意">\n没有肥皂时，可以用含酒精的免洗洗手液代替。\n</提示>',
  },
  {
    name: '步骤',
    label: '步骤',
    purpose: '按顺序做的几步，例如七步洗手法。里面写一个编号列表（1. 2. 3. …），每一步一项。',
    attributes: [{ name: '标题', label: '标题', type: 'text', required: false, hint: '例如“七步洗手法”。' }],
    children: 'markdown',
    example:
      '<步骤 标题="正确佩戴口罩">\n1. 洗净双手。\n2. 分清口罩内外、上下。\n3. 压紧鼻夹，拉开褶皱盖住口鼻。\n</步骤>',
  },
  {
    name: '热线',
    label: '热线电话',
    purpose: '一张热线卡片：名称、号码（读者在手机上点一下就能拨打）和服务时间。只填官方公开电话。',
    attributes: [
      { name: '名称', label: '名称', type: 'text', required: true, hint: '例如“太原市疫情防控咨询热线”。' },
      { name: '号码', label: '号码', type: 'phone', required: true, hint: '只写数字和“-”，例如 0351-12345。' },
      { name: '时间', label: '服务时间', type: 'text', required: false, hint: '例如“每天 8:00—20:00”或“24 小时”。' },
    ],
    children: 'none',
    example: '<热线 名称="市民服务热线" 号码="12345" 时间="24 小时" />',
  },
  {
    name: '海报',
    label: '海报',
    purpose: '在文章中放一张本站的宣传海报：预览图、A4 PDF 下载和海报页面的链接。填写海报的文件名（不含 .md）。',
    attributes: [
      { name: '编号', label: '海报编号', type: 'poster', required: true, hint: '海报文件名，例如 wear-masks。' },
    ],
    children: 'none',
    example: '<海报 编号="wear-masks" />',
  },
  {
    name: '问答',
    label: '问答',
    purpose: '一组常见问题和回答。每个问题写成一个“问”，搜索时问题会优先被找到。',
    attributes: [{ name: '标题', label: '标题', type: 'text', required: false, hint: '例如“常见问题”。' }],
    children: { items: '问' },
    example: '<问答 标题="常见问题">\n<问 题="口罩能重复使用吗？">\n一次性医用口罩不建议重复使用。\n</问>\n</问答>',
  },
  {
    name: '问',
    label: '问题',
    purpose: '“问答”中的一个问题；里面写回答。只能放在“问答”里。',
    attributes: [{ name: '题', label: '问题', type: 'text', required: true }],
    children: 'markdown',
    onlyInside: '问答',
    example: '<问 题="口罩能重复使用吗？">\n一次性医用口罩不建议重复使用。\n</问>',
  },
  {
    name: '视频',
    label: '视频',
    purpose: '播放上传到网站的视频（不使用外站播放器），必须带字幕文件（.vtt）和封面图片。',
    attributes: [
      { name: '文件', label: '视频文件', type: 'video', required: true, hint: '上传到媒体库的 .mp4 或 .webm 文件名。' },
      {
        name: '字幕',
        label: '字幕文件',
        type: 'captions',
        required: true,
        hint: '上传到媒体库的 WebVTT 字幕（.vtt）文件名。',
      },
      { name: '封面', label: '封面图片', type: 'image', required: true, hint: '播放前显示的图片文件名。' },
      { name: '标题', label: '标题', type: 'text', required: true, hint: '视频说的是什么，读屏软件会读出。' },
    ],
    children: 'none',
    example:
      '<视频 文件="hand-washing-steps.webm" 字幕="hand-washing-steps.vtt" 封面="hand-washing-steps.jpg" 标题="七步洗手法演示" />',
  },
  {
    name: '图组',
    label: '图组',
    purpose: '几张相关的图片排在一起，每张有说明文字和替代文本（给看不见图片的读者）。',
    attributes: [{ name: '说明', label: '总说明', type: 'text', required: false }],
    children: { items: '图' },
    example:
      '<图组 说明="社区消杀现场">\n<图 图片="story-volunteers.jpg" 替代文本="志愿者在小区门口登记" 说明="志愿者登记" />\n</图组>',
  },
  {
    name: '图',
    label: '图片',
    purpose: '“图组”中的一张图片。只能放在“图组”里。',
    attributes: [
      { name: '图片', label: '图片', type: 'image', required: true, hint: '媒体库中的图片文件名。' },
      {
        name: '替代文本',
        label: '替代文本',
        type: 'text',
        required: true,
        hint: '用一句话描述图片内容，给看不见图片的读者。',
      },
      { name: '说明', label: '说明', type: 'text', required: false },
    ],
    children: 'none',
    onlyInside: '图组',
    example: '<图 图片="story-volunteers.jpg" 替代文本="志愿者在小区门口登记" 说明="志愿者登记" />',
  },
] as const satisfies readonly ComponentDeclaration[];

export type ComponentName = (typeof vocabulary)[number]['name'];

export const componentNamed = (name: string): ComponentDeclaration | undefined =>
  (vocabulary as readonly ComponentDeclaration[]).find((component) => component.name === name);

/** A telephone number as the 热线 card accepts it. */
export const PHONE_PATTERN = /^\d{3,5}(-\d{3,8}){0,2}$/;
export const VIDEO_PATTERN = /^[\w.-]+\.(mp4|webm)$/i;
export const CAPTIONS_PATTERN = /^[\w.-]+\.vtt$/i;
export const IMAGE_PATTERN = /^[\w.-]+\.(jpe?g|png|webp|gif|avif)$/i;

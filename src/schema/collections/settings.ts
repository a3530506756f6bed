import { REPORTING_AREAS } from '../../config/taxonomy';
import { defineCollectionDeclaration } from '../collection';
import { boolean, list, number, object, objectList, select, string, text } from '../fields';

/** Site settings: one file, `content/settings/site.yml`, edited in the CMS like any entry. */
export const settings = defineCollectionDeclaration({
  name: 'settings',
  label: '网站设置',
  labelSingular: '网站设置',
  description: '网站名称、主办单位、联系方式、备案信息、紧急通知横幅等。',
  format: 'yml',
  singleton: { id: 'site' },
  fields: [
    string('siteName', '网站名称', { maxLength: 30 }),
    string('shortName', '简称', { maxLength: 12 }),
    text('description', '网站简介', { maxLength: 160 }),
    string('siteUrl', '网站地址', {
      pattern: [/^https:\/\/[^/\s]+$/, '应为 https:// 开头、不带结尾斜杠的域名，例如 https://wenming.taiyuan.example'],
    }),
    string('organizer', '主办单位'),
    string('city', '城市', {
      required: false,
      maxLength: 10,
      hint: '地图导航在哪个城市里查找地址，例如“太原”。不填时为“太原”。',
    }),
    objectList(
      'districts',
      '所辖县（市、区）',
      [
        string('name', '名称', { maxLength: 12, hint: '例如“小店区”。' }),
        string('slug', '网址名', {
          pattern: [/^[a-z][a-z0-9-]*$/, '应为小写拼音字母、数字和连字符，例如 xiaodian。'],
          hint: '该县（市、区）页面网址的一部分，用小写拼音，例如 xiaodian。',
        }),
      ],
      'name',
      {
        hint: '本市的县（市、区），按显示顺序。各栏目的“县（市、区）”选项、按县区浏览的页面和报送统计都来自这里；修改后重新构建网站生效。',
      },
    ),
    object('contact', '联系方式', [
      string('department', '联系部门'),
      string('phone', '电话'),
      string('email', '电子邮箱', { pattern: [/^[^@\s]+@[^@\s]+\.[^@\s]+$/, '不是有效的电子邮箱地址。'] }),
      string('address', '地址', { required: false }),
    ]),
    object('reporting', '信息报送', [
      number('deadlineDay', '每月截止日', {
        min: 1,
        max: 28,
        hint: '各县（市、区）和各单位每月几日前报送当月工作情况（文字和图片），例如 25 表示“每月 25 日前报送当月工作”。',
      }),
      objectList(
        'units',
        '报送单位',
        [string('name', '单位名称', { maxLength: 40 }), select('district', '所属县（市、区）', REPORTING_AREAS)],
        'name',
        {
          hint: '应当报送工作动态的单位：各县（市、区）文明办和市直有关部门（所属填“市直”）。工作动态的“报送单位”必须是这里的名称；“工作动态统计”页按月列出哪些单位已报送、哪些未报送。',
        },
      ),
    ]),
    string('icp', 'ICP备案号'),
    string('police', '公安备案号'),
    string('siteCode', '网站标识码', { pattern: [/^[0-9A-Za-z]{10}$/, '应为 10 位数字或字母。'] }),
    string('smsSignature', '短信签名', { pattern: [/^【[^【】]{2,12}】$/, '应写成“【太原市文明办】”的形式。'] }),
    objectList('hotlines', '公开热线', [string('name', '名称'), string('number', '号码')], 'name', {
      hint: '官方公开的服务电话。内容检查不会把这些号码当作个人信息。',
    }),
    objectList(
      'sourceSites',
      '来源单位网站',
      [
        string('name', '单位名称', { hint: '与文章“来源”一栏写法完全相同，例如“太原市卫生健康委员会”。' }),
        string('url', '网址', { pattern: [/^https?:\/\/\S+$/, '应为 https:// 开头的网址。'] }),
      ],
      'name',
      { required: false, hint: '文章“来源”是这些单位时，页面上的来源会链接到其网站。' },
    ),
    number('pageSize', '每页条目数', { min: 4, max: 50 }),
    list('searchSynonyms', '搜索同义词', {
      required: false,
      maxItems: 300,
      maxItemLength: 60,
      hint: '每行一组说法相同的词，用空格或顿号隔开，例如“上坟 扫墓 祭扫 烧纸”。网页上有其中一个词，读者搜索同组的任何一个词都能找到它。修改后重新构建网站生效。',
    }),
    object('banner', '紧急通知横幅', [
      boolean('enabled', '显示横幅'),
      select('level', '级别', ['info', 'warning', 'urgent'], { optionLabels: ['提示', '注意', '紧急'] }),
      text('text', '横幅文字', { maxLength: 120 }),
      string('link', '链接', { required: false, hint: '站内路径（如 /notices/…/）或 https:// 地址。' }),
    ]),
  ],
  rules: [
    {
      field: 'reporting',
      holds: (data) => repeatedUnits(data).length === 0,
      message: (data) =>
        `“信息报送 → 报送单位”中${repeatedUnits(data)
          .map((name) => `“${name}”`)
          .join('、')}登记了不止一次，请删去重复的一行。`,
    },
  ],
  listView: { summary: '{{siteName}}', sortableFields: [] },
});

/** Unit names listed more than once under 信息报送 → 报送单位. */
function repeatedUnits(data: {
  readonly reporting?: { readonly units?: readonly { readonly name: string }[] };
}): string[] {
  const names = (data.reporting?.units ?? []).map((unit) => unit.name);
  return [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
}

import type { CollectionDeclaration } from '../schema/collection';
import * as declared from '../schema/collections';

/** A top-level section of the site (栏目), backed by one collection and served under `/<name>/`. */
export interface Section {
  readonly collection: SectionCollection;
  readonly label: string;
  /** One line under the section heading, for readers (the declaration's description is for editors). */
  readonly intro: string;
}

export type SectionCollection =
  | 'guides'
  | 'knowledge'
  | 'customs'
  | 'stories'
  | 'notices'
  | 'updates'
  | 'posters'
  | 'broadcasts'
  | 'sms'
  | 'slogans'
  | 'centers'
  | 'clinics'
  | 'campaigns';
/** Sections whose entries are articles with a Markdown body, a summary and a page each. */
export type ArticleCollection =
  'guides' | 'knowledge' | 'customs' | 'stories' | 'notices' | 'updates' | 'posters' | 'broadcasts' | 'campaigns';

const section = (declaration: CollectionDeclaration & { name: SectionCollection }, intro: string): Section => ({
  collection: declaration.name,
  label: declaration.label,
  intro,
});

/** The sections in menu order. */
export const SECTIONS: readonly Section[] = [
  section(declared.guides, '遇到发热、隔离、办红白事等情况，一步一步告诉您怎么办、去哪里、打什么电话。'),
  section(declared.knowledge, '防止疫情扩散、做好个人防护的科学知识，由卫生健康部门定期审核。'),
  section(declared.customs, '红事缓办、白事简办、分餐公筷、文明上网、邻里互助：文明健康的生活方式。'),
  section(declared.stories, '医务人员、社区干部、公安干警、志愿者和身边群众的抗疫先进事迹。'),
  section(declared.notices, '市文明委、市文明办发布的通知、实施方案和倡议书。'),
  section(declared.updates, '各县（市、区）开展精神文明教育的工作动态和信息反馈。'),
  section(
    declared.campaigns,
    '文明城市、文明单位、文明村镇、文明社区、文明校园、文明家庭在疫情防控中带头示范，工作情况纳入创建测评。',
  ),
  section(declared.posters, '可下载打印的防疫和文明宣传海报，适合学校、社区、农村和单位张贴。'),
  section(
    declared.broadcasts,
    '供村、社区、单位用大喇叭播读的广播稿、顺口溜和快板，标明字数和播读时长，可下载文本和大字版 PDF。',
  ),
  section(declared.sms, '市文明办审核的防疫和文明公益短信，可复制转发。'),
  section(declared.slogans, '市文明办审核的防疫和文明标语，可下载横幅和墙体标语文件，加上本单位名称。'),
  section(declared.centers, '各县（市、区）新时代文明实践中心、所、站的地址、服务和电话。'),
  section(declared.clinics, '发热门诊和就医点的地址、接诊时间和电话，可一键拨打、导航。'),
];

export const ARTICLE_COLLECTIONS = [
  'guides',
  'knowledge',
  'customs',
  'stories',
  'notices',
  'updates',
  'posters',
  'broadcasts',
  'campaigns',
] as const satisfies readonly ArticleCollection[];

export function sectionOf(collection: SectionCollection): Section {
  const found = SECTIONS.find((candidate) => candidate.collection === collection);
  if (!found) throw new Error(`Unknown section: ${collection}`);
  return found;
}

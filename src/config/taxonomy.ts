/**
 * The controlled vocabularies of the site. Every list that an editor picks from lives here, once:
 * the content schemas, the CMS select widgets, the listing pages and the URL slugs all read it.
 * A city's own districts come from its settings (src/config/city-settings.ts), not from here.
 */
import { DISTRICTS } from './city-settings';

/** A choice with a Chinese name (stored in content, shown to readers) and an ASCII slug (URLs). */
export interface Term {
  readonly name: string;
  readonly slug: string;
}

/** The city's counties and districts, from its settings (`districts` in settings/site.yml): Taiyuan's in content/. */
export { DISTRICTS };

/** Where a city-level unit (市卫健委, 市教育局, 团市委…) reports from, in place of a county or district. */
export const CITY_LEVEL = '市直';

/** Who a report (工作动态) can come from: a county or district, or a city-level unit (市直). */
export const REPORTING_AREAS = [...names(DISTRICTS), CITY_LEVEL] as const;

/** Frontline groups the plan (part 2, section 3) asks the city to find and publicise. */
export const STORY_CATEGORIES = [
  { name: '医务卫生工作者', slug: 'medical' },
  { name: '乡镇(村、社区)干部', slug: 'cadres' },
  { name: '公安干警', slug: 'police' },
  { name: '基层干部群众', slug: 'grassroots' },
  { name: '志愿者', slug: 'volunteers' },
] as const satisfies readonly Term[];

/** Honours that frontline exemplars are recommended for first (plan, part 2, section 3). */
export const HONOURS = ['道德模范', '中国好人', '文明家庭', '最美志愿者', '美德少年', '身边好人'] as const;

export const KNOWLEDGE_TOPICS = [
  { name: '个人防护', slug: 'protection' },
  { name: '居家', slug: 'home' },
  { name: '出行', slug: 'travel' },
  { name: '公共场所', slug: 'public-places' },
  { name: '心理健康', slug: 'mental-health' },
  { name: '健康生活', slug: 'healthy-living' },
  { name: '生态文明', slug: 'ecology' },
  { name: '文明上网', slug: 'online' },
  { name: '关心关爱', slug: 'care' },
] as const satisfies readonly Term[];

/** Who a knowledge article is written for. */
export const READER_GROUPS = [
  '全体市民',
  '老年人',
  '儿童青少年',
  '学生家长',
  '上班族',
  '农村居民',
  '隔离人员及家属',
] as const;

export const CUSTOMS_THEMES = [
  { name: '婚事新办', slug: 'weddings' },
  { name: '丧事简办', slug: 'funerals' },
  { name: '文明祭祀', slug: 'rites' },
  { name: '分餐公筷', slug: 'dining' },
  { name: '文明上网', slug: 'online' },
  { name: '邻里互助', slug: 'neighbours' },
] as const satisfies readonly Term[];

export const NOTICE_KINDS = ['通知', '实施方案', '倡议书', '公告'] as const;

/** Whether a notice is still in force: 有效, 已废止 (repealed by its issuer) or 已失效 (lapsed). */
export const NOTICE_VALIDITY = ['有效', '已废止', '已失效'] as const;

export const POSTER_AUDIENCES = [
  { name: '学校', slug: 'schools' },
  { name: '社区', slug: 'communities' },
  { name: '农村', slug: 'villages' },
  { name: '单位', slug: 'workplaces' },
  { name: '公共场所', slug: 'public-places' },
] as const satisfies readonly Term[];

/** Poster colour themes; the values are the names of the palettes in the poster renderer. */
export const POSTER_THEMES = [
  { name: '中国红', slug: 'red' },
  { name: '医疗蓝', slug: 'blue' },
  { name: '生态绿', slug: 'green' },
  { name: '暖阳橙', slug: 'orange' },
] as const satisfies readonly Term[];

export const SMS_TOPICS = ['疫情防护', '文明健康', '移风易俗', '心理关爱', '志愿服务', '防范谣言'] as const;

/** Topics of slogans (标语) for banners and walls; slugs name the topic's heading on /slogans/. */
export const SLOGAN_TOPIC_TERMS = [
  { name: '疫情防护', slug: 'protection' },
  { name: '文明健康', slug: 'healthy-living' },
  { name: '移风易俗', slug: 'customs' },
  { name: '文明上网', slug: 'online' },
  { name: '关心关爱', slug: 'care' },
  { name: '众志成城', slug: 'solidarity' },
] as const satisfies readonly Term[];

/**
 * Kinds of loudspeaker script (广播稿 collection): each is read at its own pace (src/lib/broadcast-length.ts).
 * 广播稿 is plain prose, 顺口溜 and 快板 rhymed lines, 倡议 an appeal to the listeners.
 */
export const BROADCAST_KINDS = [
  { name: '广播稿', slug: 'guangbo' },
  { name: '顺口溜', slug: 'shunkouliu' },
  { name: '快板', slug: 'kuaiban' },
  { name: '倡议', slug: 'changyi' },
] as const satisfies readonly Term[];

/** Where a loudspeaker script is meant to be played: a village's 大喇叭, a community's, a workplace's. */
export const BROADCAST_AUDIENCES = [
  { name: '村', slug: 'villages' },
  { name: '社区', slug: 'communities' },
  { name: '单位', slug: 'workplaces' },
] as const satisfies readonly Term[];

/** A script's topic: the same themes of the plan as the public-service SMS texts. */
export const BROADCAST_TOPICS = SMS_TOPICS;

/** Practice centers: 中心 at county level, 所 in townships and streets, 站 in villages and communities. */
export const CENTER_LEVEL_TERMS = [
  { name: '中心', slug: 'zhongxin' },
  { name: '所', slug: 'suo' },
  { name: '站', slug: 'zhan' },
] as const satisfies readonly Term[];
export const CENTER_LEVELS = names(CENTER_LEVEL_TERMS);

/** Service platforms the plan names for practice centers (part 2, section 1, item 2) and a few more. */
export const CENTER_SERVICE_TERMS = [
  { name: '医疗健身', slug: 'health' },
  { name: '卫生环保', slug: 'environment' },
  { name: '科学普及', slug: 'science' },
  { name: '扶贫帮困', slug: 'assistance' },
  { name: '移风易俗', slug: 'customs' },
  { name: '理论宣讲', slug: 'lectures' },
  { name: '志愿服务', slug: 'volunteering' },
  { name: '文化文艺', slug: 'culture' },
] as const satisfies readonly Term[];
export const CENTER_SERVICES = names(CENTER_SERVICE_TERMS);

/**
 * The mass civilization-creation campaigns (群众性精神文明创建) the plan names (part 2, section 4), in its
 * order: their epidemic work counts in the creation assessment (测评体系).
 */
export const CAMPAIGN_KINDS = [
  { name: '文明城市', slug: 'city' },
  { name: '文明单位', slug: 'workplaces' },
  { name: '文明村镇', slug: 'villages' },
  { name: '文明社区', slug: 'communities' },
  { name: '文明校园', slug: 'schools' },
  { name: '文明家庭', slug: 'families' },
] as const satisfies readonly Term[];
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number]['name'];

/** The Chinese names of a term list, as a tuple for zod enums and CMS select options. */
export function names<const T extends readonly Term[]>(terms: T): { [K in keyof T]: T[K]['name'] } {
  return terms.map((term) => term.name) as { [K in keyof T]: T[K]['name'] };
}

/** The term with this Chinese name, or undefined. */
export function termByName<T extends Term>(terms: readonly T[], name: string): T | undefined {
  return terms.find((term) => term.name === name);
}

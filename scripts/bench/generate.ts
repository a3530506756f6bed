import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CUSTOMS_THEMES,
  DISTRICTS,
  HONOURS,
  KNOWLEDGE_TOPICS,
  NOTICE_KINDS,
  POSTER_AUDIENCES,
  POSTER_THEMES,
  READER_GROUPS,
  SMS_TOPICS,
  STORY_CATEGORIES,
  CENTER_LEVELS,
  CENTER_SERVICES,
} from '../../src/config/taxonomy';

/**
 * Generates realistic Chinese entries for the benchmark into a copy of the project. Every value of
 * a pick-list comes from src/config/taxonomy.ts, so the entries pass the schemas and the content
 * check; the text has headings, lists and paragraphs of plausible prose, and never a phone or ID
 * number (the content check rejects those). Nothing here names a real person.
 */

/** Share of the entries each collection gets (posters are counted separately: they render PDFs). */
const SHARES = {
  knowledge: 0.2,
  stories: 0.18,
  customs: 0.1,
  notices: 0.05,
  updates: 0.35,
  sms: 0.08,
  centers: 0.04,
} as const;
/** Share of stories, updates and knowledge articles that carry a photo (each its own upload). */
export const IMAGE_SHARE = 0.12;

/** A small deterministic random number generator, so two runs generate the same site. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(next() * (max - min + 1));
    return [...new Set(Array.from({ length: count }, () => pick(items)))];
  };
  return { next, pick, some };
}

const PLACES = [
  '社区',
  '街道',
  '村委会',
  '学校',
  '农贸市场',
  '公交站',
  '医院门诊',
  '商场',
  '小区门口',
  '文化广场',
  '图书馆',
  '养老院',
];
const PEOPLE = [
  '志愿者',
  '社区工作者',
  '网格员',
  '医务人员',
  '村干部',
  '民警',
  '退休教师',
  '党员先锋队',
  '青年突击队',
  '居民代表',
];
const ACTIONS = [
  '开展防疫知识宣传',
  '张贴宣传海报',
  '入户发放明白纸',
  '用大喇叭循环播放防控提示',
  '组织开窗通风和环境消毒',
  '倡导分餐制和使用公筷',
  '劝导红事缓办、白事简办',
  '引导居民文明上网、不信谣不传谣',
  '为独居老人代购生活用品',
  '开展心理疏导和关心关爱',
  '清理卫生死角',
  '宣传不食野味、保护野生动物',
];
const RESULTS = [
  '居民的防护意识明显增强',
  '群众纷纷点赞',
  '文明健康的生活方式逐渐养成',
  '邻里之间更加互帮互助',
  '防控工作有序推进',
  '移风易俗蔚然成风',
];
const TAGS = [
  '疫情防护',
  '文明健康',
  '勤洗手',
  '戴口罩',
  '开窗通风',
  '分餐制',
  '公筷',
  '文明上网',
  '志愿服务',
  '移风易俗',
  '红白理事会',
  '心理健康',
  '社区防控',
  '宣传栏',
  '新时代文明实践',
  '卫生死角',
  '生态文明',
  '文明餐桌',
  '邻里互助',
  '关爱老人',
];
const UNITS = [
  '某街道办事处（示例）',
  '某社区居委会（示例）',
  '某镇人民政府（示例）',
  '某中学（示例）',
  '某医院（示例）',
  '某派出所（示例）',
  '某志愿服务队（示例）',
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];

type Rng = ReturnType<typeof random>;

const sentence = (rng: Rng, district: string) =>
  `${district}${rng.pick(PLACES)}的${rng.pick(PEOPLE)}${rng.pick(ACTIONS)}，${rng.pick(ACTIONS)}，${rng.pick(RESULTS)}。`;

const paragraph = (rng: Rng, district: string, sentences = 3) =>
  Array.from({ length: sentences }, () => sentence(rng, district)).join('');

/** A body of about 1,000–1,500 characters: paragraphs, two or three headings, a list. */
function body(rng: Rng, district: string): string {
  const parts = [paragraph(rng, district, 3)];
  const headings = ['主要做法', '工作成效', '群众反响', '下一步打算', '温馨提示'];
  for (const heading of rng.some(headings, 2, 3)) {
    parts.push(`## ${heading}`, paragraph(rng, district, 3));
    if (rng.next() < 0.6)
      parts.push(Array.from({ length: 3 + Math.floor(rng.next() * 3) }, () => `- ${rng.pick(ACTIONS)}；`).join('\n'));
  }
  return parts.join('\n\n');
}

const day = (rng: Rng, fromYear = 2020, toYear = 2025) => {
  const year = fromYear + Math.floor(rng.next() * (toYear - fromYear + 1));
  const month = 1 + Math.floor(rng.next() * 12);
  const date = 1 + Math.floor(rng.next() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
};

const list = (items: readonly string[]) => `[${items.join(', ')}]`;

/** Front matter as the CMS writes it (YAML), with strings quoted only where YAML needs it. */
const yaml = (fields: Record<string, string | undefined>) =>
  Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');

const common = (rng: Rng, title: string, summary: string, published: string) => ({
  title,
  summary,
  published,
  source: rng.pick(['太原市文明办', '太原市卫生健康委员会', ...DISTRICTS.map((d) => `${d.name}文明办`)]),
  editor: '市文明办综合科',
  tags: list(rng.some(TAGS, 2, 5)),
  draft: 'false',
});

export interface GeneratedSite {
  readonly counts: Record<string, number>;
  readonly images: number;
  /** A generated entry to edit in the rebuild mode (relative to the project). */
  readonly editable: string;
  /** Site paths of the generated article pages, e.g. `/knowledge/bench-knowledge-0/`. */
  readonly pages: readonly string[];
}

/** Writes `total` entries (posters included) into `<root>/content/`. */
export function generateEntries(root: string, total: number, seed = 9): GeneratedSite {
  const rng = random(seed);
  const content = join(root, 'content');
  const mediaSources = readdirSync(join(content, 'media')).filter((name) => name.endsWith('.jpg'));
  const posters = Math.min(25, Math.max(3, Math.round(total * 0.005)));
  const rest = total - posters;
  const counts: Record<string, number> = { posters };
  let assigned = 0;
  for (const [collection, share] of Object.entries(SHARES)) {
    counts[collection] = Math.floor(rest * share);
    assigned += counts[collection];
  }
  counts.updates! += rest - assigned;

  let images = 0;
  const image = (id: string) => {
    const name = `bench-${id}.jpg`;
    copyFileSync(join(content, 'media', mediaSources[images % mediaSources.length]!), join(content, 'media', name));
    images++;
    return `{ src: ../media/${name}, alt: 扁平插图：${rng.pick(PLACES)}里${rng.pick(PEOPLE)}正在${rng.pick(ACTIONS)} }`;
  };
  const pages: string[] = [];
  const write = (collection: string, id: string, text: string) => {
    if (collection !== 'sms' && collection !== 'centers') pages.push(`/${collection}/${id}/`);
    mkdirSync(join(content, collection), { recursive: true });
    writeFileSync(
      join(content, collection, `${id}.${collection === 'sms' || collection === 'centers' ? 'yml' : 'md'}`),
      text,
    );
  };
  const md = (fields: Record<string, string | undefined>, text: string) => `---\n${yaml(fields)}\n---\n\n${text}\n`;

  const knowledgeIds: string[] = [];
  for (let i = 0; i < counts.knowledge!; i++) {
    const id = `bench-knowledge-${i}`;
    knowledgeIds.push(id);
    const topic = rng.pick(KNOWLEDGE_TOPICS).name;
    const reviewed = day(rng, 2025, 2025);
    write(
      'knowledge',
      id,
      md(
        {
          ...common(
            rng,
            `${topic}小知识：${rng.pick(ACTIONS)}（第${i + 1}期）`,
            `关于${topic}的实用提示：${rng.pick(ACTIONS)}，${rng.pick(RESULTS)}。`,
            day(rng),
          ),
          topic,
          audience: list(rng.some(READER_GROUPS, 1, 3)),
          reviewed,
          nextReview: '2099-01-01',
          keywords: list(rng.some(TAGS, 1, 4)),
          cover: rng.next() < IMAGE_SHARE ? image(id) : undefined,
        },
        body(rng, rng.pick(DISTRICTS).name),
      ),
    );
  }
  for (let i = 0; i < counts.stories!; i++) {
    const id = `bench-story-${i}`;
    const district = rng.pick(DISTRICTS).name;
    const person = `${rng.pick(SURNAMES)}某某（示例）`;
    write(
      'stories',
      id,
      md(
        {
          ...common(
            rng,
            `${district}${rng.pick(PEOPLE)}${person}：坚守防控一线`,
            `${person}在${district}${rng.pick(PLACES)}${rng.pick(ACTIONS)}，${rng.pick(RESULTS)}。`,
            day(rng),
          ),
          person,
          subject: '个人',
          category: rng.pick(STORY_CATEGORIES).name,
          district,
          unit: rng.pick(UNITS),
          honours: list(rng.some(HONOURS, 0, 2)),
          sample: 'true',
          photo: rng.next() < IMAGE_SHARE ? image(id) : undefined,
        },
        `> 本文为示例内容，人物和单位均为虚构。\n\n${body(rng, district)}`,
      ),
    );
  }
  for (let i = 0; i < counts.customs!; i++) {
    const id = `bench-custom-${i}`;
    const theme = rng.pick(CUSTOMS_THEMES).name;
    write(
      'customs',
      id,
      md(
        {
          ...common(
            rng,
            `${theme}：${rng.pick(ACTIONS)}（${i + 1}）`,
            `倡导${theme}，${rng.pick(RESULTS)}。`,
            day(rng),
          ),
          theme,
        },
        body(rng, rng.pick(DISTRICTS).name),
      ),
    );
  }
  for (let i = 0; i < counts.notices!; i++) {
    const id = `bench-notice-${i}`;
    const written = day(rng);
    write(
      'notices',
      id,
      md(
        {
          ...common(
            rng,
            `关于${rng.pick(ACTIONS)}的${rng.pick(NOTICE_KINDS)}（${i + 1}）`,
            `请各县（市、区）结合实际${rng.pick(ACTIONS)}。`,
            written,
          ),
          kind: rng.pick(NOTICE_KINDS),
          docNumber: `并文明〔${written.slice(0, 4)}〕${i + 2}号`,
          validity: '有效',
          issuer: '太原市精神文明建设指导委员会办公室',
          written,
        },
        body(rng, '全市'),
      ),
    );
  }
  for (let i = 0; i < counts.updates!; i++) {
    const id = `bench-update-${i}`;
    const district = rng.pick(DISTRICTS).name;
    write(
      'updates',
      id,
      md(
        {
          ...common(
            rng,
            `${district}：${rng.pick(PLACES)}${rng.pick(ACTIONS)}`,
            `${district}${rng.pick(PEOPLE)}${rng.pick(ACTIONS)}，${rng.pick(RESULTS)}。`,
            day(rng),
          ),
          district,
          unit: `${district}文明办`,
          photos: rng.next() < IMAGE_SHARE ? `[${image(id)}]` : undefined,
        },
        body(rng, district),
      ),
    );
  }
  for (let i = 0; i < counts.posters!; i++) {
    const id = `bench-poster-${i}`;
    write(
      'posters',
      id,
      md(
        {
          ...common(rng, `防疫宣传海报（第${i + 1}号）`, `适合张贴在${rng.pick(PLACES)}的防疫宣传海报。`, day(rng)),
          headline: rng.pick(['勤洗手 戴口罩', '开窗通风', '分餐公筷', '文明上网', '不食野味']),
          slogans: list([`防疫有我 文明同行${i + 1}`]),
          points: list(['外出佩戴口罩', '回家先洗手', '常开窗通风', '用餐使用公筷']),
          audience: list(
            rng.some(
              POSTER_AUDIENCES.map((a) => a.name),
              1,
              2,
            ),
          ),
          topic: rng.pick(KNOWLEDGE_TOPICS).name,
          theme: rng.pick(POSTER_THEMES).slug,
          relatedKnowledge: knowledgeIds.length > 0 ? rng.pick(knowledgeIds) : undefined,
        },
        `这张海报适合张贴在${rng.pick(PLACES)}。\n\n${paragraph(rng, '全市', 2)}`,
      ),
    );
  }
  for (let i = 0; i < counts.sms!; i++) {
    const published = day(rng);
    write(
      'sms',
      `bench-sms-${i}`,
      `${yaml({ title: `防疫提示第${i + 1}条`, text: `${rng.pick(ACTIONS)}，人人有责。请勤洗手、常通风、戴口罩。`, topic: rng.pick(SMS_TOPICS), approved: published, published, source: '太原市文明办', editor: '市文明办综合科', draft: 'false' })}\n`,
    );
  }
  for (let i = 0; i < counts.centers!; i++) {
    const district = rng.pick(DISTRICTS).name;
    const level = rng.pick(CENTER_LEVELS);
    write(
      'centers',
      `bench-center-${i}`,
      `${yaml({
        title: `${district}第${i + 1}新时代文明实践${level}（示例）`,
        level,
        district,
        address: `太原市${district}（示例地址）`,
        services: list(rng.some(CENTER_SERVICES, 1, 3)),
        hours: '周一至周五 9:00—17:00',
        description: `面向辖区居民${rng.pick(ACTIONS)}。`,
        published: day(rng),
        source: `${district}文明办`,
        editor: '市文明办综合科',
        sample: 'true',
        draft: 'false',
      })}\n`,
    );
  }
  return { counts, images, pages, editable: `content/knowledge/${knowledgeIds[0] ?? 'hand-washing'}.md` };
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';

/** What a small example city is made of: its settings and a few articles (docs/province.md). */
export interface SampleCity {
  /** Folder under cities/, e.g. datong. */
  readonly id: string;
  /** 大同 */
  readonly name: string;
  readonly siteUrl: string;
  /** Telephone area code, e.g. 0352. */
  readonly areaCode: string;
  readonly districts: readonly { name: string; slug: string }[];
  /** Knowledge articles: title and body; each is written under the city's first district's name. */
  readonly articles: readonly { slug: string; title: string; summary: string; body: string }[];
  /** Frontline stories (先进典型), each in one of the city's districts. */
  readonly stories: readonly { slug: string; title: string; summary: string; body: string; district: string }[];
}

/** Writes `city` as a content folder (the layout of content/) at `<root>/cities/<id>/`; returns that folder. */
export function writeSampleCity(root: string, city: SampleCity): string {
  const folder = join(root, 'cities', city.id);
  const office = `${city.name}市文明办`;
  const phone = `${city.areaCode}-2000000`;
  const settings = {
    siteName: `${city.name}文明网·防疫文明宣传`,
    shortName: `${city.name}文明网`,
    description: `${city.name}市文明办疫情防控精神文明宣传平台（示例）。`,
    siteUrl: city.siteUrl,
    organizer: `${city.name}市精神文明建设指导委员会办公室`,
    city: city.name,
    districts: city.districts,
    contact: {
      department: `${office}综合科`,
      phone,
      email: `wenming@${city.id}.example`,
      address: `山西省${city.name}市`,
    },
    reporting: {
      deadlineDay: 25,
      units: city.districts.map((district) => ({ name: `${district.name}文明办`, district: district.name })),
    },
    icp: '晋ICP备00000000号（示例）',
    police: '晋公网安备14000000000000号（示例）',
    siteCode: '1400000000',
    smsSignature: `【${office}】`,
    hotlines: [
      { name: '政务服务便民热线', number: '12345' },
      { name: `${office}综合科`, number: phone },
    ],
    pageSize: 8,
    banner: { enabled: false, level: 'info', text: '疫情防控知识持续更新。' },
  };
  mkdirSync(join(folder, 'settings'), { recursive: true });
  writeFileSync(
    join(folder, 'settings/site.yml'),
    `# ${city.name}（示例城市）的网站设置：与 content/settings/site.yml 相同的字段。\n${dump(settings, { flowLevel: 3, lineWidth: 200 })}`,
  );
  const frontMatter = (data: Record<string, unknown>) => `---\n${dump(data, { flowLevel: 1, lineWidth: 200 })}---\n`;
  mkdirSync(join(folder, 'knowledge'), { recursive: true });
  for (const article of city.articles) {
    writeFileSync(
      join(folder, 'knowledge', `${article.slug}.md`),
      `${frontMatter({
        title: article.title,
        summary: article.summary,
        published: '2020-02-20',
        source: settings.organizer,
        editor: `${office}综合科`,
        tags: ['疫情防控'],
        draft: false,
        topic: '个人防护',
        audience: ['全体市民'],
        reviewed: '2026-11-01',
        nextReview: '2027-11-01',
      })}\n${article.body}\n`,
    );
  }
  mkdirSync(join(folder, 'stories'), { recursive: true });
  for (const story of city.stories) {
    writeFileSync(
      join(folder, 'stories', `${story.slug}.md`),
      `${frontMatter({
        title: story.title,
        summary: story.summary,
        published: '2020-02-28',
        source: `${story.district}文明办`,
        editor: `${office}综合科`,
        tags: ['志愿服务'],
        draft: false,
        person: '某某（示例）',
        subject: '个人',
        category: '志愿者',
        district: story.district,
        unit: '某社区（示例）',
        sample: true,
      })}\n> 本文为示例内容，人物和单位均为虚构。\n\n${story.body}\n`,
    );
  }
  return folder;
}

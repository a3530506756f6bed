import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../../src/config/taxonomy';
import { isDraft, readCollection } from '../helpers/content';
import { existsInDist, page, textOf } from '../helpers/dist';

/** Who has and has not reported (信息反馈), checked against the content files and the settings. */

const settings = readCollection('settings')[0]!.data as {
  contact: { department: string; phone: string; email: string };
  reporting: { deadlineDay: number; units: { name: string; district: string }[] };
};
const all = readCollection('updates');
const updates = all.filter((entry) => !isDraft(entry));
const monthOf = (entry: (typeof all)[number]) =>
  new Date(entry.data.published as string | Date).toISOString().slice(0, 7);
const pictures = (entry: (typeof all)[number]) => (Array.isArray(entry.data.photos) ? entry.data.photos.length : 0);
/** Today in Beijing, the build's “this month”: the build ran today (the test runs right after it). */
const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);

/** Rows of the status table under the heading with this text: name → [报送情况, 篇数, 带图片] (then 所属 for units). */
function statusRows(html: HTMLElement, heading: string): Map<string, string[]> {
  const id = html.querySelectorAll('main h2, main h3').find((candidate) => textOf(candidate).includes(heading))!.id;
  const table = html.querySelector(`[aria-labelledby="${id}"] table`)!;
  return new Map(
    table.querySelectorAll('tbody tr').map((row) => {
      const cells = row.querySelectorAll('td').map((td) => textOf(td).trim());
      return [textOf(row.querySelector('th')!).trim(), cells];
    }),
  );
}

describe('a month of reporting (/reports/2020-02/)', () => {
  const month = '2020-02';
  const html = page(`/reports/${month}/`);
  const inMonth = updates.filter((entry) => monthOf(entry) === month);

  it('marks every county 已报送 or 未报送 in words, as the content has it', () => {
    const rows = statusRows(html, '各县（市、区）报送情况');
    expect([...rows.keys()]).toEqual(DISTRICTS.map((district) => district.name));
    for (const district of DISTRICTS) {
      const theirs = inMonth.filter((entry) => entry.data.district === district.name);
      expect(rows.get(district.name), district.name).toEqual([
        theirs.length > 0 ? '✓ 已报送' : '✗ 未报送',
        String(theirs.length),
        String(theirs.filter((entry) => pictures(entry) > 0).length),
      ]);
    }
    // 迎泽区 has no sample report at all; 小店区 reported in February 2020.
    expect(rows.get('迎泽区')![0]).toBe('✗ 未报送');
    expect(rows.get('小店区')![0]).toBe('✓ 已报送');
  });

  it('marks every unit listed in the settings, 市直 units included', () => {
    const rows = statusRows(html, '各报送单位报送情况');
    expect([...rows.keys()]).toEqual(settings.reporting.units.map((unit) => unit.name));
    for (const unit of settings.reporting.units) {
      const theirs = inMonth.filter((entry) => entry.data.unit === unit.name);
      expect(rows.get(unit.name), unit.name).toEqual([
        theirs.length > 0 ? '✓ 已报送' : '✗ 未报送',
        String(theirs.length),
        String(theirs.filter((entry) => pictures(entry) > 0).length),
        unit.district,
      ]);
    }
    expect(rows.get('市卫健委')![0]).toBe('✗ 未报送');
  });

  it('names who has not reported in the summary, states the build day and the deadline, and lists the month’s reports', () => {
    const text = textOf(html.querySelector('main')!);
    const missing = DISTRICTS.filter((district) => !inMonth.some((entry) => entry.data.district === district.name)).map(
      (district) => district.name,
    );
    expect(text).toContain(`未报送 ${missing.length} 个（${missing.join('、')}）`);
    expect(html.querySelector(`main time[datetime="${today}"]`), 'the 截至 date is the build day').toBeTruthy();
    expect(text).toContain(`报送截止日期：2020年2月${settings.reporting.deadlineDay}日（已截止）`);
    for (const entry of inMonth)
      expect(html.querySelector(`main a[href="/updates/${entry.id}/"]`), entry.file).toBeTruthy();
  });
});

describe('drafts in the reporting status', () => {
  it('are not counted: 杏花岭区’s only report is a draft, so it has not reported that month', () => {
    const draft = all.find((entry) => isDraft(entry) && entry.data.district === '杏花岭区')!;
    const month = monthOf(draft);
    expect(updates.some((entry) => entry.data.district === '杏花岭区' && monthOf(entry) === month)).toBe(false);
    expect(statusRows(page(`/reports/${month}/`), '各县（市、区）报送情况').get('杏花岭区')![0]).toBe('✗ 未报送');
  });
});

describe('the reporting overview (/reports/)', () => {
  const html = page('/reports/');
  const current = today.slice(0, 7);

  it('shows this month’s status as of the build day', () => {
    const [year, month] = current.split('-').map(Number);
    expect(textOf(html.querySelector('main')!)).toContain(`${year}年${month}月报送情况`);
    expect(html.querySelector(`main time[datetime="${today}"]`)).toBeTruthy();
    expect(statusRows(html, '各县（市、区）报送情况').size).toBe(DISTRICTS.length);
  });

  it('links a page for every month anyone reported in and for the recent months, each of which exists', () => {
    const months = new Set([...updates.map(monthOf), current]);
    for (const month of months) {
      expect(html.querySelector(`main nav a[href="/reports/${month}/"]`), month).toBeTruthy();
      expect(existsInDist(`reports/${month}/index.html`), month).toBe(true);
    }
  });

  it('states the deadline rule and links the guide', () => {
    expect(textOf(html.querySelector('main')!)).toContain(
      `每月 ${settings.reporting.deadlineDay} 日前报送当月工作情况`,
    );
    expect(html.querySelector('main a[href="/reports/guide/"]')).toBeTruthy();
  });
});

describe('the reporting guide (/reports/guide/)', () => {
  const html = page('/reports/guide/');
  const main = html.querySelector('main')!;
  const text = textOf(main);

  it('says who reports, what, how and by when', () => {
    expect(textOf(main.querySelector('h1')!)).toBe('信息报送指南');
    const headings = main.querySelectorAll('h2').map((h2) => textOf(h2).trim());
    expect(headings).toEqual(expect.arrayContaining(['何时报送', '谁报送', '报送什么', '怎样报送', '联系方式']));
    for (const unit of settings.reporting.units) expect(text, unit.name).toContain(unit.name);
    expect(text).toContain(`每月 ${settings.reporting.deadlineDay} 日前报送当月工作情况`);
    expect(text).toMatch(/每张不超过 2 MB/);
    expect(text).toContain('身份证号');
    expect(main.querySelector('a[href="/notices/wenming-2020-1/"]')).toBeTruthy();
  });

  it('gives the 综合科’s telephone and e-mail, and a report e-mail with its subject and template filled in', () => {
    expect(text).toContain(settings.contact.department);
    expect(main.querySelector(`a[href="tel:${settings.contact.phone.replace(/-/g, '')}"]`)).toBeTruthy();
    const mailto = main
      .querySelectorAll('a')
      .find((link) => textOf(link).trim() === '写报送邮件')!
      .getAttribute('href')!;
    const url = new URL(mailto);
    expect(url.pathname).toBe(settings.contact.email);
    expect(url.searchParams.get('subject')).toMatch(/^信息报送：/);
    expect(url.searchParams.get('body')).toContain('报送单位：');
  });

  it('is linked from /reports/, the updates section and the site map', () => {
    for (const path of ['/reports/', '/updates/', '/sitemap/'])
      expect(page(path).querySelector('main a[href="/reports/guide/"]'), path).toBeTruthy();
  });
});

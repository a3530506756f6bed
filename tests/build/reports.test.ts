import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DISTRICTS, REPORTING_AREAS } from '../../src/config/taxonomy';
import { isDraft, readCollection, type ContentFile } from '../helpers/content';
import { existsInDist, page, readDist, textOf } from '../helpers/dist';

const SITE = 'https://wenming.taiyuan.example';
const day = (value: unknown) => new Date(value as string | Date).toISOString().slice(0, 10);
const updates = readCollection('updates').filter((entry) => !isDraft(entry));
const stories = readCollection('stories').filter((entry) => !isDraft(entry));
const centers = readCollection('centers').filter((entry) => !isDraft(entry));
const inDistrict = (entries: ContentFile[], name: string) => entries.filter((entry) => entry.data.district === name);

/** Reports per district and `YYYY-MM`, counted straight from the content files. */
const counted = new Map<string, number>();
for (const update of updates) {
  const key = `${update.data.district} ${day(update.data.published).slice(0, 7)}`;
  counted.set(key, (counted.get(key) ?? 0) + 1);
}
/** `2020年2月` → `2020-02` */
const monthOf = (label: string) =>
  label.replace(/^(\d{4})年(\d{1,2})月$/, (_, year: string, month: string) => `${year}-${month.padStart(2, '0')}`);

describe('reports overview', () => {
  const html = page('/reports/');
  const table = html.querySelector('main table.report-table')!;
  const withPictures = (entries: ContentFile[]) =>
    entries.filter((entry) => Array.isArray(entry.data.photos) && entry.data.photos.length > 0);

  it('has a captioned table with a header for every column and a row for every district and 市直', () => {
    expect(table.querySelector('caption')?.textContent).toBeTruthy();
    expect(table.querySelectorAll('thead th[scope=col]').length).toBeGreaterThanOrEqual(4);
    expect(table.querySelectorAll('tbody th[scope=row]').map((th) => textOf(th).trim())).toEqual([...REPORTING_AREAS]);
  });

  it('counts the published reports of every district in every month as the content does', () => {
    // Columns: 县（市、区）, the months, 合计, 其中带图片.
    const months = table
      .querySelectorAll('thead th')
      .slice(1, -2)
      .map((th) => monthOf(th.textContent.trim()));
    const contentMonths = [...new Set(updates.map((update) => day(update.data.published).slice(0, 7)))].sort();
    expect(months[0]).toBe(contentMonths[0]);
    expect(months.at(-1)).toBe(contentMonths.at(-1));
    const rows = table.querySelectorAll('tbody tr');
    for (const [index, district] of DISTRICTS.entries()) {
      const cells = rows[index]!.querySelectorAll('td').map((td) => Number(td.textContent.trim()));
      expect(textOf(rows[index]!.querySelector('th')!).trim()).toBe(district.name);
      months.forEach((month, column) =>
        expect(cells[column], `${district.name} ${month}`).toBe(counted.get(`${district.name} ${month}`) ?? 0),
      );
      expect(cells.at(-2), `${district.name} total`).toBe(inDistrict(updates, district.name).length);
      expect(cells.at(-1), `${district.name} with pictures`).toBe(
        withPictures(inDistrict(updates, district.name)).length,
      );
    }
    const footer = table.querySelectorAll('tfoot td').map((td) => Number(td.textContent));
    expect(footer.slice(-2)).toEqual([updates.length, withPictures(updates).length]);
  });

  it('counts the reports with pictures apart from those with text only', () => {
    const pictures = withPictures(updates).length;
    expect(pictures).toBeGreaterThan(0);
    expect(textOf(html.querySelector('main')!)).toContain(
      `共报送并发布工作动态 ${updates.length} 篇，其中带图片的 ${pictures} 篇，只有文字的 ${updates.length - pictures} 篇`,
    );
  });

  it('links every district to its page and, where it has reports, to its list of reports', () => {
    const rows = table.querySelectorAll('tbody tr');
    for (const [index, district] of DISTRICTS.entries()) {
      expect(rows[index]!.querySelector('th a')?.getAttribute('href')).toBe(`/districts/${district.slug}/`);
      const reports = rows[index]!.querySelector('td a')?.getAttribute('href');
      if (inDistrict(updates, district.name).length > 0) {
        expect(reports).toBe(`/updates/district/${district.slug}/`);
        expect(existsInDist(`updates/district/${district.slug}/index.html`)).toBe(true);
      } else expect(reports).toBeUndefined();
    }
  });

  it('draws the same counts as an SVG chart, readable without JavaScript or inline styles', () => {
    const svg = html.querySelector('main svg[role=img]')!;
    expect(svg.querySelector('title')?.textContent).toBeTruthy();
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    const totals = svg.querySelectorAll('text.report-chart__value').map((text) => Number(text.textContent));
    expect(totals).toEqual(REPORTING_AREAS.map((area) => inDistrict(updates, area).length));
    expect(svg.querySelectorAll('rect')).toHaveLength(counted.size);
    expect(svg.querySelectorAll('style')).toHaveLength(0);
    expect(svg.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('links the CSV export', () => {
    expect(html.querySelector('main a[href="/reports/updates.csv"]')).toBeTruthy();
  });
});

describe('reports CSV', () => {
  const csv = readDist('reports/updates.csv');
  const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];

  it('is UTF-8 with a byte order mark and the columns the office asked for', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Object.keys(rows[0]!)).toEqual([
      '县（市、区）',
      '报送单位',
      '发布日期',
      '标题',
      '带图片',
      '图片张数',
      '网址',
    ]);
  });

  it('matches the published reports, one row each, with absolute addresses of existing pages', () => {
    expect(rows).toHaveLength(updates.length);
    const byUrl = new Map(rows.map((row) => [row['网址'], row]));
    for (const update of updates) {
      const url = `${SITE}/updates/${update.id}/`;
      expect(byUrl.get(url), update.file).toEqual({
        '县（市、区）': update.data.district,
        报送单位: update.data.unit,
        发布日期: day(update.data.published),
        标题: update.data.title,
        带图片: Array.isArray(update.data.photos) && update.data.photos.length > 0 ? '是' : '否',
        图片张数: String(Array.isArray(update.data.photos) ? update.data.photos.length : 0),
        网址: url,
      });
      expect(existsInDist(`updates/${update.id}/index.html`)).toBe(true);
    }
  });
});

describe('district pages', () => {
  it('exist for every district and bring together its reports, stories and practice centers', () => {
    for (const district of DISTRICTS) {
      const html = page(`/districts/${district.slug}/`);
      expect(textOf(html.querySelector('h1')!)).toBe(district.name);
      const section = (id: string) => html.querySelector(`section[aria-labelledby=${id}]`)!;
      const titles = (id: string) =>
        section(id)
          .querySelectorAll('.card h3')
          .map((h3) => textOf(h3).trim());
      expect(titles('reports').sort(), district.name).toEqual(
        inDistrict(updates, district.name)
          .map((entry) => String(entry.data.title))
          .sort(),
      );
      expect(titles('stories').sort(), district.name).toEqual(
        inDistrict(stories, district.name)
          .map((entry) => String(entry.data.title))
          .sort(),
      );
      const centerTitles = section('centers')
        .querySelectorAll('.card h3')
        .map((h3) => h3.childNodes[0]!.textContent.trim());
      expect(centerTitles.sort(), district.name).toEqual(
        inDistrict(centers, district.name)
          .map((entry) => String(entry.data.title))
          .sort(),
      );
    }
  });

  it('are linked from the district index, the updates section and the district lists', () => {
    const index = page('/districts/');
    for (const district of DISTRICTS)
      expect(index.querySelector(`a[href="/districts/${district.slug}/"]`), district.name).toBeTruthy();
    expect(page('/updates/').querySelector('main a[href="/reports/"]')).toBeTruthy();
    expect(page('/updates/district/xiaodian/').querySelector('main a[href="/districts/xiaodian/"]')).toBeTruthy();
    expect(page('/centers/').querySelector('main a[href="/districts/xiaodian/"]')).toBeTruthy();
  });
});

import { describe, expect, it } from 'vitest';
import { settings, updates } from '../../src/schema/collections';
import { readCollection } from '../helpers/content';
import { reportingUnitProblem, reportingUnitsOf } from '../../src/schema/reporting-unit';
import { entryProblems, formatProblem } from '../../src/schema/validate';
import { ROOT } from '../helpers/paths';

const report = {
  title: '小店区：社区宣传栏换新装',
  summary: '各社区宣传栏统一张贴防疫海报。',
  published: new Date('2020-02-18'),
  source: '小店区文明办',
  editor: '市文明办综合科',
  district: '小店区',
  unit: '小店区文明办',
};
const check = (data: Record<string, unknown>) =>
  entryProblems(updates, data, 'content/updates/a.md', ROOT).map(formatProblem);

describe('报送单位 against the settings list', () => {
  it('accepts a listed unit under its own county, and a city-level unit under 市直', () => {
    expect(check(report)).toEqual([]);
    expect(check({ ...report, district: '市直', unit: '市卫健委' })).toEqual([]);
  });

  it('refuses a unit not on the list, naming the units of the county and who can add one', () => {
    expect(check({ ...report, unit: '小店区某街道' })).toMatchInlineSnapshot(`
      [
        "content/updates/a.md，字段 unit：“报送单位”“小店区某街道”不在“网站设置 → 信息报送 → 报送单位”名单中。小店区的报送单位有：“小店区文明办”。请按名单填写单位名称；新的报送单位请先由市文明办综合科在网站设置中登记。",
      ]
    `);
  });

  it('refuses a listed unit under another county and says which to choose', () => {
    expect(check({ ...report, district: '迎泽区', unit: '市卫健委' })).toMatchInlineSnapshot(`
      [
        "content/updates/a.md，字段 unit：“报送单位”“市卫健委”在“网站设置 → 信息报送 → 报送单位”名单中属于“市直”，而“县（市、区）”填的是“迎泽区”。请把“县（市、区）”改为“市直”，或选择迎泽区的报送单位。",
      ]
    `);
  });

  it('says nothing while the settings have no list (the settings check reports that)', () => {
    expect(reportingUnitProblem('任意单位', '小店区', [])).toBeUndefined();
  });

  it('reads the list as written in the settings, leaving out items without a name', () => {
    expect(reportingUnitsOf({ units: [{ name: ' 团市委 ', district: '市直' }, { district: '小店区' }, 'x'] })).toEqual([
      { name: '团市委', district: '市直' },
    ]);
    expect(reportingUnitsOf(undefined)).toEqual([]);
  });
});

describe('the settings list of 报送单位', () => {
  const settingsData = () =>
    structuredClone(readCollection('settings')[0]!.data) as Record<string, unknown> & {
      reporting: { units: { name: string; district: string }[] };
    };

  it('lists every county office of the sample reports, and is accepted as it is', () => {
    expect(entryProblems(settings, settingsData(), 'content/settings/site.yml', ROOT)).toEqual([]);
  });

  it('refuses a unit listed twice, naming it', () => {
    const data = settingsData();
    data.reporting.units.push({ name: '团市委', district: '市直' });
    expect(entryProblems(settings, data, 'content/settings/site.yml', ROOT).map(formatProblem)).toEqual([
      'content/settings/site.yml，字段 reporting：“信息报送 → 报送单位”中“团市委”登记了不止一次，请删去重复的一行。',
    ]);
  });

  it('refuses a unit under a county that does not exist', () => {
    const data = settingsData();
    data.reporting.units.push({ name: '某县文明办', district: '某县' });
    expect(entryProblems(settings, data, 'content/settings/site.yml', ROOT).map((problem) => problem.field)).toEqual([
      'reporting.units.16.district',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  beijingToday,
  deadlinePassed,
  monthStatus,
  notReported,
  reportingDeadline,
  statusMonths,
  type ReportFact,
} from '../../src/lib/reporting-status';

const DISTRICTS = ['小店区', '迎泽区', '古交市'];
const UNITS = [
  { name: '小店区文明办', district: '小店区' },
  { name: '迎泽区文明办', district: '迎泽区' },
  { name: '古交市文明办', district: '古交市' },
  { name: '古交市融媒体中心', district: '古交市' },
  { name: '市卫健委', district: '市直' },
];
const report = (district: string, unit: string, day: string, pictures = 0, draft = false): ReportFact => ({
  district,
  unit,
  published: new Date(`${day}T00:00:00Z`),
  pictures,
  draft,
});

describe('monthStatus', () => {
  const facts = [
    report('小店区', '小店区文明办', '2020-02-18', 1),
    report('小店区', '小店区文明办', '2020-02-27'),
    report('古交市', '古交市融媒体中心', '2020-02-05', 3),
    report('市直', '市卫健委', '2020-03-02', 2),
    report('迎泽区', '迎泽区文明办', '2020-02-10', 1, true),
  ];

  it('marks who reported in the month and who did not, counting reports and those with pictures', () => {
    const status = monthStatus(facts, '2020-02', DISTRICTS, UNITS);
    expect(status.districts).toEqual([
      { name: '小店区', district: '小店区', reports: 2, withPictures: 1, reported: true },
      { name: '迎泽区', district: '迎泽区', reports: 0, withPictures: 0, reported: false },
      { name: '古交市', district: '古交市', reports: 1, withPictures: 1, reported: true },
    ]);
    expect(notReported(status.units)).toEqual(['迎泽区文明办', '古交市文明办', '市卫健委']);
    expect(status.reports).toBe(3);
    expect(status.withPictures).toBe(2);
  });

  it('counts a unit listed under a district for that unit and for its county, not for the county office', () => {
    const status = monthStatus(facts, '2020-02', DISTRICTS, UNITS);
    const unit = (name: string) => status.units.find((item) => item.name === name)!;
    expect(unit('古交市融媒体中心')).toMatchObject({ district: '古交市', reports: 1, withPictures: 1, reported: true });
    expect(unit('古交市文明办').reported).toBe(false);
    expect(status.districts.find((item) => item.name === '古交市')!.reported).toBe(true);
  });

  it('leaves drafts out: a county whose only report is a draft has not reported', () => {
    const status = monthStatus(facts, '2020-02', DISTRICTS, UNITS);
    expect(status.districts.find((item) => item.name === '迎泽区')).toMatchObject({ reports: 0, reported: false });
    expect(notReported(status.districts)).toEqual(['迎泽区']);
  });

  it('counts a city-level (市直) unit in its month only, and no county for it', () => {
    const march = monthStatus(facts, '2020-03', DISTRICTS, UNITS);
    expect(notReported(march.units)).toEqual(['小店区文明办', '迎泽区文明办', '古交市文明办', '古交市融媒体中心']);
    expect(notReported(march.districts)).toEqual(DISTRICTS);
    expect(march).toMatchObject({ reports: 1, withPictures: 1 });
  });

  it('counts reports from units not on the list for their county and in the totals', () => {
    const status = monthStatus([report('迎泽区', '某街道办事处', '2020-02-03')], '2020-02', DISTRICTS, UNITS);
    expect(notReported(status.districts)).toEqual(['小店区', '古交市']);
    expect(notReported(status.units)).toHaveLength(UNITS.length);
    expect(status.reports).toBe(1);
  });

  it('with no reports at all, lists everyone as not reported', () => {
    const status = monthStatus([], '2026-12', DISTRICTS, UNITS);
    expect(notReported(status.districts)).toEqual(DISTRICTS);
    expect(notReported(status.units)).toEqual(UNITS.map((unit) => unit.name));
    expect(status).toMatchObject({ reports: 0, withPictures: 0 });
  });

  it('takes the month by the UTC calendar day the content gives (the last and first day of a month)', () => {
    const edges = [report('小店区', '小店区文明办', '2020-01-31'), report('迎泽区', '迎泽区文明办', '2020-02-01')];
    expect(notReported(monthStatus(edges, '2020-02', DISTRICTS, UNITS).districts)).toEqual(['小店区', '古交市']);
  });
});

describe('statusMonths', () => {
  const today = new Date('2026-12-03T00:00:00Z');

  it('gives the recent months up to today and every month anyone reported in, newest first', () => {
    const months = statusMonths(
      [report('小店区', '小店区文明办', '2020-02-18'), report('小店区', '小店区文明办', '2020-04-02')],
      today,
      3,
    );
    expect(months).toEqual(['2026-12', '2026-11', '2026-10', '2020-04', '2020-02']);
  });

  it('crosses a year boundary and does not repeat a month with reports', () => {
    expect(statusMonths([report('小店区', '小店区文明办', '2026-12-01')], new Date('2027-01-10T00:00:00Z'), 2)).toEqual(
      ['2027-01', '2026-12'],
    );
  });

  it('leaves out months whose only reports are drafts', () => {
    expect(statusMonths([report('小店区', '小店区文明办', '2020-02-18', 0, true)], today, 1)).toEqual(['2026-12']);
  });

  it('with no reports, still gives the recent months', () => {
    expect(statusMonths([], today, 2)).toEqual(['2026-12', '2026-11']);
  });
});

describe('deadlines', () => {
  it('falls on the given day of the month reported on, and is still open on that day', () => {
    expect(reportingDeadline('2020-02', 25).toISOString().slice(0, 10)).toBe('2020-02-25');
    expect(deadlinePassed('2020-02', 25, new Date('2020-02-25T00:00:00Z'))).toBe(false);
    expect(deadlinePassed('2020-02', 25, new Date('2020-02-26T00:00:00Z'))).toBe(true);
  });

  it('takes today as the calendar day in Beijing, eight hours ahead of UTC', () => {
    expect(beijingToday(new Date('2026-12-31T15:59:00Z')).toISOString().slice(0, 10)).toBe('2026-12-31');
    expect(beijingToday(new Date('2026-12-31T16:00:00Z')).toISOString().slice(0, 10)).toBe('2027-01-01');
  });
});

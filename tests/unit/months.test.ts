import { describe, expect, it } from 'vitest';
import { crossTab } from '../../src/lib/cross-tab';
import { monthKey, monthLabel, monthRange, monthsSpanned } from '../../src/lib/months';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('months', () => {
  it('keys a day by its calendar month', () => {
    expect(monthKey(day('2020-02-29'))).toBe('2020-02');
    expect(monthKey(day('2020-12-01'))).toBe('2020-12');
    expect(monthLabel('2020-02')).toBe('2020年2月');
  });

  it('fills the months between, across a year end', () => {
    expect(monthRange('2019-11', '2020-02')).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
    expect(monthRange('2020-03', '2020-03')).toEqual(['2020-03']);
  });

  it('spans the dates given, in any order', () => {
    expect(monthsSpanned([day('2020-04-02'), day('2020-02-12')])).toEqual(['2020-02', '2020-03', '2020-04']);
    expect(monthsSpanned([])).toEqual([]);
  });
});

describe('crossTab', () => {
  const items = [
    { district: '小店区', month: '2020-02' },
    { district: '小店区', month: '2020-02' },
    { district: '古交市', month: '2020-03' },
    { district: '外地', month: '2020-03' },
  ];
  const table = crossTab(
    items,
    (item) => item.district,
    (item) => item.month,
    ['小店区', '迎泽区', '古交市'],
    ['2020-02', '2020-03'],
  );

  it('counts each pair, with zeros for rows and columns without items', () => {
    expect(table.counts).toEqual([
      [2, 0],
      [0, 0],
      [0, 1],
    ]);
  });

  it('totals rows and columns, leaving out items with unknown keys', () => {
    expect(table.rowTotals).toEqual([2, 0, 1]);
    expect(table.columnTotals).toEqual([2, 1]);
    expect(table.total).toBe(3);
  });
});

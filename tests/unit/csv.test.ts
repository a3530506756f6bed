import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv';

const columns = [
  { key: 'id', header: '编号' },
  { key: 'text', header: '内容' },
  { key: 'count', header: '字数' },
  { key: 'day', header: '日期' },
] as const;

describe('toCsv', () => {
  const rows = [
    { id: 'a', text: '【太原市文明办】勤洗手，戴口罩。', count: 16, day: new Date(Date.UTC(2020, 1, 5)) },
    { id: 'b', text: '含"引号"、逗号,\n和换行', count: 12, day: new Date(Date.UTC(2020, 1, 20)) },
  ];
  const csv = toCsv(rows, columns);

  it('starts with a UTF-8 byte order mark and ends lines with CRLF', () => {
    expect(csv.startsWith('\ufeff编号,内容,字数,日期\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('parses back to the same cells, quotes, commas and line breaks included', () => {
    const parsed = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed).toEqual([
      { 编号: 'a', 内容: rows[0]!.text, 字数: '16', 日期: '2020-02-05' },
      { 编号: 'b', 内容: rows[1]!.text, 字数: '12', 日期: '2020-02-20' },
    ]);
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    const risky = toCsv([{ id: '=HYPERLINK("http://x")', text: '', count: 0, day: new Date(0) }], columns);
    const [row] = parse(risky, { bom: true, columns: true }) as Record<string, string>[];
    expect(row!['编号']).toBe('\'=HYPERLINK("http://x")');
  });
});

import { stringify } from 'csv-stringify/sync';
import { toIsoDay } from './dates';

/** One column of a CSV file: the field of each row it shows and its header (Chinese, for people). */
export interface CsvColumn<R> {
  readonly key: keyof R & string;
  readonly header: string;
}

type Cell = string | number | Date;

/**
 * A CSV file that spreadsheet programs open correctly: UTF-8 with a byte order mark (without it,
 * Excel on Chinese Windows reads the file as GBK and shows garbage), CRLF line ends (RFC 4180),
 * dates as `2020-02-20`, and cells that would start a formula (=, +, -, @) escaped.
 * https://csv.js.org/stringify/options/
 */
export function toCsv<R extends Record<K, Cell>, K extends string>(
  rows: readonly R[],
  columns: readonly CsvColumn<R>[],
): string {
  return stringify(rows as R[], {
    bom: true,
    header: true,
    columns: columns.map(({ key, header }) => ({ key, header })),
    record_delimiter: 'windows',
    escape_formulas: true,
    cast: { date: (date) => toIsoDay(date) },
  });
}

/** Response headers for a CSV download. */
export const CSV_HEADERS = { 'Content-Type': 'text/csv; charset=utf-8' } as const;

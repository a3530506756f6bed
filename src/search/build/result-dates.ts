import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULT_DATES_FILE } from '../shared/config';
import type { ResultDatesFile } from '../shared/result-dates';
import type { IndexedResult } from './index-base';

/**
 * Writes the dates of the full index's results (from their fragments: `fragmentsOf`) into the
 * bundle, for searches sorted by date (src/search/shared/result-dates.ts): grouped by day, so
 * each day is written once.
 */
export function writeResultDates(bundle: string, results: Iterable<IndexedResult>): void {
  const byDay = new Map<string, string[]>();
  for (const { id, date } of results) {
    if (!date) continue;
    let ids = byDay.get(date);
    if (!ids) byDay.set(date, (ids = []));
    ids.push(id);
  }
  const file: ResultDatesFile = {};
  for (const date of [...byDay.keys()].sort()) file[date] = byDay.get(date)!.join(' ');
  writeFileSync(join(bundle, RESULT_DATES_FILE), JSON.stringify(file));
}

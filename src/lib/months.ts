/** Calendar months as `2020-02` keys; dates in content are UTC midnight (see dates.ts). */

export const monthKey = (date: Date): string =>
  `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;

/** `2020年2月` for a `2020-02` key. */
export function monthLabel(key: string): string {
  const [year, month] = key.split('-').map(Number);
  return `${year}年${month}月`;
}

/** Every month from the first key to the last, both included, so that empty months show as zero. */
export function monthRange(first: string, last: string): string[] {
  const [firstYear, firstMonth] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let index = firstYear * 12 + firstMonth - 1; index <= lastYear * 12 + lastMonth - 1; index += 1) {
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/** The contiguous months spanned by some dates, oldest first; none for no dates. */
export function monthsSpanned(dates: readonly Date[]): string[] {
  if (dates.length === 0) return [];
  const keys = dates.map(monthKey).sort();
  return monthRange(keys[0]!, keys.at(-1)!);
}

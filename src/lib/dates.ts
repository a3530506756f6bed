/** Dates in content are calendar days (`2020-02-20`), stored as UTC midnight. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Date for an ISO calendar day, or undefined if the text is not a real day. */
export function parseIsoDay(text: string): Date | undefined {
  const match = ISO_DAY.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : undefined;
}

/** `2020-02-20`, for `<time datetime>` and feeds. */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `2020年2月20日`, as Chinese official documents write dates. */
export function toChineseDay(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** True when `day` is before today (UTC), i.e. a review date that has passed. */
export function isPast(day: Date, now: Date = new Date()): boolean {
  return day.getTime() < Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

import { describe, expect, it } from 'vitest';
import { isPast, parseIsoDay, toChineseDay, toIsoDay } from '../../src/lib/dates';

describe('dates', () => {
  it('parses real ISO days only', () => {
    expect(parseIsoDay('2020-02-20')?.toISOString()).toBe('2020-02-20T00:00:00.000Z');
    expect(parseIsoDay('2020-02-30')).toBeUndefined();
    expect(parseIsoDay('2020-2-5')).toBeUndefined();
    expect(parseIsoDay('2020年2月20日')).toBeUndefined();
  });

  it('formats days the way Chinese documents write them', () => {
    const day = parseIsoDay('2020-02-20')!;
    expect(toChineseDay(day)).toBe('2020年2月20日');
    expect(toIsoDay(day)).toBe('2020-02-20');
  });

  it('tells whether a review date has passed', () => {
    const now = new Date('2026-11-29T10:00:00Z');
    expect(isPast(parseIsoDay('2026-11-28')!, now)).toBe(true);
    expect(isPast(parseIsoDay('2026-11-29')!, now)).toBe(false);
  });
});

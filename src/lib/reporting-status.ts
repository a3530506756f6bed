import { monthKey, monthRange } from './months';

/**
 * Who has and has not reported (信息反馈) in a month: the plan asks every county and the listed
 * units to report text and pictures to the 综合科; the office needs to see who is missing.
 * Pure functions over plain facts, so the logic is tested without a build (tests/unit/reporting-status.test.ts).
 */

/** What the status needs of one report (工作动态). */
export interface ReportFact {
  readonly district: string;
  readonly unit: string;
  readonly published: Date;
  /** Pictures attached in the report's 图片 field. */
  readonly pictures: number;
  readonly draft: boolean;
}

/** A unit expected to report, under its county or district (or 市直). */
export interface ExpectedUnit {
  readonly name: string;
  readonly district: string;
}

/** One expected reporter (a county or a unit) in one month. */
export interface ReporterStatus {
  readonly name: string;
  /** The county the unit is listed under (or 市直); for a county, the county itself. */
  readonly district: string;
  readonly reports: number;
  readonly withPictures: number;
  readonly reported: boolean;
}

export interface MonthStatus {
  /** `2020-02`. */
  readonly month: string;
  readonly districts: readonly ReporterStatus[];
  readonly units: readonly ReporterStatus[];
  /** Published reports of the month, from anyone (listed or not). */
  readonly reports: number;
  readonly withPictures: number;
}

const counted = (facts: readonly ReportFact[]) => facts.filter((fact) => !fact.draft);

function statusOf(name: string, district: string, facts: readonly ReportFact[]): ReporterStatus {
  return {
    name,
    district,
    reports: facts.length,
    withPictures: facts.filter((fact) => fact.pictures > 0).length,
    reported: facts.length > 0,
  };
}

/**
 * Each county's and each listed unit's reports in `month` (by 发布日期), drafts left out. A county has
 * reported when any report names it, whichever unit sent it; a unit when a report names the unit.
 */
export function monthStatus(
  facts: readonly ReportFact[],
  month: string,
  districts: readonly string[],
  units: readonly ExpectedUnit[],
): MonthStatus {
  const inMonth = counted(facts).filter((fact) => monthKey(fact.published) === month);
  return {
    month,
    districts: districts.map((name) =>
      statusOf(
        name,
        name,
        inMonth.filter((fact) => fact.district === name),
      ),
    ),
    units: units.map((unit) =>
      statusOf(
        unit.name,
        unit.district,
        inMonth.filter((fact) => fact.unit === unit.name),
      ),
    ),
    reports: inMonth.length,
    withPictures: inMonth.filter((fact) => fact.pictures > 0).length,
  };
}

/** The names of those in `statuses` that have not reported. */
export const notReported = (statuses: readonly ReporterStatus[]): string[] =>
  statuses.filter((status) => !status.reported).map((status) => status.name);

/**
 * The months a status is shown for, newest first: the `recent` months up to today's (whether anyone
 * reported or not: a month nobody reported in is news), and every month anyone reported in.
 */
export function statusMonths(facts: readonly ReportFact[], today: Date, recent = 6): string[] {
  const current = monthKey(today);
  const [year, month] = current.split('-').map(Number) as [number, number];
  const firstRecentIndex = year * 12 + month - 1 - (recent - 1);
  const firstRecent = `${Math.floor(firstRecentIndex / 12)}-${String((firstRecentIndex % 12) + 1).padStart(2, '0')}`;
  const months = new Set([
    ...(recent > 0 ? monthRange(firstRecent, current) : []),
    ...counted(facts).map((fact) => monthKey(fact.published)),
  ]);
  return [...months].sort().reverse();
}

/** The last day to report a month's work: day `deadlineDay` of that month (每月 25 日前报送当月工作). */
export function reportingDeadline(month: string, deadlineDay: number): Date {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1, deadlineDay));
}

/** Whether a month's deadline has passed by `today` (a calendar day); on the deadline day it is still open. */
export const deadlinePassed = (month: string, deadlineDay: number, today: Date): boolean =>
  reportingDeadline(month, deadlineDay).getTime() < today.getTime();

/** Today's calendar day in Beijing (UTC+8, no daylight saving), as UTC midnight like the content's dates. */
export function beijingToday(now: Date = new Date()): Date {
  const beijing = new Date(now.getTime() + 8 * 60 * 60 * 1000);
  return new Date(Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate()));
}

import type { CollectionEntry } from 'astro:content';
import { DISTRICTS, names } from '../config/taxonomy';
import {
  beijingToday,
  monthStatus,
  statusMonths,
  type ExpectedUnit,
  type MonthStatus,
  type ReportFact,
} from '../lib/reporting-status';
import { monthKey } from '../lib/months';
import { getListed, getSettings } from './entries';

/** Who is expected to report, by when, and who did, month by month: the data of /reports/ and its month pages. */
export interface ReportingOverview {
  /** The day the site was built (Beijing): a static site's “this month” is the build's. */
  readonly asOf: Date;
  /** 每月 N 日前报送当月工作. */
  readonly deadlineDay: number;
  readonly units: readonly ExpectedUnit[];
  /** Newest first: the recent months up to the build's, and every month anyone reported in. */
  readonly months: readonly MonthStatus[];
  /** Every published report, and those with pictures. */
  readonly reports: number;
  readonly withPictures: number;
}

/** The facts the status needs of a report. */
export const reportFact = ({ data }: CollectionEntry<'updates'>): ReportFact => ({
  district: data.district,
  unit: data.unit,
  published: data.published,
  pictures: data.photos.length,
  draft: data.draft,
});

let overview: Promise<ReportingOverview> | undefined;

async function load(): Promise<ReportingOverview> {
  const [reports, settings] = await Promise.all([getListed('updates'), getSettings()]);
  const facts = reports.map(reportFact);
  const asOf = beijingToday();
  const units = settings.reporting.units;
  const counted = facts.filter((fact) => !fact.draft);
  return {
    asOf,
    deadlineDay: settings.reporting.deadlineDay,
    units,
    months: statusMonths(facts, asOf).map((month) => monthStatus(facts, month, names(DISTRICTS), units)),
    reports: counted.length,
    withPictures: counted.filter((fact) => fact.pictures > 0).length,
  };
}

/** Computed once per build (the overview, every month page and the guide share it); afresh in dev. */
export function getReportingOverview(): Promise<ReportingOverview> {
  if (import.meta.env.DEV) return load();
  return (overview ??= load());
}

/** The published reports of a month (`2020-02`, by 发布日期), newest first. */
export async function getReportsOfMonth(month: string): Promise<CollectionEntry<'updates'>[]> {
  return (await getListed('updates')).filter(
    (report) => !report.data.draft && monthKey(report.data.published) === month,
  );
}

import type { CollectionEntry } from 'astro:content';
import { DISTRICTS, names } from '../config/taxonomy';
import { crossTab, type CrossTab } from '../lib/cross-tab';
import { monthKey, monthsSpanned } from '../lib/months';
import { getListed } from './entries';

/** Published reports (工作动态) counted by district (rows, in taxonomy order) and month (columns, oldest first). */
export async function getReportCounts(): Promise<CrossTab> {
  const reports = await getListed('updates');
  const months = monthsSpanned(reports.map((report) => report.data.published));
  return crossTab(reports, (report) => report.data.district, (report) => monthKey(report.data.published), names(DISTRICTS), months);
}

/** Published reports for the assessment export (测评): by district in taxonomy order, then oldest first. */
export async function getReportsForExport(): Promise<CollectionEntry<'updates'>[]> {
  const order: readonly string[] = names(DISTRICTS);
  const reports = await getListed('updates');
  return [...reports].sort(
    (a, b) =>
      order.indexOf(a.data.district) - order.indexOf(b.data.district) ||
      a.data.published.getTime() - b.data.published.getTime() ||
      a.id.localeCompare(b.id),
  );
}

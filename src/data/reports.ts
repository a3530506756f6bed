import type { CollectionEntry } from 'astro:content';
import { REPORTING_AREAS } from '../config/taxonomy';
import { crossTab, type CrossTab } from '../lib/cross-tab';
import { monthKey, monthsSpanned } from '../lib/months';
import { getListed } from './entries';

/**
 * Published reports (工作动态) counted by district (rows, in taxonomy order, then 市直) and month
 * (columns, oldest first); `withPictures` the same counts of the reports with pictures.
 */
export async function getReportCounts(): Promise<CrossTab & { readonly withPictures: CrossTab }> {
  const reports = await getListed('updates');
  const months = monthsSpanned(reports.map((report) => report.data.published));
  const count = (items: typeof reports) =>
    crossTab(
      items,
      (report) => report.data.district,
      (report) => monthKey(report.data.published),
      REPORTING_AREAS,
      months,
    );
  return { ...count(reports), withPictures: count(reports.filter((report) => report.data.photos.length > 0)) };
}

/** Published reports for the assessment export (测评): by district in taxonomy order (市直 last), then oldest first. */
export async function getReportsForExport(): Promise<CollectionEntry<'updates'>[]> {
  const order: readonly string[] = REPORTING_AREAS;
  const reports = await getListed('updates');
  return [...reports].sort(
    (a, b) =>
      order.indexOf(a.data.district) - order.indexOf(b.data.district) ||
      a.data.published.getTime() - b.data.published.getTime() ||
      a.id.localeCompare(b.id),
  );
}

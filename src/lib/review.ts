import { isPast, parseIsoDay, toChineseDay } from './dates';

/** What decides whether a knowledge article is due for review, as written in its front matter. */
export interface ReviewFacts {
  readonly nextReview: Date;
  readonly draft?: boolean;
  readonly withdrawn?: string;
  readonly supersededBy?: unknown;
}

/**
 * True when editors must review the article: published, past its 下次审核 day, and still the
 * current advice (a withdrawn or superseded article tells readers so instead). The one overdue rule:
 * the content check's warning, the build's review report and the 已过审核期 label (data/currency.ts)
 * ask it; the search's ranking (data/search-fields.ts) puts every article past its day last, withdrawn
 * ones too, since none of them is current advice.
 */
export const needsReview = (facts: ReviewFacts, now: Date = new Date()): boolean =>
  facts.draft !== true && !facts.withdrawn && !facts.supersededBy && isPast(facts.nextReview, now);

/** A front-matter date as YAML gives it: a Date for `2026-05-01`, a string when quoted. */
export function frontMatterDay(value: unknown): Date | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  return typeof value === 'string' ? parseIsoDay(value) : undefined;
}

/** One line of the build's review report. */
export interface OverdueArticle {
  readonly path: string;
  readonly file: string;
  readonly nextReview: Date;
}

/** The report printed at the end of a build, oldest review first; empty when nothing is due. */
export function formatReviewReport(overdue: readonly OverdueArticle[]): string {
  if (overdue.length === 0) return '';
  const lines = [...overdue]
    .sort((a, b) => a.nextReview.getTime() - b.nextReview.getTime())
    .map((item) => `  ${item.path}  应于 ${toChineseDay(item.nextReview)} 复核（${item.file}）`);
  return [
    `${overdue.length} 篇防疫知识已超过“下次审核”日期，页面正向读者提示内容可能已过时。请审核后更新“审核日期”和“下次审核”：`,
    ...lines,
  ].join('\n');
}

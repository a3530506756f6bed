import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../src/lib/dates';
import { formatReviewReport, frontMatterDay, needsReview } from '../../src/lib/review';

const day = (text: string) => parseIsoDay(text)!;
const now = new Date('2026-11-29T08:00:00Z');

describe('needsReview', () => {
  it('is true for current advice past its review day', () => {
    expect(needsReview({ nextReview: day('2026-11-28') }, now)).toBe(true);
    expect(needsReview({ nextReview: day('2026-11-29') }, now)).toBe(false);
  });

  it('is false for drafts, withdrawn and superseded articles, which readers are told about otherwise', () => {
    const past = day('2020-01-01');
    expect(needsReview({ nextReview: past, draft: true }, now)).toBe(false);
    expect(needsReview({ nextReview: past, withdrawn: '已撤回' }, now)).toBe(false);
    expect(needsReview({ nextReview: past, supersededBy: 'masks-2026' }, now)).toBe(false);
  });
});

describe('frontMatterDay', () => {
  it('takes a YAML date or a quoted ISO day', () => {
    expect(frontMatterDay(new Date('2026-05-01T00:00:00Z'))?.toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(frontMatterDay('2026-05-01')?.toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(frontMatterDay('2026年5月1日')).toBeUndefined();
    expect(frontMatterDay(undefined)).toBeUndefined();
  });
});

describe('formatReviewReport', () => {
  it('lists overdue pages oldest first, with the day and the file to edit', () => {
    const report = formatReviewReport([
      { path: '/knowledge/b/', file: 'content/knowledge/b.md', nextReview: day('2026-05-01') },
      { path: '/knowledge/a/', file: 'content/knowledge/a.md', nextReview: day('2025-01-02') },
    ]);
    expect(report.split('\n')).toEqual([
      '2 篇防疫知识已超过“下次审核”日期，页面正向读者提示内容可能已过时。请审核后更新“审核日期”和“下次审核”：',
      '  /knowledge/a/  应于 2025年1月2日 复核（content/knowledge/a.md）',
      '  /knowledge/b/  应于 2026年5月1日 复核（content/knowledge/b.md）',
    ]);
  });

  it('is empty when nothing is due', () => {
    expect(formatReviewReport([])).toBe('');
  });
});

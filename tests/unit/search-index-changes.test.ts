import { describe, expect, it } from 'vitest';
import { applyIndexChanges, type IndexChanges } from '../../src/lib/search-index-changes';

/** A Pagefind result with its date, as the merged search of the full and the recent index returns it. */
const result = (id: string, score: number, date = '') => ({ id, score, data: async () => ({ meta: { date } }) });

const changes: IndexChanges = {
  index: 'recent/',
  // `old-story` is the previous version of `story`; `gone` was unpublished.
  superseded: { 'old-story': { section: ['先进典型'] }, gone: { section: ['工作动态'], district: ['阳曲县'] } },
  recent: { story: { date: '2020-03-05', replaces: 'old-story' }, article: { date: '2020-02-15' } },
  gone: { district: ['阳曲县'] },
};

describe('applyIndexChanges (the full and the recent index searched as one)', () => {
  it('drops out-of-date results with their filter counts, and the values no page has any more', async () => {
    const response = {
      results: [result('a', 9), result('old-story', 8), result('gone', 7), result('story', 3), result('article', 2)],
      filters: { section: { 先进典型: 2, 工作动态: 1, 防疫知识: 2 }, district: { 阳曲县: 1, 小店区: 0 }, index: { recent: 2, sample: 0 } },
    };
    const merged = await applyIndexChanges(response, changes);
    expect(merged.results.map(({ id }) => id)).toEqual(['a', 'story', 'article']);
    expect(merged.filters).toEqual({ section: { 先进典型: 1, 工作动态: 0, 防疫知识: 2 }, district: { 小店区: 0 } });
  });

  it('puts an edited page where its previous version stood, with its score', async () => {
    const merged = await applyIndexChanges({ results: [result('a', 9), result('old-story', 8), result('b', 8), result('story', 3)], filters: {} }, changes);
    expect(merged.results.map(({ id, score }) => [id, score])).toEqual([
      ['a', 9],
      ['story', 8],
      ['b', 8],
    ]);
  });

  it('keeps the recent score of an edited page whose previous version did not match', async () => {
    const merged = await applyIndexChanges({ results: [result('a', 9), result('story', 5), result('b', 4)], filters: {} }, changes);
    expect(merged.results.map(({ id }) => id)).toEqual(['a', 'story', 'b']);
  });

  it('places recent results by date when the search is sorted by date', async () => {
    // Each index sorted its own results by date; Pagefind merged them by an incomparable score.
    const response = {
      results: [result('story', 2), result('article', 1), result('n1', 90, '2020-03-09'), result('n2', 80, '2020-03-05'), result('n3', 70, '2020-02-20'), result('n4', 60, '2020-02-01')],
      filters: {},
    };
    const merged = await applyIndexChanges(response, changes, { date: 'desc' });
    expect(merged.results.map(({ id }) => id)).toEqual(['n1', 'n2', 'story', 'n3', 'article', 'n4']);
  });
});

import { describe, expect, it } from 'vitest';
import { applyIndexChanges, searchedAsOne, type IndexChanges } from '../../src/search/shared/index-changes';

/** A Pagefind result with its date, as the merged search of the full and the recent index returns it. */
const result = (id: string, score: number, date = '', content = '', filters: Record<string, string[]> = {}) => ({
  id,
  score,
  data: async () => ({ meta: { date }, content, filters }),
});

/** The dates file of a full index whose results have no date. */
const noDates = async () => new Map<string, string>();

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
      filters: {
        section: { 先进典型: 2, 工作动态: 1, 防疫知识: 2 },
        district: { 阳曲县: 1, 小店区: 0 },
        index: { recent: 2, sample: 0 },
      },
    };
    const merged = applyIndexChanges(response, changes);
    expect(merged.results.map(({ id }) => id)).toEqual(['a', 'story', 'article']);
    expect(merged.filters).toEqual({ section: { 先进典型: 1, 工作动态: 0, 防疫知识: 2 }, district: { 小店区: 0 } });
  });

  it('puts an edited page where its previous version stood, with its score', async () => {
    const merged = applyIndexChanges(
      { results: [result('a', 9), result('old-story', 8), result('b', 8), result('story', 3)], filters: {} },
      changes,
    );
    expect(merged.results.map(({ id, score }) => [id, score])).toEqual([
      ['a', 9],
      ['story', 8],
      ['b', 8],
    ]);
  });

  it('keeps the recent score of an edited page whose previous version did not match', async () => {
    const merged = applyIndexChanges(
      { results: [result('a', 9), result('story', 5), result('b', 4)], filters: {} },
      changes,
    );
    expect(merged.results.map(({ id }) => id)).toEqual(['a', 'story', 'b']);
  });
});

describe('searchedAsOne (a search sorted by date)', () => {
  it('orders the results by their dates, the recent ones by the changes file, and leaves out undated ones', async () => {
    // Pagefind merged the full and the recent index by relevance; the dates file has the full index's dates.
    const pagefind = {
      search: async (_term: string | null, options?: { sort?: unknown }) => {
        expect(options?.sort, 'Pagefind is never asked to sort').toBeUndefined();
        return {
          results: ['story', 'article', 'n1', 'n2', 'n3', 'n4', 'old-story', 'undated'].map((id, n) =>
            result(id, 9 - n),
          ),
          filters: {},
        };
      },
    };
    const dates = new Map([
      ['n1', '2020-03-09'],
      ['n2', '2020-03-05'],
      ['n3', '2020-02-20'],
      ['n4', '2020-02-01'],
      ['old-story', '2020-03-04'],
    ]);
    const engine = searchedAsOne(pagefind, changes, async () => dates);
    const newest = await engine.search(null, { sort: { date: 'desc' } });
    expect(newest.results.map(({ id }) => id)).toEqual(['n1', 'n2', 'story', 'n3', 'article', 'n4']);
    const oldest = await engine.search(null, { sort: { date: 'asc' } });
    expect(oldest.results.map(({ id }) => id)).toEqual(['n4', 'article', 'n3', 'n2', 'story', 'n1']);
  });
});

describe('searchedAsOne (a query of words new since the full index)', () => {
  // The recent page is older than the others: sorted by date it comes last.
  const withNewWords: IndexChanges = {
    ...changes,
    recent: { ...changes.recent, article: { date: '2019-12-01' } },
    newWords: ['着凉'],
  };
  /** A merged index whose full part matches parts of 着凉 (着, 凉) and ranks them above the recent page that has the word. */
  const pagefind = {
    search: async (_term: string | null, _options?: object) => ({
      results: [
        result('a', 9, '2020-02-01'),
        result('b', 8, '2020-01-01'),
        result('article', 5, '2019-12-01', '冬季开窗时注意保暖，避免着凉。出门戴口罩。'),
      ],
      filters: {},
    }),
  };

  it('lists the recent pages that have the word before the pages that match only parts of it', async () => {
    const found = await searchedAsOne(pagefind, withNewWords, noDates).search('着凉');
    expect(found.results.map(({ id }) => id)).toEqual(['article', 'a', 'b']);
  });

  it('leaves the order alone for a word the full index has, and for a search sorted by date', async () => {
    expect((await searchedAsOne(pagefind, withNewWords, noDates).search('口罩')).results.map(({ id }) => id)).toEqual([
      'a',
      'b',
      'article',
    ]);
    expect(
      (await searchedAsOne(pagefind, withNewWords, noDates).search('着凉 口罩')).results.map(({ id }) => id),
    ).toEqual(['a', 'b', 'article']);
    const byDate = await searchedAsOne(
      pagefind,
      withNewWords,
      async () =>
        new Map([
          ['a', '2020-02-01'],
          ['b', '2020-01-01'],
        ]),
    ).search('着凉', { sort: { date: 'desc' } });
    expect(byDate.results.map(({ id }) => id)).toEqual(['a', 'b', 'article']);
  });
});

describe('searchedAsOne (a word the site has but no page of the recent index)', () => {
  // 网暴 is in the full index; the recent index lacks it and Pagefind matched 网格员 in the changed article.
  const pagefind = {
    search: async (_term: string | null, _options?: object) => ({
      results: [
        result('a', 9, '2020-02-01', '抵制网暴'),
        result('article', 5, '2020-02-15', '网格员上门登记', { section: ['防疫知识'] }),
      ],
      filters: { section: { 防疫知识: 2 } },
    }),
  };

  it('drops a recent result that does not have the query’s words, with its filter count', async () => {
    const found = await searchedAsOne(pagefind, changes, noDates).search('网暴');
    expect(found.results.map(({ id }) => id)).toEqual(['a']);
    expect(found.filters.section).toEqual({ 防疫知识: 1 });
    // It has 网格员: kept for that query.
    expect((await searchedAsOne(pagefind, changes, noDates).search('网格员')).results.map(({ id }) => id)).toEqual([
      'a',
      'article',
    ]);
  });
});

describe('searchedAsOne (an index in parts)', () => {
  const inParts: IndexChanges = { ...changes, parts: ['part-1/', 'part-2/'] };
  const asked: object[] = [];
  const pagefind = {
    search: async (_term: string | null, options?: object) => {
      asked.push(options ?? {});
      return { results: [result('a', 9, '', '口罩')], filters: { section: { 防疫知识: 1 }, part: { 0: 1, 1: 0 } } };
    },
  };
  // 口罩 is in every part, 科学家 only in part 2, 疫苗 in none.
  const masks: Record<string, number> = { 口罩: 0b111, 科学家: 0b100, 疫苗: 0 };
  const wordParts = async (words: readonly string[]) => words.map((word) => masks[word]);

  it('asks only the parts that have every word of the query, and the recent index', async () => {
    const engine = searchedAsOne(pagefind, inParts, noDates, wordParts);
    asked.length = 0;
    const found = await engine.search('科学家 口罩', { filters: { section: '防疫知识' } });
    expect(asked[0]).toMatchObject({
      filters: { section: '防疫知识', part: { any: ['2', 'recent'] }, not: { index: 'sample' } },
    });
    expect(found.filters).toEqual({ section: { 防疫知识: 1 } });
    // Every part for words every part has, or none has, and without a query.
    for (const term of ['口罩', '疫苗', null]) await engine.search(term);
    expect(asked.slice(1).map((options) => (options as { filters: object }).filters)).toEqual([
      { not: { index: 'sample' } },
      { not: { index: 'sample' } },
      { not: { index: 'sample' } },
    ]);
  });

  it('asks every part of an index in one part, or without the words’ parts', async () => {
    asked.length = 0;
    await searchedAsOne(pagefind, changes, noDates, wordParts).search('科学家');
    await searchedAsOne(pagefind, inParts, noDates).search('科学家');
    expect(asked).toEqual([{ filters: { not: { index: 'sample' } } }, { filters: { not: { index: 'sample' } } }]);
  });
});

import { describe, expect, it } from 'vitest';
import { highlightTerms, markTerms, queryWords, rankFallback, wordTerms } from '../../src/search/shared/query';
import { icuWords, searchTerms } from '../../src/search/shared/terms';

describe('wordTerms', () => {
  it('searches each word of a question alone, worth its length', () => {
    expect(wordTerms(['一起吃饭', '传染', '一起吃饭'])).toEqual([
      { text: '一起吃饭', weight: 4 },
      { text: '传染', weight: 2 },
    ]);
  });
});

describe('rankFallback', () => {
  // Worth 2, 2, 1, 1, 1: 7 in all.
  const terms = [
    ...wordTerms(['红马', '马甲']),
    { text: '红', weight: 1 },
    { text: '马', weight: 1 },
    { text: '甲', weight: 1 },
  ];
  const results = (...ids: string[]) => ids.map((id, index) => ({ id, score: 10 - index }));

  it('keeps pages that match at least half of the pieces, the best covered first', () => {
    const ranked = rankFallback(
      terms,
      [results('a'), results('a', 'b'), results('a', 'b', 'c'), results('b', 'c'), results('c')],
      new Set(),
    );
    // a: 2+2+1 = 5, b: 2+1+1 = 4, c: 1+1+1 = 3 (below half of 7)
    expect(ranked).toEqual(['a', 'b']);
  });

  it('leaves out pages the query itself found, and stops at the limit', () => {
    const all = results('a', 'b', 'c');
    expect(rankFallback(terms, [all, all, all, all, all], new Set(['b']), 1)).toEqual(['a']);
  });

  it('breaks ties by the best Pagefind score', () => {
    const ranked = rankFallback(
      terms,
      [
        [
          { id: 'low', score: 1 },
          { id: 'high', score: 9 },
        ],
        [
          { id: 'low', score: 1 },
          { id: 'high', score: 2 },
        ],
        [],
        [],
        [],
      ],
      new Set(),
    );
    expect(ranked).toEqual(['high', 'low']);
  });
});

describe('query words', () => {
  it('are the words Intl.Segmenter finds, as Pagefind splits the query', () => {
    expect(queryWords('新型冠状病毒')).toEqual(['新型', '冠状', '病毒']);
    expect(queryWords('口罩，隔离')).toEqual(['口罩', '隔离']);
  });
});

describe('highlightTerms', () => {
  it('marks the query and its longer words, not single characters', () => {
    expect(highlightTerms(' 疫情防控 ', ['疫', '情', '防', '控'])).toEqual(['疫情防控']);
    expect(highlightTerms('新型冠状病毒', ['新型', '冠状', '病毒'])).toEqual(['新型冠状病毒', '新型', '冠状', '病毒']);
    expect(highlightTerms('口罩  隔离', ['口罩', '隔离'])).toEqual(['口罩 隔离', '口罩', '隔离']);
    expect(highlightTerms('  ', [])).toEqual([]);
  });
});

describe('searchTerms (index time)', () => {
  it('indexes each phrase whole and in the words the browser will split a query into', () => {
    expect(searchTerms(['情绪疏导', '新冠']).split(' ')).toEqual(['情绪疏导', '情绪', '疏导', '新冠']);
    expect(searchTerms(['75%酒精']).split(' ')).toEqual(['75酒精', '75', '酒精']);
    expect(searchTerms(['Wi-Fi'])).toBe('wifi');
  });

  it('splits as Chromium does for the words of the query set', () => {
    expect(icuWords('一次性使用医用口罩')).toEqual(['一次', '性', '使用', '医用', '口罩']);
  });
});

describe('markTerms', () => {
  it('marks the terms, the longest first, and nothing else', () => {
    expect(markTerms('小店区社区宣传栏，小店的宣传', ['小店区', '小店'])).toEqual([
      { text: '小店区', marked: true },
      { text: '社区宣传栏，', marked: false },
      { text: '小店', marked: true },
      { text: '的宣传', marked: false },
    ]);
  });

  it('treats the terms as text, not patterns, and ignores case', () => {
    expect(markTerms('a.b COVID covid', ['.', 'covid'])).toEqual([
      { text: 'a', marked: false },
      { text: '.', marked: true },
      { text: 'b ', marked: false },
      { text: 'COVID', marked: true },
      { text: ' ', marked: false },
      { text: 'covid', marked: true },
    ]);
    expect(markTerms('口罩', [])).toEqual([{ text: '口罩', marked: false }]);
  });
});

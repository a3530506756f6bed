import { describe, expect, it } from 'vitest';
import { fallbackTerms, highlightTerms, markTerms, onlyFragmentsLeft, queryWords, rankFallback } from '../../src/lib/search-query';
import { icuWords, searchTerms } from '../../src/lib/search-terms';

describe('fallbackTerms', () => {
  it('splits the Chinese of a query into overlapping pairs and single characters', () => {
    expect(fallbackTerms('疫情防控')).toEqual([
      { text: '疫情', weight: 2 },
      { text: '情防', weight: 2 },
      { text: '防控', weight: 2 },
      { text: '疫', weight: 1 },
      { text: '情', weight: 1 },
      { text: '防', weight: 1 },
      { text: '控', weight: 1 },
    ]);
  });

  it('has nothing to add for one character or a query without Chinese', () => {
    expect(fallbackTerms('筷')).toEqual([]);
    expect(fallbackTerms('84')).toEqual([]);
  });

  it('keeps separate runs apart and repeats nothing', () => {
    expect(fallbackTerms('口罩 口罩').map((term) => term.text)).toEqual(['口罩', '口', '罩']);
    expect(fallbackTerms('84消毒液').map((term) => term.text)).toEqual(['消毒', '毒液', '消', '毒', '液']);
  });
});

describe('rankFallback', () => {
  const terms = fallbackTerms('红马甲'); // 红马 马甲 红 马 甲: 7 in all
  const results = (...ids: string[]) => ids.map((id, index) => ({ id, score: 10 - index }));

  it('keeps pages that match at least half of the pieces, the best covered first', () => {
    const ranked = rankFallback(terms, [results('a'), results('a', 'b'), results('a', 'b', 'c'), results('b', 'c'), results('c')], new Set());
    // a: 2+2+1 = 5, b: 2+1+1 = 4, c: 1+1+1 = 3 (below half of 7)
    expect(ranked).toEqual(['a', 'b']);
  });

  it('leaves out pages the query itself found, and stops at the limit', () => {
    const all = results('a', 'b', 'c');
    expect(rankFallback(terms, [all, all, all, all, all], new Set(['b']), 1)).toEqual(['a']);
  });

  it('breaks ties by the best Pagefind score', () => {
    const ranked = rankFallback(terms, [[{ id: 'low', score: 1 }, { id: 'high', score: 9 }], [{ id: 'low', score: 1 }, { id: 'high', score: 2 }], [], [], []], new Set());
    expect(ranked).toEqual(['high', 'low']);
  });
});

describe('query words', () => {
  it('are the words Intl.Segmenter finds, as Pagefind splits the query', () => {
    expect(queryWords('新型冠状病毒')).toEqual(['新型', '冠状', '病毒']);
    expect(queryWords('口罩，隔离')).toEqual(['口罩', '隔离']);
  });

  it('drop results when only single characters of the query were found', () => {
    expect(onlyFragmentsLeft(['宇航', '员'], ['宇航'])).toBe(true);
    expect(onlyFragmentsLeft(['口罩', '哪里', '买'], ['哪里'])).toBe(false);
    expect(onlyFragmentsLeft(['红', '事'], [])).toBe(false);
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

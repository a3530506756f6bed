import { describe, expect, it } from 'vitest';
import { buildLexicon, parseSynonymGroups, shardLexicon, synonymsFor } from '../../src/search/build/lexicon';
import { wordsOfText } from '../../src/search/shared/terms';
import { rankResults, wordTerms } from '../../src/search/shared/query';
import {
  Lexicon,
  lexiconShardOf,
  normalizeQuery,
  segmentKnown,
  subWords,
  synonymQueries,
  understandQuery,
} from '../../src/search/shared/understand';
import { icuWords } from '../../src/search/shared/terms';

/** A site whose pages have these words (most common first), as the build writes its lexicon. */
const SITE_WORDS = [
  '办白事',
  '白事',
  '透气',
  '群里的',
  '消息',
  '口罩',
  '隔离',
  '发热',
  '发烧',
  '睡不着',
  '失眠',
  '晚上',
  '一起吃饭',
  '分餐',
  '传染',
  '谣言',
  '消毒',
  '84消毒液',
  '兑水',
  '清明节',
  '祭扫',
  '拍照',
  '门口',
  '严格',
  'n95',
  '并文明20201号',
  '2020',
  '疫情',
];
const lexicon = new Lexicon(buildLexicon(SITE_WORDS));
const understand = (query: string, withSegmenter = true) =>
  understandQuery(query, lexicon, withSegmenter ? icuWords : undefined);

describe('understandQuery: question and filler words', () => {
  it('keeps the topic of a question and drops 怎么办, 了, 吗, 哪里…', () => {
    expect(understand('发烧了怎么办').words).toEqual(['发烧']);
    expect(understand('晚上睡不着怎么办').words).toEqual(['睡不着']);
    expect(understand('一起吃饭怎么防传染').words).toEqual(['一起吃饭', '传染']);
    expect(understand('口罩哪里买').words).toEqual(['口罩']);
    expect(understand('隔离要多久').words).toEqual(['隔离']);
    expect(understand('84消毒液怎么兑水').words).toEqual(['84消毒液', '兑水']);
    expect(understand('可以不戴口罩吗').words).toEqual(['口罩']);
  });

  it('marks how-to questions, and only those', () => {
    expect(understand('发烧了怎么办').howTo).toBe(true);
    expect(understand('如何消毒').howTo).toBe(true);
    expect(understand('口罩').howTo).toBe(false);
    expect(understand('隔离要多久').howTo).toBe(false);
    expect(understand('野味能吃吗').howTo).toBe(true);
  });

  it('splits the same way without Intl.Segmenter', () => {
    for (const query of ['发烧了怎么办', '晚上睡不着怎么办', '一起吃饭怎么防传染', '口罩哪里买']) {
      expect(understand(query, false).words, query).toEqual(understand(query).words);
    }
  });

  it('makes full-width letters and digits plain and drops punctuation (document numbers)', () => {
    expect(normalizeQuery('Ｎ９５ 口罩？')).toEqual(['n95', '口罩']);
    expect(understand('并文明〔2020〕1号').words).toEqual(['并文明20201号']);
    expect(understand('N95').words).toEqual(['n95']);
  });
});

describe('understandQuery: honest about words the site does not have', () => {
  it('reports a missing word of two or more characters, for one word and for several', () => {
    expect(understand('疫苗')).toMatchObject({ words: [], missing: ['疫苗'] });
    expect(understand('宇航员')).toMatchObject({ words: [], missing: ['宇航员'] });
    expect(understand('疫苗在哪里打')).toMatchObject({ words: [], missing: ['疫苗'] });
    expect(understand('口罩 疫苗')).toMatchObject({ words: ['口罩'], missing: ['疫苗'] });
    // A character after a word of the site: a longer word the site does not have.
    expect(understand('隔离码怎么申请')).toMatchObject({ words: ['隔离'], missing: ['隔离码', '申请'] });
  });

  it('reports the missing word without Intl.Segmenter too', () => {
    expect(understand('疫苗', false)).toMatchObject({ words: [], missing: ['疫苗'] });
  });

  it('reports characters that form no word of the site as missing, with or without other words', () => {
    // ICU splits 守门人 into single characters: still a word the site does not have.
    expect(understand('守门人')).toMatchObject({ words: [], missing: ['守门人'] });
    expect(understand('做好隔离')).toMatchObject({ words: ['隔离'], missing: [] });
  });

  it('reports three unknown characters beside words of the site as a missing name, not grammar', () => {
    // ICU splits 布洛芬 into single characters; 好 in 做好 stays grammar.
    expect(understand('布洛芬能治发烧吗')).toMatchObject({ words: ['发烧'], missing: ['布洛芬'] });
    expect(understand('做好隔离')).toMatchObject({ words: ['隔离'], missing: [] });
  });

  it('never searches a lone character left over from a missing word, but searches a query of one character', () => {
    expect(understand('宇航员').words).toEqual([]);
    expect(understand('罩').words).toEqual(['罩']);
    expect(understand('戴口罩').words).toEqual(['口罩']);
  });
});

describe('understandQuery: traditional characters and typos', () => {
  it('converts traditional characters to simplified and says so', () => {
    expect(understand('謠言')).toMatchObject({ words: ['谣言'], converted: true, simplified: '谣言' });
    expect(understand('隔離')).toMatchObject({ words: ['隔离'], converted: true });
    expect(understand('發熱怎麼辦')).toMatchObject({ words: ['发热'], converted: true, howTo: true });
    expect(understand('谣言').converted).toBe(false);
  });

  it('corrects a word the site lacks to one that sounds the same', () => {
    expect(understand('口照')).toMatchObject({
      words: ['口罩'],
      corrections: [{ from: '口照', to: '口罩' }],
      missing: [],
    });
    expect(understand('谣严怎么办')).toMatchObject({ words: ['谣言'], corrections: [{ from: '谣严', to: '谣言' }] });
  });

  it('corrects a typo beside one more character, but never a part of a word the segmenter knows', () => {
    expect(understand('戴扣罩')).toMatchObject({
      words: ['口罩'],
      corrections: [{ from: '扣罩', to: '口罩' }],
      missing: [],
    });
    expect(understand('宇航员')).toMatchObject({ words: [], corrections: [], missing: ['宇航员'] });
  });

  it('reads a doubled character of spoken Chinese as the word without it', () => {
    expect(understand('屋里透透气')).toMatchObject({ words: ['透气'], missing: [] });
  });

  it('leaves words of the site alone even when another word sounds the same', () => {
    expect(understand('拍照').corrections).toEqual([]);
  });
});

describe('segmentKnown', () => {
  it('does not take a word of the site that ends in a particle (群里的)', () => {
    expect(segmentKnown('群里的消息', lexicon).map((piece) => piece.text)).toEqual(['群', '里', '的', '消息']);
  });

  it('finds the words of the site inside a longer one, for the fallback search', () => {
    expect(subWords('办白事', lexicon)).toEqual(['白事']);
    expect(subWords('口罩', lexicon)).toEqual([]);
  });

  it('covers as many characters as possible with words of the site', () => {
    expect(segmentKnown('睡不着怎么办', lexicon).map((piece) => piece.text)).toEqual(['睡不着', '怎么办']);
    expect(segmentKnown('疫苗', lexicon)).toEqual([
      { text: '疫', known: false },
      { text: '苗', known: false },
    ]);
  });
});

describe('the build side', () => {
  it('keeps only traditional characters of characters the site has', () => {
    const { t2s } = buildLexicon(['谣言']);
    expect(t2s).toContain('謠谣');
    expect(t2s).not.toContain('國国');
  });

  it('replaces single characters ICU leaves for unknown words by their pieces', () => {
    const words = wordsOfText('疫情防控，戴口罩。');
    expect(words).toContain('疫情');
    expect(words).toContain('防控');
    expect(words).not.toContain('疫');
    expect(words).not.toContain('情');
    expect(words).toContain('口罩');
  });

  it('adds the words of a synonym group a text has one word of, as often as it has them', () => {
    const groups = parseSynonymGroups(['上坟 扫墓、祭扫，烧纸', 'N95 口罩', '单独']);
    expect(groups).toEqual([
      ['上坟', '扫墓', '祭扫', '烧纸'],
      ['N95', '口罩'],
    ]);
    // The word the page has is listed too: its text may be split otherwise.
    expect([...synonymsFor('清明节前去扫墓', groups)]).toEqual([
      ['上坟', 1],
      ['扫墓', 1],
      ['祭扫', 1],
      ['烧纸', 1],
    ]);
    expect([...synonymsFor('扫墓、扫墓、扫墓、扫墓', groups).values()]).toEqual([3, 3, 3, 3]);
    expect([...synonymsFor('N95 口罩', groups).keys()]).toEqual(['N95', '口罩']);
    expect(synonymsFor('洗手', groups).size).toBe(0);
  });
});

describe('ranking', () => {
  const results = [
    { id: 'story', score: 3 },
    { id: 'old', score: 2.5 },
    { id: 'sms', score: 2.2 },
    { id: 'advice', score: 2 },
    { id: 'other', score: 1 },
  ];
  const ids = (ranked: readonly { id: string }[]) => ranked.map((result) => result.id);
  const advice = new Set(['advice', 'old']);
  const overdue = new Set(['old']);

  it('puts overdue advice below every current advice result, and nothing else', () => {
    expect(ids(rankResults(results, { weight: () => 1, advice, overdue }))).toEqual([
      'story',
      'sms',
      'advice',
      'old',
      'other',
    ]);
    // Without current advice among the results it keeps its place.
    expect(
      ids(
        rankResults(
          results.filter((result) => result.id !== 'advice'),
          { weight: () => 1, advice, overdue },
        ),
      ),
    ).toEqual(['story', 'old', 'sms', 'other']);
  });

  it('moves advice up for a how-to question and cards down', () => {
    const weight = (id: string) => (id === 'advice' ? 2 : id === 'sms' ? 0.5 : 1);
    expect(ids(rankResults(results, { weight, advice, overdue }))).toEqual(['advice', 'story', 'old', 'sms', 'other']);
  });

  it('weighs fallback words by their length', () => {
    expect(wordTerms(['晚上', '睡不着'])).toEqual([
      { text: '晚上', weight: 2 },
      { text: '睡不着', weight: 3 },
    ]);
  });
});

describe('the vocabulary in shards', () => {
  it('splits a query the same with the shards of its characters loaded as with the whole vocabulary', () => {
    const { core, shards } = shardLexicon(buildLexicon(SITE_WORDS), 8);
    expect(core.words).toBe('');
    const sharded = new Lexicon(core);
    for (const char of new Set([...'晚上睡不着怎么办'])) sharded.addWords(shards[lexiconShardOf(char, 8)]!.words);
    expect(understandQuery('晚上睡不着怎么办', sharded, icuWords)).toEqual(understand('晚上睡不着怎么办'));
    expect(
      shards
        .map((shard) => shard.words)
        .join(' ')
        .split(' ')
        .filter(Boolean)
        .sort(),
    ).toEqual([...SITE_WORDS].sort());
    expect(shards.every((shard) => shard.parts === undefined)).toBe(true);
  });
});

describe('synonymQueries', () => {
  // As the build writes it: only the words of a group the site has (聚餐 is not on this site).
  const withGroups = new Lexicon(
    buildLexicon(SITE_WORDS, [
      ['一起吃饭', '分餐', '聚餐'],
      ['发烧', '发热'],
    ]),
  );
  it('asks the question again with each other word of a group the site has', () => {
    expect(synonymQueries(['一起吃饭', '传染'], withGroups)).toEqual([['分餐', '传染']]);
    expect(synonymQueries(['发热'], withGroups)).toEqual([['发烧']]);
    expect(synonymQueries(['口罩'], withGroups)).toEqual([]);
  });

  it('asks at most two other wordings, in the group’s order: each costs the reader an index chunk', () => {
    const many = new Lexicon({ ...buildLexicon(SITE_WORDS), synonyms: [['失眠', '睡不着', '晚上', '疫情']] });
    expect(synonymQueries(['失眠'], many)).toEqual([['睡不着'], ['晚上']]);
    expect(synonymQueries(['失眠'], many, 3)).toHaveLength(3);
  });
});

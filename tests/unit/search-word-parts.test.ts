import { describe, expect, it } from 'vitest';
import { partsHavingWords } from '../../src/search/build/index-words';
import { buildLexicon, shardLexicon } from '../../src/search/build/lexicon';
import { Lexicon, lexiconShardOf } from '../../src/search/shared/understand';
import { decodeWordParts, encodeWordParts, partsToSearch } from '../../src/search/shared/word-parts';

describe('which parts of an index in parts have a word', () => {
  // Pagefind's words of three parts, sorted (index-words.ts indexedWords).
  const partWords = [
    ['口罩', '新春', '洗手', '科学家'].sort(),
    ['口罩', '新办', '新春'].sort(),
    ['发热门诊', '口罩', '新春'].sort(),
  ];

  it('gives each word the parts that have a word starting with it, as Pagefind matches a query word', () => {
    expect(partsHavingWords(['口罩', '新办', '发热', '发热门诊', '科学', '门诊', '疫苗'], partWords)).toEqual([
      0b111, 0b010, 0b100, 0b100, 0b001, 0, 0,
    ]);
  });

  it('writes each word’s parts into its shard, which the browser reads back', () => {
    const words = ['口罩', '新春', '新办', '发热门诊', '洗手'];
    const masks = partsHavingWords(words, partWords);
    const { core, shards } = shardLexicon(buildLexicon(words), 4, { parts: 3, masks });
    expect(core.parts).toBe(3);
    const lexicon = new Lexicon(core);
    for (const shard of shards) lexicon.addWords(shard.words, shard.parts);
    expect(words.map((word) => lexicon.partsOf(word))).toEqual(masks);
    // A word of a shard not loaded (or of no shard) has no known parts.
    const partly = new Lexicon(core);
    const first = lexiconShardOf('口', 4);
    partly.addWords(shards[first]!.words, shards[first]!.parts);
    expect(partly.partsOf('口罩')).toBe(0b111);
    expect(partly.partsOf('疫苗')).toBeUndefined();
  });

  it('encodes the masks of any number of parts and decodes them unchanged', () => {
    for (const parts of [2, 4, 5, 6, 11, 31]) {
      const masks = [0, 1, 2 ** parts - 1, 2 ** (parts - 1), 5 % 2 ** parts, (2 ** parts - 1) & 0x2aaaaaaa];
      expect(decodeWordParts(encodeWordParts(masks, parts), masks.length, parts), `${parts} parts`).toEqual(masks);
    }
    // One character a word up to five parts: the shards grow little.
    expect(encodeWordParts([0b111, 0b010], 3)).toHaveLength(2);
  });
});

describe('the parts a search asks', () => {
  it('asks the parts that have every word of the query', () => {
    expect(partsToSearch([0b0110, 0b0011], 4)).toEqual([1]);
    expect(partsToSearch([0b1111], 4)).toEqual([0, 1, 2, 3]);
    expect(partsToSearch([0b0101, 0b0100], 4)).toEqual([2]);
  });

  it('asks every part for words no part has or whose parts are not known: each answers leniently, as one index would', () => {
    expect(partsToSearch([], 4)).toBeNull();
    expect(partsToSearch([undefined, 0], 4)).toBeNull();
    expect(partsToSearch([0b0010, undefined, 0], 4)).toEqual([1]);
  });

  it('asks no part when no part has every word, for no page has them all', () => {
    expect(partsToSearch([0b0001, 0b0010], 4)).toEqual([]);
  });
});

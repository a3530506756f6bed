/**
 * What the browser needs to understand a query (src/search/shared/understand.ts), written by the build
 * next to the index as `lexicon.json`: the site's vocabulary, traditional forms of the index's
 * characters, and their pinyin. Also the site-wide synonym groups editors keep in the settings
 * (网站设置 → 搜索同义词), added to each page that has one word of a group as hidden keywords.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { FILLER_WORDS, HOW_TO_WORDS, lexiconShardOf, type LexiconData, type LexiconShard } from '../shared/understand';
import { encodeWordParts } from '../shared/word-parts';
import { readSettingsFile } from '../../config/settings-file';
import { unescapeHtml } from '../../lib/html-escape';
import { icuWords } from '../shared/terms';

/** Vocabulary shards: the first search loads those of its characters (a few KB each) instead of all of it. */
export const LEXICON_SHARDS = 32;

const HAN = /\p{Script=Han}/u;
/** Metadata fields whose words a query can match (search-documents.ts, search-fields.ts). */
const WORD_FIELDS = new Set(['words', 'keywords', 'title_words', 'synonyms']);
const METADATA = /data-pagefind-meta="([^":]*):([^"]*)"/g;

/** The searchable words of one search document (two or more characters), once each. */
export function vocabularyOf(content: string): string[] {
  const words = new Set<string>();
  for (const [, key, value] of content.matchAll(METADATA)) {
    if (!WORD_FIELDS.has(key!)) continue;
    for (const word of unescapeHtml(value!).toLowerCase().split(/\s+/))
      if ([...word].length >= 2 && /^[\p{L}\p{N}]+$/u.test(word)) words.add(word);
  }
  return [...words];
}

/** Counts in how many documents each word occurs. */
export class VocabularyCounter {
  private readonly counts_ = new Map<string, number>();

  /** Counts a document with these words (its `vocabularyOf`, each once). */
  add(words: readonly string[]): void {
    for (const word of words) this.counts_.set(word, (this.counts_.get(word) ?? 0) + 1);
  }

  /** In how many documents each word occurs. */
  counts(): ReadonlyMap<string, number> {
    return this.counts_;
  }

  /** The words, most common first (ties in code-point order, so the file is the same for the same site). */
  words(): string[] {
    return [...this.counts_].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([word]) => word);
  }
}

const require = createRequire(import.meta.url);

/** OpenCC's dictionaries (`from to|from to…`), read from the package at build time only. */
function openccPairs(name: string): [string, string][] {
  const file = require.resolve(`opencc-js/dict/${name}`);
  const text = readFileSync(file, 'utf8')
    .replace(/^export default "/, '')
    .replace(/";?\s*$/, '');
  return text.split('|').map((pair) => pair.split(' ') as [string, string]);
}

let traditional: Map<string, string> | undefined;

/** Every traditional or regional variant character OpenCC knows, with its simplified form. */
function traditionalToSimplified(): Map<string, string> {
  if (traditional) return traditional;
  const ts = new Map<string, string>();
  for (const [from, to] of openccPairs('TSCharacters')) if ([...from].length === 1 && to) ts.set(from, [...to][0]!);
  traditional = new Map(ts);
  for (const name of ['TWVariantsRev', 'HKVariantsRev']) {
    for (const [variant, standard] of openccPairs(name)) {
      if ([...variant].length !== 1 || !standard) continue;
      const first = [...standard][0]!;
      if (!traditional.has(variant)) traditional.set(variant, ts.get(first) ?? first);
    }
  }
  return traditional;
}

/**
 * The 3,755 common characters of GB 2312 (level 1), which a reader's typo is most likely made of:
 * a homophone typed by pinyin need not be a character the site has (洗首 for 洗手).
 */
function commonCharacters(): string[] {
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xd7; row += 1) for (let cell = 0xa1; cell <= 0xfe; cell += 1) bytes.push(row, cell);
  return [...new TextDecoder('gb18030').decode(Uint8Array.from(bytes))].filter((char) => HAN.test(char));
}

/** The lexicon for a site whose documents have these words (most common first). */
export function buildLexicon(
  words: readonly string[],
  groups: SynonymGroups = [],
  counts?: ReadonlyMap<string, number>,
): LexiconData {
  const chars = new Set<string>();
  // The question words too: 怎麼辦 is understood as 怎么办.
  for (const word of [...words, ...HOW_TO_WORDS, ...FILLER_WORDS])
    for (const char of word) if (HAN.test(char)) chars.add(char);
  let t2s = '';
  for (const [from, to] of traditionalToSimplified())
    if (from !== to && chars.has(to) && !chars.has(from)) t2s += from + to;
  const bySound: Record<string, string> = {};
  for (const char of [...new Set([...chars, ...commonCharacters()])].sort()) {
    const [syllable] = pinyin(char, { toneType: 'none', type: 'array' });
    if (syllable && /^[a-zü]+$/.test(syllable)) bySound[syllable] = (bySound[syllable] ?? '') + char;
  }
  const known = new Set(words);
  // Only the words of a group that the site has (the others are never searched), groups of two or more.
  const synonyms = groups
    .map((group) => group.map((word) => word.toLowerCase()).filter((word) => known.has(word)))
    .filter((group) => group.length >= 2);
  // Words a typo may be corrected to: words of the dictionary, or on three pages or more (not pieces such as 与报).
  const suggest = words.filter(
    (word) =>
      /^\p{Script=Han}{2,4}$/u.test(word) &&
      (icuWords(word).length === 1 ||
        (counts?.get(word) ?? 0) >= 3 ||
        (known.has(word) && groups.some((group) => group.includes(word)))),
  );
  return { words: words.join(' '), t2s, synonyms, pinyin: bySound, suggest: suggest.join(' ') };
}

/** Which parts of an index in parts have each word of the vocabulary, in its order (index-words.ts). */
export interface VocabularyParts {
  /** The index's parts (more than one). */
  parts: number;
  /** A mask for each word of the vocabulary, bit n for part n. */
  masks: readonly number[];
}

/**
 * The lexicon as the browser loads it: the core (characters, synonym groups) without the vocabulary,
 * and the vocabulary in `shards` files by each word's first character, in the same order; for an
 * index in parts, each shard with its words' parts.
 */
export function shardLexicon(
  data: LexiconData,
  shards = LEXICON_SHARDS,
  wordParts?: VocabularyParts,
): { core: LexiconData; shards: LexiconShard[] } {
  const words: string[][] = Array.from({ length: shards }, () => []);
  const masks: number[][] = Array.from({ length: shards }, () => []);
  data.words
    .split(' ')
    .filter(Boolean)
    .forEach((word, index) => {
      const shard = lexiconShardOf([...word][0]!, shards);
      words[shard]!.push(word);
      if (wordParts) masks[shard]!.push(wordParts.masks[index]!);
    });
  return {
    core: { ...data, words: '', shards, ...(wordParts && { parts: wordParts.parts }) },
    shards: words.map((list, shard) => ({
      words: list.join(' '),
      ...(wordParts && { parts: encodeWordParts(masks[shard]!, wordParts.parts) }),
    })),
  };
}

/** Synonym groups: each a list of words that mean the same thing to a reader. */
export type SynonymGroups = readonly (readonly string[])[];

/** The groups of an editor's list: one group per item, words separated by spaces, commas or 、/. */
export function parseSynonymGroups(items: readonly unknown[]): string[][] {
  return items
    .filter((item): item is string => typeof item === 'string')
    .map((item) => [
      ...new Set(
        item
          .split(/[\s,，、/／;；]+/)
          .map((word) => word.trim())
          .filter(Boolean),
      ),
    ])
    .filter((group) => group.length >= 2);
}

/** The site-wide synonym groups of the settings under `root`, none when the file has none. */
export function readSynonymGroups(root: string): string[][] {
  const items = readSettingsFile(root, { strict: false }).data.searchSynonyms;
  return Array.isArray(items) ? parseSynonymGroups(items) : [];
}

/** How many times at most a synonym is repeated for a page that says its group's words often. */
export const SYNONYM_REPEAT = 3;

/**
 * The other words of every group one of whose words occurs in `text` (lower case), each with how
 * many times the group's words occur there (at most SYNONYM_REPEAT): a page that says 扫墓 is also
 * found by 上坟 and 烧纸, and one that says it often ranks higher. The group's words the page has
 * are listed too.
 */
export function synonymsFor(text: string, groups: SynonymGroups): Map<string, number> {
  const lower = text.toLowerCase();
  const found = new Map<string, number>();
  for (const group of groups) {
    const times = group.reduce((sum, word) => sum + lower.split(word.toLowerCase()).length - 1, 0);
    if (times === 0) continue;
    // The words the page has too: its text may split them otherwise (红马甲 as 红 + 马甲), and a
    // query sends them whole.
    for (const word of group) found.set(word, Math.max(found.get(word) ?? 0, Math.min(times, SYNONYM_REPEAT)));
  }
  return found;
}

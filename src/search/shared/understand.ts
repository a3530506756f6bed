/**
 * How the search page understands a query before it asks Pagefind, pure so that it can be tested
 * without a browser (docs/search.md, "How a query is understood").
 *
 * The build writes the site's vocabulary (every word of two or more characters a page can be found
 * by), a table of traditional characters for the characters of the index, and the pinyin of those
 * characters (src/search/build/lexicon.ts). A query is converted to simplified characters,
 * split into the vocabulary's words, question and filler words are dropped, and what is left is
 * either a word of the site (searched), a word of two or more characters the site does not have
 * (reported as not found, or corrected to a word that sounds the same), or single characters.
 */

import { decodeWordParts } from './word-parts';

/** What the build writes for the browser (`/pagefind/lexicon.json`). */
export interface LexiconData {
  /** Words of two or more characters that the index holds, the most common first, space-separated. */
  readonly words: string;
  /** Traditional and variant characters followed by their simplified form: `國国門门…`. */
  readonly t2s: string;
  /** The site-wide synonym groups (网站设置 → 搜索同义词), lower case, with a word the site has. */
  readonly synonyms?: readonly (readonly string[])[];
  /**
   * The characters of the index and the common ones by their toneless pinyin (`{ zhao: '照罩…' }`);
   * written to a file of its own, loaded only when a query has a word the site does not have.
   */
  readonly pinyin?: Readonly<Record<string, string>>;
  /** Words a typo may be corrected to (real words, not pieces of text), space-separated; with the pinyin. */
  readonly suggest?: string;
  /**
   * When set, `words` is empty and the vocabulary is in this many shard files by a word's first
   * character (`lexiconShardOf`): a query loads only the shards of its characters.
   */
  readonly shards?: number;
  /**
   * When the index is in this many parts (more than one), each shard names the parts that have
   * each of its words (src/search/shared/word-parts.ts).
   */
  readonly parts?: number;
}

/** A shard of the vocabulary (`lexicon-<n>.json`): its words and, for an index in parts, their parts. */
export interface LexiconShard {
  readonly words: string;
  /** Each word's parts (`encodeWordParts`), in the words' order; only when the index is in parts. */
  readonly parts?: string;
}

/** The shard of the vocabulary that holds the words starting with `char` (of `shards`). */
export const lexiconShardOf = (char: string, shards: number): number => char.codePointAt(0)! % shards;

/**
 * Words that make a query a question about what to do (怎么戴口罩, 发烧了怎么办): they are not
 * topic words, and such a query prefers advice (knowledge, customs and task pages) to stories.
 */
export const HOW_TO_WORDS: readonly string[] = [
  '怎么办',
  '怎么样',
  '怎么做',
  '怎么弄',
  '怎么',
  '怎样',
  '怎么回事',
  '如何',
  '咋办',
  '咋',
  '该怎么',
  '要怎么',
  '怎么才能',
  '注意什么',
  '注意啥',
  '需要注意',
  '要注意',
  '能不能',
  '可不可以',
  '要不要',
  '需不需要',
  '用不用',
  '该不该',
  '行不行',
];

/** Ends a yes/no question about what to do (能吃吗, 要戴口罩吗, 能吃不): also a how-to question. */
const YES_NO = /(吗|么|不)$/u;

/** Other question and filler words: never topic words (哪里, 多久, 吗, 了…), nor times and places of asking (晚上, 在家). */
export const FILLER_WORDS: readonly string[] = [
  '什么',
  '什么时候',
  '为什么',
  '为啥',
  '干什么',
  '做什么',
  '是什么',
  '啥',
  '哪里',
  '哪儿',
  '在哪',
  '在哪里',
  '去哪',
  '去哪里',
  '哪些',
  '哪个',
  '哪家',
  '多久',
  '多长时间',
  '多少',
  '几天',
  '几次',
  '多少钱',
  '是否',
  '能否',
  '可以',
  '可能',
  '应该',
  '需要',
  '必须',
  '一定',
  '有没有',
  '是不是',
  '会不会',
  '请问',
  '一下',
  '的话',
  '时候',
  '我们',
  '我家',
  '自己',
  '他们',
  '大家',
  '现在',
  '还是',
  '或者',
  '这个',
  '那个',
  '怎么回事',
  '正确',
  '到底',
  '最好',
  '晚上',
  '白天',
  '每天',
  '最近',
  '总是',
  '经常',
  '一直',
  '老是',
  '有点',
  '特别',
  '非常',
  '在家',
  '家里',
  '家中',
  '还能',
  '还要',
  '还可以',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '嘛',
  '了',
  '的',
  '地',
  '得',
  '着',
  '过',
  '要',
  '能',
  '会',
  '该',
  '想',
  '我',
  '你',
  '他',
  '她',
  '它',
  '在',
  '是',
  '有',
  '和',
  '与',
  '跟',
  '给',
  '把',
  '被',
  '让',
  '还',
  '也',
  '就',
  '都',
  '又',
  '去',
  '来',
  '做',
  '办',
  '么',
  '怎',
  '哪',
  '谁',
  '吗',
  '个',
  '才',
  '再',
  '先',
  '后',
  '前',
  '时',
  '中',
  '里',
  '用',
  '不',
  '没',
  '小时',
  '分钟',
  '一点',
  '有用',
  '有效',
  '管用',
];

const STOP = new Set([...HOW_TO_WORDS, ...FILLER_WORDS]);
/**
 * Words of the vocabulary that end in a particle (群里的, 走了) are pieces of text, not words a
 * reader means: the query is split without them (群里的消息 → 群 里 的 消息).
 */
const ENDS_IN_PARTICLE = /[的了吗呢吧啊]$/u;
const HOW_TO = new Set(HOW_TO_WORDS);
const HAN = /\p{Script=Han}/u;
/** The longest word the query is matched against (longer vocabulary entries are phrases). */
const MAX_WORD = 12;

/** The site's vocabulary and character tables, as the browser reads them. */
export class Lexicon {
  /** Each word and its rank (0 for the most common). */
  readonly words = new Map<string, number>();
  readonly simplified = new Map<string, string>();
  readonly pinyin = new Map<string, string>();
  /** Each word of a synonym group and the other words of its groups. */
  readonly synonyms = new Map<string, string[]>();
  private sounds: Map<string, string> | undefined;

  /** The number of vocabulary shards to load by character (0: the whole vocabulary is here). */
  readonly shards: number;
  /** The parts of the index (1 when it is whole). */
  readonly parts: number;
  /** For an index in parts, the parts that have each loaded word (word-parts.ts). */
  private readonly partsOfWord = new Map<string, number>();

  constructor(data: LexiconData) {
    this.shards = data.shards ?? 0;
    this.parts = data.parts ?? 1;
    this.addWords(data.words);
    const pairs = [...data.t2s];
    for (let i = 0; i + 1 < pairs.length; i += 2) this.simplified.set(pairs[i]!, pairs[i + 1]!);
    if (data.pinyin) this.addPinyin(data.pinyin, data.suggest);
    for (const group of data.synonyms ?? []) {
      for (const word of group)
        this.synonyms.set(word, [
          ...new Set([...(this.synonyms.get(word) ?? []), ...group.filter((other) => other !== word)]),
        ]);
    }
  }

  /** Adds words of the vocabulary (a shard's, space-separated, the most common first), with their parts when known. */
  addWords(words: string, parts?: string): void {
    const start = this.words.size;
    const list = words ? words.split(' ') : [];
    const masks = parts ? decodeWordParts(parts, list.length, this.parts) : [];
    list.forEach((word, rank) => {
      if (!word || this.words.has(word)) return;
      this.words.set(word, start + rank);
      if (masks[rank] !== undefined) this.partsOfWord.set(word, masks[rank]);
    });
  }

  /** The parts of the index that have `word` (a bit per part), or undefined when not known (word-parts.ts). */
  partsOf(word: string): number | undefined {
    return this.partsOfWord.get(word);
  }

  /** Adds the pinyin of characters and the words a typo may be corrected to (the lexicon's pinyin file). */
  addPinyin(pinyin: Readonly<Record<string, string>>, suggest = ''): void {
    for (const [syllable, chars] of Object.entries(pinyin))
      for (const char of chars) if (!this.pinyin.has(char)) this.pinyin.set(char, syllable);
    // Words of the vocabulary by construction (the build writes only those), whichever shards are loaded.
    this.suggestions = suggest.split(' ').filter(Boolean);
    this.sounds = undefined;
  }

  private suggestions: string[] = [];

  /** A word of the site: of the loaded vocabulary, or of a synonym group (the build keeps only their words the site has). */
  has(word: string): boolean {
    return this.words.has(word) || this.synonyms.has(word);
  }

  /** The pinyin of a word, syllables joined by spaces, or undefined when a character has none. */
  soundOf(word: string, fuzzy = false): string | undefined {
    const syllables = [...word].map((char) => this.pinyin.get(char));
    if (syllables.some((syllable) => syllable === undefined)) return undefined;
    return syllables.map((syllable) => (fuzzy ? fuzzySyllable(syllable!) : syllable)).join(' ');
  }

  /**
   * A word of the site that sounds like `word` (口照 → 口罩), the most common first; exact pinyin
   * before the confusions of pinyin input (z/zh, c/ch, s/sh, n/ng, l/n).
   */
  soundsLike(word: string): string | undefined {
    if (!this.sounds) {
      this.sounds = new Map();
      for (const candidate of this.suggestions) {
        const length = [...candidate].length;
        if (length < 2 || length > 4 || ![...candidate].every((char) => HAN.test(char))) continue;
        for (const fuzzy of [false, true]) {
          const key = this.soundOf(candidate, fuzzy);
          if (key && !this.sounds.has(`${fuzzy}${key}`)) this.sounds.set(`${fuzzy}${key}`, candidate);
        }
      }
    }
    for (const fuzzy of [false, true]) {
      const key = this.soundOf(word, fuzzy);
      const found = key && this.sounds.get(`${fuzzy}${key}`);
      if (found && found !== word) return found;
    }
    return undefined;
  }
}

function fuzzySyllable(syllable: string): string {
  return syllable
    .replace(/^([zcs])h/, '$1')
    .replace(/ng$/, 'n')
    .replace(/^l/, 'n');
}

/** A query as the search page understands it. */
export interface Understanding {
  /** The query in simplified characters, without punctuation. */
  readonly simplified: string;
  /** True when traditional characters were converted (the page says 已按简体字搜索). */
  readonly converted: boolean;
  /** Words to search for: words of the site, corrected words, or (only when nothing else is left) single characters. */
  readonly words: readonly string[];
  /** Words of two or more characters the site does not have (and that nothing sounds like). */
  readonly missing: readonly string[];
  /** Words that were not on the site, replaced by a word of the site that sounds the same. */
  readonly corrections: readonly { readonly from: string; readonly to: string }[];
  /** A question about what to do (怎么, 如何…): advice ranks before stories. */
  readonly howTo: boolean;
}

/** Converts traditional and variant characters to simplified ones, for the characters the site has. */
export function toSimplified(text: string, lexicon: Lexicon): string {
  return [...text].map((char) => lexicon.simplified.get(char) ?? char).join('');
}

/** A query without punctuation and symbols, full-width letters and digits made plain, lower case, in parts split at spaces. */
export function normalizeQuery(query: string): string[] {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .map((part) => part.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
}

type Piece = { readonly text: string; readonly known: boolean };

/**
 * Splits a run of text into words of the site and question/filler words, covering as many
 * characters as possible with as few pieces as possible; characters no word covers come out one
 * by one (known: false).
 */
export function segmentKnown(text: string, lexicon: Pick<Lexicon, 'has'>): Piece[] {
  const chars = [...text];
  const n = chars.length;
  // best[i]: cost of the best split of chars[i..]: 100 per uncovered character, 1 per piece.
  const best: number[] = Array(n + 1).fill(0);
  const step: number[] = Array(n + 1).fill(1);
  for (let i = n - 1; i >= 0; i -= 1) {
    best[i] = 101 + best[i + 1]!;
    step[i] = 1;
    let word = chars[i]!;
    if (STOP.has(word)) best[i] = 1 + best[i + 1]!;
    for (let j = i + 2; j <= Math.min(n, i + MAX_WORD); j += 1) {
      word += chars[j - 1]!;
      if (((lexicon.has(word) && !ENDS_IN_PARTICLE.test(word)) || STOP.has(word)) && 1 + best[j]! < best[i]!) {
        best[i] = 1 + best[j]!;
        step[i] = j - i;
      }
    }
  }
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i += step[i]!) {
    const piece = chars.slice(i, i + step[i]!).join('');
    pieces.push({ text: piece, known: step[i]! > 1 || STOP.has(piece) });
  }
  return pieces;
}

/** Splits text into words as the browser's Intl.Segmenter does, when the browser has one. */
export type WordSplitter = (text: string) => string[];

/**
 * Understands a query: converts it to simplified characters, splits it into the site's words,
 * drops question and filler words, corrects a word the site does not have to one that sounds the
 * same, and lists the words of two or more characters that are nowhere on the site.
 *
 * Characters that no word of the site covers form chunks. A chunk that sounds like a word of the
 * site is corrected; otherwise the browser's segmenter (when there is one) tells whether it is a
 * word (疫苗, 宇航员: missing) or loose characters (the 好 of 戴好: dropped). Single characters are
 * searched only when the query has nothing else (a reader who types 筷 gets pages with 筷子).
 */
export function understandQuery(query: string, lexicon: Lexicon, split?: WordSplitter): Understanding {
  const parts = normalizeQuery(query);
  const simplifiedParts = parts.map((part) => toSimplified(part, lexicon));
  const converted = simplifiedParts.some((part, index) => part !== parts[index]);
  const words: string[] = [];
  const missing: string[] = [];
  const corrections: { from: string; to: string }[] = [];
  const singles: string[] = [];
  const loose: string[] = [];
  let howTo = false;
  let chunks = 0;

  const unknownChunk = (chunk: string, before: string | undefined) => {
    chunks += 1;
    if ([...chunk].length === 1) {
      // A character right after a word of the site makes a longer word the site does not have
      // (健康 + 码): the word is searched, and the longer one reported as missing.
      if (before) missing.push(before + chunk);
      else singles.push(chunk);
      return;
    }
    const sound = lexicon.soundsLike(chunk);
    if (sound) {
      corrections.push({ from: chunk, to: sound });
      words.push(sound);
      return;
    }
    // A doubled character of spoken Chinese (透透气, 消消毒): the word without it, when the site has it.
    const undoubled = chunk.replace(/(\p{Script=Han})\1/gu, '$1');
    if (undoubled !== chunk && lexicon.has(undoubled)) {
      words.push(undoubled);
      return;
    }
    // A typo beside one more character (戴扣罩: 戴 + 扣罩, which sounds like 口罩): the word is
    // corrected and the character left as grammar. Only at the chunk's ends, and only for one
    // character, so that a longer word the site does not have (抗原试剂) is not turned into another.
    const chars = [...chunk];
    if (chars.length === 3 && !(split && split(chunk).length === 1)) {
      for (const span of [chars.slice(1).join(''), chars.slice(0, 2).join('')]) {
        const near = lexicon.soundsLike(span);
        if (!near) continue;
        corrections.push({ from: span, to: near });
        words.push(near);
        return;
      }
    }
    // The chunk as typed (宇航员, not ICU's 宇航 + 员) when it holds a word; loose characters
    // beside words of the site are grammar (the 好 of 做好), but alone they are what was asked.
    // Three or more characters the segmenter does not know either are a name (布洛芬), not grammar.
    const parts = split ? split(chunk).filter((word) => !STOP.has(word)) : [chunk];
    if (parts.some((word) => [...word].length >= 2) || parts.join('').length >= 3) missing.push(chunk);
    else if (parts.length > 0) loose.push(chunk);
  };

  for (const part of simplifiedParts) {
    let chunk = '';
    const pieces = segmentKnown(part, lexicon);
    const last = pieces.at(-1);
    let before: string | undefined;
    for (const piece of pieces) {
      if (!piece.known) {
        chunk += piece.text;
        continue;
      }
      if (chunk) unknownChunk(chunk, before);
      chunk = '';
      before = STOP.has(piece.text) ? undefined : piece.text;
      if (HOW_TO.has(piece.text) || (YES_NO.test(piece.text) && piece === last)) howTo = true;
      if (!STOP.has(piece.text)) words.push(piece.text);
    }
    if (chunk) unknownChunk(chunk, before);
  }
  // Single characters beside words are grammar (戴 in 戴口罩, 防 in 怎么防传染); alone, they are the query.
  if (words.length === 0) missing.push(...loose);
  const searched = words.length > 0 || missing.length > 0 ? words : singles.length > 0 && chunks > 0 ? singles : [];
  return {
    simplified: simplifiedParts.join(' '),
    converted,
    words: [...new Set(searched)],
    missing: [...new Set(missing)],
    corrections,
    howTo,
  };
}

/**
 * The words of the site inside a longer word of the site (办白事 → 白事, 大喇叭广播 → 大喇叭 广播),
 * question and filler words left out: a word that few pages have is searched by them as well.
 */
export function subWords(word: string, lexicon: Lexicon): string[] {
  const inside = { has: (other: string) => other !== word && lexicon.has(other) };
  return segmentKnown(word, inside)
    .filter((piece) => piece.known && !STOP.has(piece.text) && [...piece.text].length >= 2)
    .map((piece) => piece.text);
}

/**
 * The same question in other words of the site-wide synonym groups (一起吃饭 传染 → 分餐 传染,
 * 聚餐 传染…), one word replaced at a time, in the groups' order (editors put the usual word
 * first), at most `limit`: searched to rank the pages that say it in their own words by their text
 * rather than by the hidden synonym field alone. Each other word costs the reader the index chunk
 * it is in (about 15 KB at 5,000 entries), so only two are asked (docs/search.md).
 */
export function synonymQueries(words: readonly string[], lexicon: Lexicon, limit = 2): string[][] {
  const queries: string[][] = [];
  words.forEach((word, index) => {
    for (const other of lexicon.synonyms.get(word) ?? []) {
      if (lexicon.has(other)) queries.push(words.map((original, at) => (at === index ? other : original)));
    }
  });
  return queries.slice(0, limit);
}

/**
 * The lexicon of a Pagefind bundle (src/search/build/lexicon.ts), loaded as a query needs it: the
 * core (characters, synonym groups) once, the vocabulary shard of each character of a query once,
 * the pinyin only for a word the site does not have. Used by the site's search script
 * (src/search/browser/engine.ts), the benchmark and the tests; free of browser-only code.
 */
import { LEXICON_FILE, lexiconShardFile, PINYIN_FILE } from './config';
import { Lexicon, lexiconShardOf, type LexiconData, type LexiconShard } from './understand';

/** Fetches `url` (revalidated: the lexicon changes with every build) as JSON, failing on an HTTP error. */
async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Caches what `load` gives; forgets a failure, so that the next call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load();
    loading.catch(() => (loading = undefined));
    return loading;
  };
}

export class LexiconLoader {
  private readonly shardsLoaded = new Map<number, () => Promise<void>>();

  /** `bundle`: the Pagefind bundle's URL, ending in `/`. */
  constructor(private readonly bundle: string) {}

  /** The lexicon's core (characters, synonym groups), loaded once. */
  readonly lexicon = once(async () => new Lexicon(await fetchJson<LexiconData>(`${this.bundle}${LEXICON_FILE}`)));

  /**
   * Loads the vocabulary's words that start with any character of `text` (the shards of its
   * characters, each once): all that splitting a query needs, a few KB instead of the whole vocabulary.
   */
  async loadWordsFor(text: string): Promise<Lexicon> {
    const lexicon = await this.lexicon();
    if (lexicon.shards === 0) return lexicon;
    const wanted = new Set([...text].map((char) => lexiconShardOf(char, lexicon.shards)));
    await Promise.all(
      [...wanted].map((shard) => {
        let load = this.shardsLoaded.get(shard);
        if (!load) {
          load = once(async () => {
            const { words, parts } = await fetchJson<LexiconShard>(`${this.bundle}${lexiconShardFile(shard)}`);
            lexicon.addWords(words, parts);
          });
          this.shardsLoaded.set(shard, load);
        }
        return load();
      }),
    );
    return lexicon;
  }

  /** The pinyin of the characters, loaded into the lexicon once. */
  readonly loadPinyin = once(async () => {
    const lexicon = await this.lexicon();
    const data = await fetchJson<{ pinyin: Record<string, string>; suggest: string }>(`${this.bundle}${PINYIN_FILE}`);
    lexicon.addPinyin(data.pinyin, data.suggest);
  });

  /** The parts of an index in parts that have each word (src/search/shared/word-parts.ts), undefined where unknown. */
  readonly partsOf = async (words: readonly string[]): Promise<(number | undefined)[]> => {
    const lexicon = await this.loadWordsFor(words.join(''));
    return words.map((word) => lexicon.partsOf(word));
  };
}

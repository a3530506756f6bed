import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { INDEX_CHANGES_FILE, LEXICON_FILE, lexiconShardFile, PINYIN_FILE, RECENT_INDEX } from '../shared/config';
import { htmlPagesIn } from '../../build-cache/output-folder';
import { NO_INDEX_CHANGES, type IndexChanges } from '../shared/index-changes';
import { sourceFingerprint } from '../../build-cache';
import { readyDocument, SearchDocumentCache, type ReadyDocument } from './document-cache';
import { metadataWords, searchDocumentsOf, type SearchDocument } from './documents';
import {
  buildLexicon,
  LEXICON_SHARDS,
  readSynonymGroups,
  shardLexicon,
  VocabularyCounter,
  type SynonymGroups,
  type VocabularyParts,
} from './lexicon';
import { partsHavingWords, partWordsOf } from './index-words';
import { fragmentsOf, StoredSearchIndex, type BaseDocument, type IndexedResult } from './index-base';
import { trimFragments } from './fragment-trim';
import { indexFolders, keepPartFilesOnly, PAGES_PER_PART, partFolder, partsIn, splitIntoParts } from './index-parts';
import { writeResultDates } from './result-dates';
import {
  indexChanges,
  planIndex,
  recentDocument,
  sampleDocument,
  type HashedDocument,
  type IndexPlan,
  type RecentIndexMode,
} from './index-recent';

export interface PagefindOptions {
  /** The language of every page (`<html lang>`); Pagefind builds one index for it. */
  language: string;
  /**
   * Site-wide synonym groups (网站设置 → 搜索同义词); by default read from the settings file of
   * the site being built.
   */
  synonyms?: SynonymGroups;
  /**
   * Whether a rebuild may index only changed pages beside the stored index (search-index-recent.ts); default `auto`.
   * `never` switches the recent index off: every build indexes the whole site and keeps no index for later.
   */
  recentIndex?: RecentIndexMode;
  /** Pages per part of the index (index-parts.ts); PAGES_PER_PART unless a test asks for parts of a small site. */
  pagesPerPart?: number;
}

/** Where the previous build's search documents are kept, and the version of the code that made them. */
interface CacheOptions {
  /** Search documents of the previous build's pages (document-cache.ts). */
  dir: URL;
  /** The last full index (search-index-base.ts). */
  indexDir: URL;
  version: string;
}

/**
 * What turns a page into search documents (see SearchDocumentCache) and documents into an index
 * (the stored full index, search-index-base.ts): this code, the HTML parser's and Pagefind's
 * versions (in the lockfile) and Node's ICU, which segments the words (with the Node version).
 */
const DOCUMENT_SOURCES = [
  'src/search/build/documents.ts',
  'src/search/build/document-cache.ts',
  'src/search/build/lexicon.ts',
  'src/search/build/fragment-trim.ts',
  'src/search/build/index-base.ts',
  'src/search/build/index-words.ts',
  'src/search/build/index-parts.ts',
  'src/search/build/result-dates.ts',
  'src/search/shared/terms.ts',
  'package-lock.json',
];

/** Documents handed to Pagefind before waiting for its answers. */
const IN_FLIGHT = 16;

/** Throws when Pagefind answered with errors, so a broken index never ships quietly. */
function assertNoErrors<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step}: ${response.errors.join('; ')}`);
  return response;
}

/**
 * Pagefind's Node API talks to the Pagefind binary and never answers if that process dies (a panic,
 * which the binary prints): nothing is left to do, Node exits, and the build would end "successfully"
 * with no index. Node's `beforeExit` comes first, so the step that waits fails instead.
 */
function whilePagefindRuns() {
  let stopped: (error: Error) => void = () => undefined;
  const exit = new Promise<never>((_, reject) => (stopped = reject));
  const onBeforeExit = () =>
    stopped(new Error('the Pagefind process stopped without answering; its own message is printed above'));
  process.once('beforeExit', onBeforeExit);
  return {
    answer: <T>(step: Promise<T>): Promise<T> => Promise.race([step, exit]),
    dispose: () => process.off('beforeExit', onBeforeExit),
  };
}

/** Site URLs of the built HTML pages, e.g. `/knowledge/masks/` for `knowledge/masks/index.html`. */
function builtPages(dir: URL): { url: string; file: URL }[] {
  return htmlPagesIn(fileURLToPath(dir)).map((path) => ({
    url: `/${path.replace(/(^|\/)index\.html$/, '$1')}`,
    file: new URL(path, dir),
  }));
}

type Answer = ReturnType<typeof whilePagefindRuns>['answer'];

/**
 * Word locations per index chunk (Pagefind's default is 20,000). A query loads the chunk of each of
 * its words, in each part of the index, and a chunk is mostly other words' locations; the meta file,
 * which every search loads, lists the chunks. At 5,000 the first search of the 5,000-entry site was
 * 7 % smaller, and of the 20,000-entry site in five parts 11 % smaller.
 */
const INDEX_CHUNK_SIZE = 5000;

/**
 * Pagefind's createIndex. The chunk size is read by the Pagefind process from its environment
 * (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`), which it is given when the Node API starts it: at the first
 * call after `close()`, inside this one.
 */
function createIndex(language: string): ReturnType<typeof pagefind.createIndex> {
  const variable = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
  const before = process.env[variable];
  process.env[variable] = String(INDEX_CHUNK_SIZE);
  try {
    return pagefind.createIndex({ forceLanguage: language.toLowerCase() });
  } finally {
    if (before === undefined) delete process.env[variable];
    else process.env[variable] = before;
  }
}

/**
 * Hands documents to a new Pagefind index and writes it to `outputPath`. Documents may still be
 * being prepared (a generator): up to IN_FLIGHT wait in Pagefind's queue while the next are read,
 * so neither side idles (one at a time, each waited for the other's answer).
 */
async function writeIndex(
  documents: Iterable<SearchDocument>,
  outputPath: string,
  language: string,
  answer: Answer,
): Promise<number> {
  const { index } = assertNoErrors(await answer(createIndex(language)), 'createIndex');
  if (!index) throw new Error('Pagefind createIndex returned no index');
  let count = 0;
  const inFlight = new Set<Promise<unknown>>();
  for (const document of documents) {
    const added = answer(index.addHTMLFile({ url: document.url, content: document.content })).then((response) =>
      assertNoErrors(response, `addHTMLFile ${document.url}`),
    );
    inFlight.add(added);
    void added.then(
      () => inFlight.delete(added),
      () => undefined,
    );
    count += 1;
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  assertNoErrors(await answer(index.writeFiles({ outputPath })), 'writeFiles');
  return count;
}

/** The search documents of built pages, ready to index, prepared afresh or taken from the cache. */
function* documentsOf(
  pages: Iterable<{ url: string; file: URL }>,
  language: string,
  cache: SearchDocumentCache | undefined,
  synonyms: SynonymGroups,
  vocabulary: VocabularyCounter,
): Generator<ReadyDocument> {
  for (const { url, file } of pages) {
    const prepare = (html: string) => searchDocumentsOf(html, url, language);
    for (const document of cache
      ? cache.documentsOf(url, fileURLToPath(file), prepare)
      : prepare(readFileSync(file, 'utf8')).map((prepared) => readyDocument(prepared, synonyms))) {
      vocabulary.add(document.words);
      yield document;
    }
  }
}

/**
 * Indexes every document into `bundle`, a part at a time (index-parts.ts), and keeps that index in
 * `stored` for later builds. Each part is written by a Pagefind process of its own, closed before
 * the next part starts, so that only one part's documents are ever in Pagefind's memory. Returns
 * the number of documents and each part's own words (index-words.ts).
 */
async function indexWhole(
  parts: readonly Iterable<HashedDocument>[],
  stored: StoredSearchIndex | undefined,
  bundle: string,
  language: string,
  answer: Answer,
): Promise<{ count: number; partWords: string[][] }> {
  // The folder is this step's alone (dist/ is kept between builds): no file of an earlier index may stay.
  if (statSync(bundle, { throwIfNoEntry: false })?.isDirectory()) rmSync(bundle, { recursive: true });
  const hashes = new Map<string, string>();
  const words = new Set<string>();
  let count = 0;
  for (const [part, documents] of parts.entries()) {
    const recorded = function* () {
      for (const document of documents) {
        hashes.set(document.url, document.hash);
        if (stored) for (const word of metadataWords(document.content, { allFields: true })) words.add(word);
        yield document;
      }
    };
    const folder = partFolder(bundle, part);
    count += await writeIndex(recorded(), folder, language, answer);
    if (parts.length === 1) break;
    // The part's Pagefind process ends here and gives its memory back; the next part starts another.
    await pagefind.close();
    if (part > 0) keepPartFilesOnly(folder);
  }
  if (count === 0) throw new Error('no page is marked data-pagefind-body; the search would find nothing');
  // Before the index is stored: the stored files are links to these, never to be written again.
  const folders = indexFolders(bundle);
  const results = new Map(folders.flatMap((folder) => [...trimFragments(folder)]));
  const partWords = partWordsOf(folders);
  writeResultDates(bundle, results.values());
  stored?.save(bundle, results, hashes, words, partWords);
  return { count, partWords };
}

/**
 * Puts the stored index into `bundle`, indexes the changed documents (with the sample) into its
 * recent folder, and deletes the texts of the changed and removed pages from the stored index's
 * copy at once (not at the next whole index). Returns what the browser needs to search both.
 */
async function indexRecent(
  plan: Extract<IndexPlan, { kind: 'recent' }>,
  base: Record<string, BaseDocument>,
  stored: StoredSearchIndex,
  bundle: string,
  language: string,
  answer: Answer,
): Promise<IndexChanges> {
  stored.restore(bundle);
  let recent = new Map<string, IndexedResult>();
  if (plan.changed.length > 0) {
    const recentBundle = join(bundle, RECENT_INDEX);
    await writeIndex(
      [...plan.changed.map(recentDocument), ...plan.samples.map(sampleDocument)],
      recentBundle,
      language,
      answer,
    );
    recent = fragmentsOf(recentBundle);
  }
  const known = stored.words();
  const newWords = new Set(
    plan.changed.flatMap((document) => metadataWords(document.content)).filter((word) => !known.has(word)),
  );
  const changes = indexChanges(base, plan, recent, [...newWords]);
  for (const folder of indexFolders(bundle))
    for (const id of Object.keys(changes.superseded))
      rmSync(join(folder, 'fragment', `${id}.pf_fragment`), { force: true });
  return changes;
}

/**
 * Builds the search index over the finished site with Pagefind's Node API, as Starlight does
 * (withastro/starlight, packages/starlight/integrations/pagefind.ts): in `astro:build:done`, into
 * `dist/pagefind/`, never into `public/`. Pages decide what is found (`data-pagefind-body`,
 * `data-search-record`); this adds each page's ICU words (see search-documents.ts) and hands it to
 * Pagefind. With a cache folder, the full index is kept there, and a later build that changed few
 * documents reuses it and indexes only those (search-index-recent.ts). Any error fails the build
 * with Pagefind's message.
 */
export async function buildSearchIndex(
  dir: URL,
  { language, synonyms = [], recentIndex = 'auto', pagesPerPart = PAGES_PER_PART }: PagefindOptions,
  logger: AstroIntegrationLogger,
  cacheOptions?: CacheOptions,
): Promise<void> {
  const started = performance.now();
  const version = cacheOptions && `${cacheOptions.version} ${language}`;
  const cache = cacheOptions && new SearchDocumentCache(fileURLToPath(cacheOptions.dir), version!, synonyms);
  // Switched off, no index is kept for a later recent one (nor are Pagefind's fragment files read to keep it).
  const switchedOff = recentIndex === 'never';
  if (cacheOptions && switchedOff) rmSync(fileURLToPath(cacheOptions.indexDir), { recursive: true, force: true });
  const stored =
    cacheOptions && !switchedOff ? new StoredSearchIndex(fileURLToPath(cacheOptions.indexDir), version!) : undefined;
  const bundle = fileURLToPath(new URL('./pagefind/', dir));
  const base = stored?.documents();
  const { answer, dispose } = whilePagefindRuns();
  const vocabulary = new VocabularyCounter();
  try {
    let changes: IndexChanges = NO_INDEX_CHANGES;
    let summary: string;
    // Each part's own words: read from the stored index when the rebuild keeps its parts.
    let partWords: string[][];
    const pageParts = splitIntoParts(builtPages(dir), pagesPerPart);
    if (stored && base) {
      // All documents are prepared first (most from the cache) to find the changed ones.
      const parts = pageParts.map((pages) => [...documentsOf(pages, language, cache, synonyms, vocabulary)]);
      const plan = planIndex(base, parts.flat(), recentIndex);
      if (plan.kind === 'recent') {
        changes = await indexRecent(plan, base, stored, bundle, language, answer);
        partWords = stored.partWords();
        summary = `${plan.changed.length} changed and ${plan.removed.length} removed documents into a recent index beside the stored full index`;
      } else {
        const whole = await indexWhole(parts, stored, bundle, language, answer);
        partWords = whole.partWords;
        summary = `${whole.count} documents (whole: ${plan.reason})`;
      }
    } else {
      // Without a stored index every document goes to Pagefind as it is prepared.
      const whole = await indexWhole(
        pageParts.map((pages) => documentsOf(pages, language, cache, synonyms, vocabulary)),
        stored,
        bundle,
        language,
        answer,
      );
      partWords = whole.partWords;
      summary = `${whole.count} documents${switchedOff ? ' (whole: recent index switched off)' : ''}`;
    }
    const parts = partsIn(bundle);
    if (parts.length > 0) summary += ` in ${parts.length + 1} parts`;
    writeFileSync(join(bundle, INDEX_CHANGES_FILE), JSON.stringify({ ...changes, parts } satisfies IndexChanges));
    // The vocabulary of every document (changed or not), for the browser's query understanding.
    const words = vocabulary.words();
    const { pinyin, suggest, ...lexicon } = buildLexicon(words, synonyms, vocabulary.counts());
    const { core, shards } = shardLexicon(lexicon, LEXICON_SHARDS, vocabularyParts(partWords, words));
    writeFileSync(join(bundle, LEXICON_FILE), JSON.stringify(core));
    shards.forEach((shard, n) => writeFileSync(join(bundle, lexiconShardFile(n)), JSON.stringify(shard)));
    writeFileSync(join(bundle, PINYIN_FILE), JSON.stringify({ pinyin, suggest }));
    cache?.save();
    const reused = cache ? ` (${cache.hits} pages prepared by the previous build)` : '';
    logger.info(`Indexed ${summary} in ${((performance.now() - started) / 1000).toFixed(2)} s${reused}.`);
  } catch (cause) {
    throw new Error(`生成搜索索引（Pagefind）失败，构建已中止：${(cause as Error).message}`, { cause });
  } finally {
    dispose();
    await pagefind.close();
  }
}

/**
 * Which parts have each word of the vocabulary, from each part's own words (index-words.ts
 * `partWordsOf`); undefined when there are none (an index in one part).
 */
function vocabularyParts(partWords: readonly string[][], vocabulary: readonly string[]): VocabularyParts | undefined {
  if (partWords.length === 0) return undefined;
  return { parts: partWords.length, masks: partsHavingWords(vocabulary, partWords) };
}

/** The Astro integration: indexes the site once its pages are written. */
export function pagefindSearch(options: PagefindOptions): AstroIntegration {
  let cache: CacheOptions | undefined;
  let synonyms: SynonymGroups = [];
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        synonyms = options.synonyms ?? readSynonymGroups(fileURLToPath(config.root));
        // The single store file builds before the per-page shards (document-cache.ts) kept: the site's text, unused now.
        rmSync(new URL('search-documents.v8', config.cacheDir), { force: true });
        cache = {
          dir: new URL('search-documents/', config.cacheDir),
          indexDir: new URL('search-index/', config.cacheDir),
          version: `${sourceFingerprint(DOCUMENT_SOURCES.map((path) => new URL(path, config.root)))} node ${process.version}`,
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(dir, { ...options, synonyms }, logger, cache);
      },
    },
  };
}

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { RANKING_FILTERS } from '../../src/search/shared/config';
import { readIndexChanges, searchedAsOne } from '../../src/search/shared/index-changes';
import { mergeIndexes } from '../../src/search/shared/index-parts';
import { LexiconLoader } from '../../src/search/shared/lexicon-loader';
import { resultDatesOf } from '../../src/search/shared/result-dates';

export interface FirstSearch {
  readonly query: string;
  readonly results: number;
  /** Bytes of every file the search fetched, as stored (Pagefind's index files are gzipped already). */
  readonly bytes: number;
  /** The same with pagefind.js and the JSON files served gzipped (as nginx does), i.e. roughly what crosses the network. */
  readonly bytesGzipped: number;
  /** The rest of the filter index, which the search page loads after showing the first results (for the facets' counts). */
  readonly filterIndexBytes: number;
  readonly files: readonly { path: string; bytes: number }[];
  /** Site paths of the results shown first. */
  readonly urls: readonly string[];
}

/**
 * The bytes a reader's first search downloads, measured by running Pagefind's own browser API
 * (dist/pagefind/pagefind.js) in Node with the site's options (src/search/browser/engine.ts):
 * `fetch` is replaced by one that reads dist/ and records every file, so the list is exactly what
 * Pagefind and the search page ask for: the lexicon's core and the shards of the query's characters
 * (src/search/shared/lexicon-loader.ts), the script, the WebAssembly, the entry and meta files (and the recent
 * index's, with the file saying what it replaces: src/search/shared/index-changes.ts), the index
 * chunks of the query's words, the ranking filters' files (the search page asks which results are
 * advice, overdue or minor) and the fragments of the first page of ten results. The search page
 * loads the rest of the filter index, for the facets' counts, after it shows those results: its
 * bytes are `filterIndexBytes`, not part of the first search. The site's own search script (a few
 * KB) is not counted.
 */
export async function measureFirstSearch(dist: string, query = '口罩', shown = 10): Promise<FirstSearch> {
  const bundle = join(dist, 'pagefind');
  const files: { path: string; bytes: number }[] = [];
  const originalFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, 'http://site/pagefind/');
    const path = decodeURIComponent(url.pathname.replace(/^.*\/pagefind\//, ''));
    const data = readFileSync(join(bundle, path));
    files.push({ path, bytes: data.length });
    return new Response(data, {
      headers: { 'Content-Type': path.endsWith('.json') ? 'application/json' : 'application/octet-stream' },
    });
  }) as typeof fetch;
  try {
    const pagefind = (await import(
      `${pathToFileURL(join(bundle, 'pagefind.js')).href}?t=${Date.now()}-${Math.random()}`
    )) as {
      options(options: Record<string, unknown>): Promise<void>;
      init(): Promise<void>;
      filters(): Promise<unknown>;
      mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
      search(
        term: string | null,
        options?: object,
      ): Promise<{
        results: { id: string; score: number; data(): Promise<{ url: string; meta: Record<string, string> }> }[];
        filters: Record<string, Record<string, number>>;
      }>;
      destroy?(): Promise<void>;
    };
    await pagefind.options({ basePath: 'http://site/pagefind/', noWorker: true, excerptLength: 36 });
    await pagefind.init();
    const changes = await readIndexChanges('http://site/pagefind/');
    await mergeIndexes(pagefind, 'http://site/pagefind/', changes, { excerptLength: 36 });
    // The lexicon's core and the shards of the query's characters, which the search page loads to understand the query.
    const lexicons = new LexiconLoader('http://site/pagefind/');
    await lexicons.loadWordsFor(query);
    const searched = searchedAsOne(pagefind, changes, resultDatesOf('http://site/pagefind/'), lexicons.partsOf);
    const search = await searched.search(query);
    // The ranking the search page applies to a relevance search (src/search/browser/engine.ts).
    for (const key of Object.values(RANKING_FILTERS)) await searched.search(query, { filters: { [key]: '1' } });
    const shownResults = await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
    const firstFiles = files.length;
    await pagefind.filters();
    const filterIndexBytes = files.slice(firstFiles).reduce((sum, file) => sum + file.bytes, 0);
    files.splice(firstFiles);
    await pagefind.destroy?.();
    const script = statSync(join(bundle, 'pagefind.js')).size;
    const scriptGzipped = gzipSync(readFileSync(join(bundle, 'pagefind.js'))).length;
    const bytes = script + files.reduce((sum, file) => sum + file.bytes, 0);
    // pagefind.js and the JSON files as nginx serves them, gzipped; Pagefind's own files are gzipped already.
    const servedGzipped = files.reduce(
      (sum, file) =>
        sum + (file.path.endsWith('.json') ? gzipSync(readFileSync(join(bundle, file.path))).length : file.bytes),
      scriptGzipped,
    );
    return {
      query,
      results: search.results.length,
      bytes,
      bytesGzipped: servedGzipped,
      filterIndexBytes,
      files: [{ path: 'pagefind.js', bytes: script }, ...files],
      urls: shownResults.map((result) => new URL(result.url, 'http://site/').pathname),
    };
  } finally {
    globalThis.fetch = originalFetch;
  }
}

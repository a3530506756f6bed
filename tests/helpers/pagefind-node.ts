import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readIndexChanges, searchedAsOne } from '../../src/search/shared/index-changes';
import { mergeIndexes } from '../../src/search/shared/index-parts';
import { LexiconLoader } from '../../src/search/shared/lexicon-loader';
import { resultDatesOf } from '../../src/search/shared/result-dates';

interface Result {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string> }>;
}
interface Response {
  results: Result[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  filters(): Promise<unknown>;
  search(term: string | null, options?: object): Promise<Response>;
  destroy(): Promise<void>;
}

export interface Found {
  /** Site paths of the results, in order. */
  urls: string[];
  filters: Response['filters'];
}

/** The built sites open now, by the host name their files are fetched from. */
const sites = new Map<string, string>();
let originalFetch: typeof fetch | undefined;

/** Reads `http://<host>/<path>` from the `dist` folder opened as that host. */
const readFromDist = (async (input: string | URL | Request) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  const dist = sites.get(url.host);
  if (!dist) throw new Error(`no site is open at ${url.href}`);
  try {
    return new Response(readFileSync(join(dist, decodeURIComponent(url.pathname))));
  } catch {
    return new Response('not found', { status: 404 });
  }
}) as typeof fetch;

/**
 * The search of a built site (`dist`), run in Node as the site's script runs it in the browser:
 * Pagefind's own browser API from the bundle, the recent index merged in when the build made one,
 * and the results corrected by src/search/shared/index-changes.ts. `fetch` reads the files from
 * `dist` (each open site under a host of its own) until `close()`.
 */
export async function openSearch(
  dist: string,
): Promise<{ search(term: string | null, options?: object): Promise<Found>; close(): Promise<void> }> {
  const host = `site-${sites.size}-${Date.now()}`;
  const origin = `http://${host}/`;
  sites.set(host, dist);
  if (sites.size === 1) [originalFetch, globalThis.fetch] = [globalThis.fetch, readFromDist];
  const pagefind = (await import(
    `${pathToFileURL(join(dist, 'pagefind/pagefind.js')).href}?${host}`
  )) as PagefindModule;
  await pagefind.options({ basePath: `${origin}pagefind/`, noWorker: true });
  await pagefind.init();
  const changes = await readIndexChanges(`${origin}pagefind/`);
  await mergeIndexes(pagefind, `${origin}pagefind/`, changes, {});
  await pagefind.filters();
  const engine = searchedAsOne(
    pagefind,
    changes,
    resultDatesOf(`${origin}pagefind/`),
    new LexiconLoader(`${origin}pagefind/`).partsOf,
  );
  return {
    async search(term, options) {
      const response = await engine.search(term, options);
      const urls = await Promise.all(
        response.results.map(async (result) => {
          const url = new URL((await result.data()).url, origin);
          return url.pathname + url.hash;
        }),
      );
      return { urls, filters: response.filters };
    },
    async close() {
      await pagefind.destroy();
      sites.delete(host);
      if (sites.size === 0 && originalFetch) globalThis.fetch = originalFetch;
    },
  };
}

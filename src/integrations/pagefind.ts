import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SearchDocumentCache, sourceVersion } from './search-document-cache';
import { searchDocumentsOf } from './search-documents';

export interface PagefindOptions {
  /** The language of every page (`<html lang>`); Pagefind builds one index for it. */
  language: string;
}

/** Where the previous build's search documents are kept, and the version of the code that made them. */
interface CacheOptions {
  file: URL;
  version: string;
}

/**
 * What turns a page into search documents (see SearchDocumentCache): this code, the HTML parser's
 * version (in the lockfile) and Node's ICU, which segments the words (with the Node version).
 */
const DOCUMENT_SOURCES = ['src/integrations/search-documents.ts', 'src/lib/search-terms.ts', 'package-lock.json'];

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
  const onBeforeExit = () => stopped(new Error('the Pagefind process stopped without answering; its own message is printed above'));
  process.once('beforeExit', onBeforeExit);
  return {
    answer: <T>(step: Promise<T>): Promise<T> => Promise.race([step, exit]),
    dispose: () => process.off('beforeExit', onBeforeExit),
  };
}

/** Site URLs of the built HTML pages, e.g. `/knowledge/masks/` for `knowledge/masks/index.html`. */
function builtPages(dir: URL): { url: string; file: URL }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => ({ url: `/${path.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`, file: new URL(path, dir) }));
}

/**
 * Builds the search index over the finished site with Pagefind's Node API, as Starlight does
 * (withastro/starlight, packages/starlight/integrations/pagefind.ts): in `astro:build:done`, into
 * `dist/pagefind/`, never into `public/`. Pages decide what is found (`data-pagefind-body`,
 * `data-search-record`); this adds each page's ICU words (see search-documents.ts) and hands it to
 * Pagefind. Any error fails the build with Pagefind's message.
 */
export async function buildSearchIndex(dir: URL, { language }: PagefindOptions, logger: AstroIntegrationLogger, cacheOptions?: CacheOptions): Promise<void> {
  const started = performance.now();
  const cache = cacheOptions && new SearchDocumentCache(fileURLToPath(cacheOptions.file), `${cacheOptions.version} ${language}`);
  const { answer, dispose } = whilePagefindRuns();
  try {
    // One index for the whole site, whatever a page's lang attribute says.
    const { index } = assertNoErrors(await answer(pagefind.createIndex({ forceLanguage: language.toLowerCase() })), 'createIndex');
    if (!index) throw new Error('Pagefind createIndex returned no index');

    // Pages are read and prepared here while the Pagefind process indexes earlier ones: up to
    // IN_FLIGHT documents wait in its queue, so neither side idles (one at a time, each waited
    // for the other's answer).
    let documents = 0;
    const inFlight = new Set<Promise<unknown>>();
    for (const { url, file } of builtPages(dir)) {
      const html = readFileSync(file, 'utf8');
      const prepare = () => searchDocumentsOf(html, url, language);
      for (const document of cache ? cache.documentsOf(url, html, prepare) : prepare()) {
        const added = answer(index.addHTMLFile(document)).then((response) => assertNoErrors(response, `addHTMLFile ${document.url}`));
        inFlight.add(added);
        void added.then(
          () => inFlight.delete(added),
          () => undefined,
        );
        documents += 1;
        if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
      }
    }
    await Promise.all(inFlight);
    if (documents === 0) throw new Error('no page is marked data-pagefind-body; the search would find nothing');

    assertNoErrors(await answer(index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) })), 'writeFiles');
    cache?.save();
    const reused = cache ? ` (${cache.hits} pages prepared by the previous build)` : '';
    logger.info(`Indexed ${documents} documents in ${((performance.now() - started) / 1000).toFixed(2)} s${reused}.`);
  } catch (cause) {
    throw new Error(`生成搜索索引（Pagefind）失败，构建已中止：${(cause as Error).message}`, { cause });
  } finally {
    dispose();
    await pagefind.close();
  }
}

/** The Astro integration: indexes the site once its pages are written. */
export function pagefindSearch(options: PagefindOptions): AstroIntegration {
  let cache: CacheOptions | undefined;
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = {
          file: new URL('search-documents.json', config.cacheDir),
          version: `${sourceVersion(DOCUMENT_SOURCES.map((path) => new URL(path, config.root)))} node ${process.version}`,
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(dir, options, logger, cache);
      },
    },
  };
}

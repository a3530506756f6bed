import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileStamp } from './stamp';
import { readStore, writeStore } from './store';

/** Where what was read from each page is kept, and what read it (a store of another version is not used). */
export interface PageFactsCache {
  readonly file: string;
  readonly version: string;
}

/** The layout of the store, part of its version. */
const FACTS_FORMAT = 'page-facts 1';

/** What was read from each page at the previous build, with the page file's stamp (stamp.ts). */
type StoredFacts<T> = Record<string, { stamp: string; facts: T }>;

/**
 * What `read` finds in each of `pages` (HTML files relative to `outDir`), by page. With a `cache`,
 * what was found is kept in its store, and a page file with the same stamp as at the previous
 * build (a page the build kept in place: kept-output.ts) is not read again: at 20,000 entries,
 * reading and parsing 30,000 pages took seconds on every build that changed one of them. The
 * store is written only when a page was read, or is gone.
 */
export function pageFacts<T>(
  outDir: string,
  pages: readonly string[],
  read: (html: string, page: string) => T,
  cache?: PageFactsCache,
): Map<string, T> {
  const previous = (cache && readStore<StoredFacts<T>>(cache.file, `${FACTS_FORMAT} ${cache.version}`)) || {};
  const stored: StoredFacts<T> = {};
  const found = new Map<string, T>();
  let changed = Object.keys(previous).length !== pages.length;
  for (const page of pages) {
    const file = join(outDir, page);
    const stamp = fileStamp(file);
    const known = previous[page];
    const facts = known?.stamp === stamp ? known.facts : read(readFileSync(file, 'utf8'), page);
    if (known?.stamp !== stamp) changed = true;
    stored[page] = { stamp, facts };
    found.set(page, facts);
  }
  if (cache && changed) {
    try {
      writeStore(cache.file, `${FACTS_FORMAT} ${cache.version}`, stored);
    } catch {
      // A cache that cannot be written only means the next build reads every page again.
    }
  }
  return found;
}

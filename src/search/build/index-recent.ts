import { digest } from '../../build-cache';
import { INDEX_FILTER, RECENT_INDEX } from '../shared/config';
import type { IndexChanges } from '../shared/index-changes';
import type { BaseDocument, IndexedResult } from './index-base';
import type { SearchDocument } from './documents';

/**
 * Pagefind (1.x) has no incremental mode: indexing 5,000 pages takes about 20 s whatever changed.
 * A rebuild that changed few documents keeps the full index of an earlier build instead
 * (search-index-base.ts) and indexes only those documents, into a small "recent" index beside it;
 * the browser merges the two (src/search/shared/index-changes.ts): results of the full index whose
 * page changed or went are dropped there, by their ids in `index-changes.json`.
 *
 * Pagefind ranks a result by how rare its words are in its own index (BM25). An index of three
 * pages would rank them far below (or above) where the whole site's index would, so the recent
 * index also holds a sample of unchanged pages, spread over the site, which give it the site's word
 * statistics; they carry no filter values and no sort key, only `index:sample`, and the browser
 * excludes them from every search. (An edited page takes the place of its previous version in the
 * results, which the whole site's statistics ranked.)
 */

/** A document to index, with the hash of its HTML: equal hashes, equal results. */
export interface HashedDocument extends SearchDocument {
  hash: string;
}

export const hashed = (document: SearchDocument): HashedDocument => ({ ...document, hash: digest(document.content) });

/**
 * The most changed and removed documents a recent index takes; past it the site is indexed whole
 * again (and that index kept for the next rebuilds). A new page in the recent index is ranked with
 * the sample's statistics rather than the site's, and the stored index keeps the words of changed
 * and removed pages until the next whole index, so it stays a small share of the site.
 */
export const recentLimit = (documents: number): number => Math.max(50, Math.ceil(documents * 0.02));

/**
 * How many unchanged documents are copied into the recent index for its word statistics: a tenth
 * of the site, at least 100 and at most 300 (each costs indexing time on every rebuild).
 */
export const sampleSize = (documents: number): number => Math.min(300, Math.max(100, Math.round(documents / 10)));

/**
 * When a rebuild may use a recent index: `auto` when it stays a small share of the site (below),
 * `always` whenever few documents changed (tests of the mechanism on small sites), `never` to index
 * every build whole (a site that prefers one index to a faster rebuild).
 */
export type RecentIndexMode = 'auto' | 'always' | 'never';
export const RECENT_INDEX_MODES: readonly RecentIndexMode[] = ['auto', 'always', 'never'];

/**
 * In `auto`, the most a recent index (changed pages and samples) may hold, as a share of the site.
 * A reader's first search loads the index chunks of both indexes; on a small site the sample is most
 * of the site (at least 100 documents), and the first search would load the site's words twice
 * (305 KB on the 63-page sample site against 190 KB) to save a second or two of indexing.
 */
export const RECENT_INDEX_MAX_SHARE = 0.25;

export type IndexPlan =
  | { kind: 'full'; reason: string }
  | { kind: 'recent'; changed: HashedDocument[]; removed: string[]; samples: HashedDocument[] };

/** What to index, given the stored full index's documents (by URL) and this build's. */
export function planIndex(
  base: Record<string, BaseDocument> | undefined,
  documents: readonly HashedDocument[],
  mode: RecentIndexMode = 'auto',
): IndexPlan {
  if (mode === 'never') return { kind: 'full', reason: 'recent index switched off' };
  if (!base) return { kind: 'full', reason: 'no stored index of this version' };
  const current = new Set(documents.map((document) => document.url));
  const changed = documents.filter((document) => base[document.url]?.hash !== document.hash);
  const removed = Object.keys(base).filter((url) => !current.has(url));
  const limit = recentLimit(documents.length);
  if (changed.length + removed.length > limit) {
    return {
      kind: 'full',
      reason: `${changed.length + removed.length} documents changed or removed, more than a recent index takes (${limit})`,
    };
  }
  const unchanged = documents.filter((document) => base[document.url]?.hash === document.hash);
  const size = Math.min(sampleSize(documents.length), unchanged.length);
  const samples =
    changed.length === 0
      ? []
      : Array.from({ length: size }, (_, index) => unchanged[Math.floor((index * unchanged.length) / size)]!);
  const held = changed.length + samples.length;
  if (mode === 'auto' && held > documents.length * RECENT_INDEX_MAX_SHARE) {
    return {
      kind: 'full',
      reason: `a recent index would hold ${held} of ${documents.length} documents; a site this small is indexed whole`,
    };
  }
  return { kind: 'recent', changed, removed, samples };
}

/** The opening tag of a document's indexed element. */
const INDEXED_ELEMENT = /<[^>]*\bdata-pagefind-body\b[^>]*>/;

const markedAs = (content: string, kind: 'recent' | 'sample'): string =>
  content.replace(
    INDEXED_ELEMENT,
    (tag) => `${tag}<span hidden data-pagefind-filter="${INDEX_FILTER}:${kind}"></span>`,
  );

/**
 * A changed document as the recent index takes it: marked `index:recent`, which also makes its
 * result's id differ from the one the full index had for the same page.
 */
export const recentDocument = (document: SearchDocument): SearchDocument => ({
  url: document.url,
  content: markedAs(document.content, 'recent'),
});

/** An unchanged document as a sample: its words only (no filter values), marked `index:sample`. */
export const sampleDocument = (document: SearchDocument): SearchDocument => ({
  url: document.url,
  content: markedAs(document.content.replace(/ data-pagefind-filter="[^"]*"/g, ''), 'sample'),
});

/**
 * What the browser needs to search both indexes as one: the full index's results the recent index
 * replaces or that went, the filter values no page has any more, the recent index's own results
 * (read from its fragments: `recent`), and the words its documents have that the full index's do
 * not (`newWords`).
 */
export function indexChanges(
  base: Record<string, BaseDocument>,
  plan: Extract<IndexPlan, { kind: 'recent' }>,
  recent: ReadonlyMap<string, IndexedResult>,
  newWords: readonly string[] = [],
): IndexChanges {
  const replaced = new Set([...plan.changed.map((document) => document.url), ...plan.removed]);
  const superseded: IndexChanges['superseded'] = {};
  for (const url of replaced) {
    const old = base[url];
    if (old) superseded[old.id] = old.filters;
  }
  const results: IndexChanges['recent'] = {};
  const current: IndexedResult[] = Object.entries(base)
    .filter(([url]) => !replaced.has(url))
    .map(([, document]) => document);
  for (const { url } of plan.changed) {
    const result = recent.get(url);
    if (!result) throw new Error(`the recent index has no result for ${url}`);
    const replaces = base[url]?.id;
    results[result.id] = replaces ? { date: result.date, replaces } : { date: result.date };
    current.push(result);
  }
  const kept = new Set(
    current.flatMap(({ filters }) =>
      Object.entries(filters).flatMap(([key, values]) => values.map((value) => `${key}\0${value}`)),
    ),
  );
  const gone: IndexChanges['gone'] = {};
  for (const filters of Object.values(superseded)) {
    for (const [key, values] of Object.entries(filters)) {
      for (const value of values)
        if (!kept.has(`${key}\0${value}`) && !gone[key]?.includes(value)) (gone[key] ??= []).push(value);
    }
  }
  return {
    index: plan.changed.length > 0 ? RECENT_INDEX : null,
    superseded,
    recent: results,
    gone,
    newWords: [...newWords].sort(),
  };
}

/** The mode named by SEARCH_RECENT_INDEX (unset: `auto`); any other value stops the build with the choices. */
export function recentIndexMode(value: string | undefined): RecentIndexMode {
  if (value === undefined || value === '') return 'auto';
  const mode = RECENT_INDEX_MODES.find((known) => known === value);
  if (!mode) throw new Error(`SEARCH_RECENT_INDEX=${value}: use one of ${RECENT_INDEX_MODES.join(', ')}`);
  return mode;
}

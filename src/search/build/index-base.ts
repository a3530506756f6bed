import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileStamp, readStore, writeStore } from '../../build-cache';

/** A result of a Pagefind index, as its fragment file tells. */
export interface IndexedResult {
  /** Pagefind's id of the result (its fragment's file name). */
  id: string;
  /** The filter values the result counts under. */
  filters: Record<string, string[]>;
  /** Its `date` metadata ('' when it has none). */
  date: string;
}

/** A document of the full index: the hash of the HTML handed to Pagefind, and the result made of it. */
export interface BaseDocument extends IndexedResult {
  hash: string;
}

interface Record_ {
  /** The stamp of the stored index's entry file: a record names only the files saved with it. */
  entry: string;
  documents: Record<string, BaseDocument>;
  /** Every metadata word of its documents (search-documents.ts `metadataWords`). */
  words: string[];
  /** Each part's own words as Pagefind indexed them, for an index in parts (index-words.ts `partWordsOf`). */
  partWords: string[][];
}

/** The file Pagefind writes last into every index; a new index gives it a new stamp. */
const ENTRY_FILE = 'pagefind-entry.json';

/** The stamp of a stored index's entry file, or undefined when it has none. */
const entryStamp = (files: string): string | undefined =>
  existsSync(join(files, ENTRY_FILE)) ? fileStamp(join(files, ENTRY_FILE)) : undefined;

/** Pagefind prefixes a decompressed fragment or index chunk with this signature. */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/**
 * The last full search index, kept in Astro's cache folder (`node_modules/.astro/search-index/`):
 * its files, and what each of its documents was. A rebuild that changed few pages copies it into
 * `dist/pagefind/` and indexes only those pages (search-index-recent.ts) instead of every page
 * again. `version` stands for everything that shapes an index besides the pages (the code that
 * prepares documents, Pagefind's version, the language): a stored index of another version is
 * never used.
 */
export class StoredSearchIndex {
  private readonly files: string;
  private readonly recordFile: string;

  constructor(
    dir: string,
    private readonly version: string,
  ) {
    this.files = join(dir, 'files');
    this.recordFile = join(dir, 'documents.v8');
  }

  private record: Record_ | null | undefined;

  private read(): Record_ | null {
    if (this.record === undefined) {
      const record = readStore<Record_>(this.recordFile, this.version);
      // Files replaced since (by another version of this code sharing the cache folder) are not this record's.
      this.record = record && record.entry === entryStamp(this.files) ? record : null;
    }
    return this.record;
  }

  /** The stored index's documents by URL, or undefined when there is none of this version. */
  documents(): Record<string, BaseDocument> | undefined {
    return this.read()?.documents;
  }

  /** The metadata words of the stored index's documents (empty when there is no stored index). */
  words(): ReadonlySet<string> {
    return new Set(this.read()?.words);
  }

  /** Each part's own words, as Pagefind indexed them (none for an index in one part, or when there is no stored index). */
  partWords(): string[][] {
    return this.read()?.partWords ?? [];
  }

  /**
   * Makes `bundle` (the build's `pagefind/` folder) the stored index, as links to its files: what
   * is there already from the previous build (the same files) stays, anything else goes.
   */
  restore(bundle: string): void {
    linkTree(this.files, bundle, { sync: true });
  }

  /**
   * Keeps the full index just written to `bundle` (all its parts; before anything else is added there), with its
   * results (by URL, `fragmentsOf` every part), the hash of each document's HTML (by URL), the metadata words of
   * all its documents and each part's own words. The record is written last and replaced whole, so an interrupted
   * save leaves no usable index.
   */
  save(
    bundle: string,
    results: ReadonlyMap<string, IndexedResult>,
    hashes: ReadonlyMap<string, string>,
    words: ReadonlySet<string>,
    partWords: string[][] = [],
  ): void {
    rmSync(this.recordFile, { force: true });
    rmSync(this.files, { recursive: true, force: true });
    linkTree(bundle, this.files);
    const documents: Record<string, BaseDocument> = {};
    for (const [url, result] of results) {
      const hash = hashes.get(url);
      if (hash) documents[url] = { hash, ...result };
    }
    const entry = entryStamp(this.files);
    if (entry)
      writeStore(this.recordFile, this.version, { entry, documents, words: [...words], partWords } satisfies Record_);
    this.record = undefined;
  }
}

/**
 * Makes `to` a tree of hard links to the files of `from` (a copy where links cannot be made, as
 * across file systems): 5,000 links take a tenth of a second, a copy up to seconds. The index's
 * files are only ever replaced (a build writes new files), never edited in place, which would
 * change the stored copy too. With `sync`, links already there are kept and anything that is not
 * in `from` is removed.
 */
function linkTree(from: string, to: string, { sync = false } = {}): void {
  mkdirSync(to, { recursive: true });
  const wanted = new Set<string>();
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    wanted.add(entry.name);
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) {
      linkTree(source, target, { sync });
      continue;
    }
    const present = sync ? statSync(target, { throwIfNoEntry: false }) : undefined;
    if (present?.isFile() && present.ino === statSync(source).ino) continue;
    if (present) rmSync(target, { recursive: true, force: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
  if (sync)
    for (const name of readdirSync(to)) if (!wanted.has(name)) rmSync(join(to, name), { recursive: true, force: true });
}

/** A result's fragment as Pagefind writes it (the fields read here; the rest is kept as it is). */
export interface Fragment {
  url: string;
  /** The indexed text. */
  content?: string;
  filters?: Record<string, string[]>;
  meta?: Record<string, string>;
}

/** Reads a fragment file: gzipped JSON after Pagefind's signature. */
export function readFragment(file: string): Fragment {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  return JSON.parse(text.startsWith(PAGEFIND_SIGNATURE) ? text.slice(PAGEFIND_SIGNATURE.length) : text) as Fragment;
}

/** Writes a fragment file as Pagefind does. */
export function writeFragment(file: string, fragment: Fragment): void {
  writeFileSync(file, gzipSync(PAGEFIND_SIGNATURE + JSON.stringify(fragment)));
}

/** The result a fragment file (named `name`) stands for. */
export const resultOf = (name: string, fragment: Fragment): IndexedResult => ({
  id: name.replace(/\.pf_fragment$/, ''),
  filters: fragment.filters ?? {},
  date: fragment.meta?.date ?? '',
});

/** The results of the Pagefind bundle at `bundle`, by URL: their ids and filter values, read from their fragments. */
export function fragmentsOf(bundle: string): Map<string, IndexedResult> {
  const dir = join(bundle, 'fragment');
  const results = new Map<string, IndexedResult>();
  for (const name of readdirSync(dir)) {
    const fragment = readFragment(join(dir, name));
    results.set(fragment.url, resultOf(name, fragment));
  }
  return results;
}

import { readFileSync } from 'node:fs';
import { digest, fileStamp, readStore, writeStore } from '../../build-cache';
import type { SearchDocument } from './documents';

type Pages = Record<string, { digest: string; stamp: string; documents: SearchDocument[] }>;

/**
 * The search documents of the previous build, by page: a page that is byte for byte the same as
 * then (same digest; an incremental build keeps most pages unchanged) gets its documents back
 * without being parsed and segmented again; a page file with the same stamp as then (kept in the
 * output folder by src/build-cache/kept-output.ts) is not even read.
 *
 * A store file in Astro's cache folder (src/build-cache/store.ts; at 5,000 entries it holds the
 * site's text). A missing or unreadable file only means every page is prepared afresh. `version` is
 * the fingerprint of the code that prepares documents: when it changes, nothing of the old store is used.
 */
export class SearchDocumentCache {
  private readonly previous: Pages;
  private readonly next: Pages = {};
  hits = 0;

  constructor(
    private readonly file: string,
    private readonly version: string,
  ) {
    this.previous = readStore<Pages>(file, version) ?? {};
  }

  /** The documents of a page (its HTML file), from the cache when the file is unchanged, else from `prepare`. */
  documentsOf(url: string, file: string, prepare: (html: string) => SearchDocument[]): SearchDocument[] {
    const cached = this.previous[url];
    const stamp = fileStamp(file);
    if (cached && cached.stamp === stamp) {
      this.hits += 1;
      this.next[url] = cached;
      return cached.documents;
    }
    const html = readFileSync(file, 'utf8');
    const hash = digest(html);
    const hit = cached?.digest === hash;
    const documents = hit ? cached.documents : prepare(html);
    if (hit) this.hits += 1;
    this.next[url] = { digest: hash, stamp, documents };
    return documents;
  }

  /** Keeps this build's documents (pages gone since are dropped); written whole, then renamed into place. */
  save(): void {
    writeStore(this.file, this.version, this.next);
  }
}

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readCacheFile, writeCacheFile } from '../lib/cache-file';
import { fileStamp } from '../lib/file-stamp';
import type { SearchDocument } from './search-documents';

type Pages = Record<string, { hash: string; stamp: string; documents: SearchDocument[] }>;

/**
 * The search documents of the previous build, by page: a page that is byte for byte the same as
 * then (an incremental build keeps most pages unchanged) gets its documents back without being
 * parsed and segmented again; a page file with the same modification time and size as then (kept
 * in dist/ by src/integrations/kept-output.ts) is not even read.
 *
 * Kept in Astro's cache folder (src/lib/cache-file.ts; at 5,000 entries it holds the site's text). A
 * missing or unreadable file only means every page is prepared afresh. `version` stands for the
 * code that prepares documents (its source files): when it changes, nothing of the old cache is used.
 */
export class SearchDocumentCache {
  private readonly previous: Pages;
  private readonly next: Pages = {};
  hits = 0;

  constructor(
    private readonly file: string,
    private readonly version: string,
  ) {
    this.previous = readCacheFile<Pages>(file, version) ?? {};
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
    const hash = createHash('sha1').update(html).digest('base64');
    const hit = cached?.hash === hash;
    const documents = hit ? cached.documents : prepare(html);
    if (hit) this.hits += 1;
    this.next[url] = { hash, stamp, documents };
    return documents;
  }

  /** Keeps this build's documents (pages gone since are dropped); written whole, then renamed into place. */
  save(): void {
    writeCacheFile(this.file, this.version, this.next);
  }
}

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { fileStamp } from '../lib/file-stamp';
import type { SearchDocument } from './search-documents';

type Stored = { version: string; pages: Record<string, { hash: string; stamp?: string; documents: SearchDocument[] }> };

/**
 * The search documents of the previous build, by page: a page that is byte for byte the same as
 * then (an incremental build keeps most pages unchanged) gets its documents back without being
 * parsed and segmented again; a page file with the same modification time and size as then (kept
 * in dist/ by src/integrations/kept-output.ts) is not even read.
 *
 * Kept in Astro's cache folder in V8's serialization format: at 5,000 entries it holds the site's
 * text, and is written and read in less than half the time JSON takes. A missing or unreadable
 * file only means every page is prepared afresh. `version` stands for the code that prepares
 * documents (its source files): when it changes, nothing of the old cache is used.
 */
export class SearchDocumentCache {
  private readonly previous: Stored['pages'];
  private readonly next: Stored['pages'] = {};
  hits = 0;

  constructor(
    private readonly file: string,
    private readonly version: string,
  ) {
    this.previous = SearchDocumentCache.read(file, version);
  }

  private static read(file: string, version: string): Stored['pages'] {
    try {
      const stored = deserialize(readFileSync(file)) as Stored;
      return stored.version === version ? stored.pages : {};
    } catch {
      return {};
    }
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
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, serialize({ version: this.version, pages: this.next } satisfies Stored));
    renameSync(`${this.file}.tmp`, this.file);
  }
}

/** A version string for the code in these files: changes when any of them does (or appears, or goes). */
export function sourceVersion(files: readonly URL[]): string {
  const hash = createHash('sha1');
  for (const file of files) hash.update(existsSync(file) ? readFileSync(file) : `missing ${file.pathname}`);
  return hash.digest('base64');
}

import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { digest, fileStamp, readStore, writeStore } from '../../build-cache';
import { synonymsMeta, withMeta, type SearchDocument } from './documents';
import type { HashedDocument } from './index-recent';
import { vocabularyOf, type SynonymGroups } from './lexicon';

/** A search document ready to index: with its synonyms field, the hash of that HTML, and its vocabulary. */
export interface ReadyDocument extends HashedDocument {
  /** Its searchable words, once each (lexicon.ts `vocabularyOf`). */
  words: readonly string[];
}

/** A search document as the cache keeps it: as the page gave it, and what the synonym groups make of it. */
interface CachedDocument {
  url: string;
  /**
   * As searchDocumentsOf prepared it, without the synonyms field, in UTF-8: a store of bytes reads
   * in a tenth of the time of one of strings, and only the documents indexed again are decoded.
   */
  content: Uint8Array;
  /** Its synonyms field under the page's groups ('' for none). */
  field: string;
  /** The hash of the content with the field: what the stored index compares. */
  hash: string;
  /** Its vocabulary, separated by spaces. */
  words: string;
}

interface Page {
  /** Of the page's HTML. */
  digest: string;
  /** Of its file (src/build-cache/stamp.ts). */
  stamp: string;
  /** The digest of the synonym groups `field`, `hash` and `words` were derived with. */
  synonyms: string;
  documents: CachedDocument[];
}

type Pages = Record<string, Page>;

/** Store files the pages are spread over (by URL): a rebuild writes again only those holding a changed page. */
export const DOCUMENT_SHARDS = 16;

/** The shard of a page: FNV-1a of its URL (stable across machines and runs). */
function shardOf(url: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < url.length; index += 1) hash = Math.imul(hash ^ url.charCodeAt(index), 0x01000193);
  return (hash >>> 0) % DOCUMENT_SHARDS;
}

const derived = (document: SearchDocument, groups: SynonymGroups): CachedDocument => {
  const field = synonymsMeta(document, groups);
  const { content } = withMeta(document, field);
  return {
    url: document.url,
    content: Buffer.from(document.content),
    field,
    hash: digest(content),
    words: vocabularyOf(content).join(' '),
  };
};

/** A kept document's HTML as it was prepared (without the synonyms field). */
const prepared = ({ url, content }: CachedDocument): SearchDocument => ({
  url,
  content: Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8'),
});

/** The document to index; its HTML is decoded when asked for (on a rebuild, only the changed documents and a sample are). */
const ready = (document: CachedDocument, original?: SearchDocument): ReadyDocument => {
  let content: string | undefined;
  return {
    url: document.url,
    get content() {
      content ??= withMeta(original ?? prepared(document), document.field).content;
      return content;
    },
    hash: document.hash,
    words: document.words ? document.words.split(' ') : [],
  };
};

/** A prepared document with the synonym groups applied, hashed, and its vocabulary: what the cache keeps of it. */
export const readyDocument = (document: SearchDocument, groups: SynonymGroups): ReadyDocument =>
  ready(derived(document, groups), document);

/**
 * The search documents of the previous build, by page, ready to index: a page that is byte for
 * byte the same as then (same digest; an incremental build keeps most pages unchanged) gets its
 * documents back without being parsed and segmented again; a page file with the same stamp as then
 * (kept in the output folder by src/build-cache/kept-output.ts) is not even read. What the synonym
 * groups add (the `synonyms` field, the hash of the result, its vocabulary) is kept too, under the
 * digest of the groups: with the same groups an unchanged page costs a look-up; after an edit of
 * the groups every page's documents are derived again from the kept ones (not parsed again).
 *
 * Store files in Astro's cache folder (src/build-cache/store.ts; together, at 5,000 entries, they
 * hold the site's text), the pages spread over DOCUMENT_SHARDS of them by URL, so that a rebuild
 * writes only the few holding a changed page. A missing or unreadable file only means its pages
 * are prepared afresh. `version` is the fingerprint of the code that prepares documents: when it
 * changes, nothing of the old store is used.
 */
export class SearchDocumentCache {
  private readonly previous: Pages[];
  private readonly next: Pages[] = Array.from({ length: DOCUMENT_SHARDS }, () => ({}));
  private readonly synonyms: string;
  hits = 0;

  constructor(
    private readonly dir: string,
    private readonly version: string,
    private readonly groups: SynonymGroups,
  ) {
    this.synonyms = digest(JSON.stringify(groups));
    this.previous = this.next.map((_, shard) => readStore<Pages>(this.fileOf(shard), version) ?? {});
  }

  private fileOf(shard: number): string {
    return join(this.dir, `${shard}.v8`);
  }

  /** The documents of a page (its HTML file), from the cache when the file is unchanged, else from `prepare`. */
  documentsOf(url: string, file: string, prepare: (html: string) => SearchDocument[]): ReadyDocument[] {
    const shard = shardOf(url);
    const cached = this.previous[shard]![url];
    const stamp = fileStamp(file);
    let page: Page;
    if (cached && cached.stamp === stamp) page = cached;
    else {
      const html = readFileSync(file, 'utf8');
      const hash = digest(html);
      page =
        cached?.digest === hash
          ? { ...cached, stamp }
          : {
              digest: hash,
              stamp,
              synonyms: this.synonyms,
              documents: prepare(html).map((document) => derived(document, this.groups)),
            };
    }
    if (page === cached || page.digest === cached?.digest) this.hits += 1;
    if (page.synonyms !== this.synonyms)
      page = {
        ...page,
        synonyms: this.synonyms,
        documents: page.documents.map((document) => derived(prepared(document), this.groups)),
      };
    this.next[shard]![url] = page;
    return page.documents.map((document) => ready(document));
  }

  /**
   * Keeps this build's documents (pages gone since are dropped): each store file holding a page
   * that changed, came or went is written whole, then renamed into place; the others stay.
   */
  save(): void {
    this.next.forEach((pages, shard) => {
      const previous = this.previous[shard]!;
      const urls = Object.keys(pages);
      const same = urls.length === Object.keys(previous).length && urls.every((url) => pages[url] === previous[url]);
      if (same && urls.length > 0) return;
      if (urls.length === 0) rmSync(this.fileOf(shard), { force: true });
      else writeStore(this.fileOf(shard), this.version, pages);
    });
  }
}

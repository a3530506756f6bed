import { createHash } from 'node:crypto';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PART_FOLDER } from '../shared/config';

/**
 * Pages per part of the index. Pagefind holds every document of an index in memory and, while it
 * writes the index, a copy of each one's words: about 260 KB per document at the peak, so an index of
 * 20,000 entries took 5.2 GB in the Pagefind process, beside the build's own 3.7 GB. In parts of at
 * most this many pages (fewer documents: list, tag and other pages give none), each indexed by a
 * Pagefind process of its own that ends before the next starts, Pagefind stays near 1.5 GB at any
 * size. Each part costs a reader's first search its own index chunks and filters (about 7 KB), so
 * parts are as large as that memory allows: the 5,000-entry site (7,745 pages) is one part, 20,000
 * entries (29,706 pages) are four.
 */
export const PAGES_PER_PART = 8000;

/** A page's place in a parted index: pages are dealt to parts by a hash of their address. */
const shuffleKey = (url: string): string => createHash('sha1').update(url).digest('hex');

/**
 * The built pages in the parts they are indexed in: one part when there are at most `pagesPerPart`,
 * otherwise as many parts of equal size as needed. The pages of a part are a random sample of the
 * site's (by a hash of their address, the same in every build), so that each part's word statistics
 * are the site's and a relevance score means the same in every part (Pagefind merges results by score).
 */
export function splitIntoParts<T extends { url: string }>(pages: readonly T[], pagesPerPart: number): T[][] {
  if (pages.length <= pagesPerPart) return [[...pages]];
  const count = Math.ceil(pages.length / pagesPerPart);
  const shuffled = pages
    .map((page) => ({ page, key: shuffleKey(page.url) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ page }) => page);
  return Array.from({ length: count }, (_, part) =>
    shuffled.slice(Math.floor((part * shuffled.length) / count), Math.floor(((part + 1) * shuffled.length) / count)),
  );
}

/** The folder of part `part` (0 is the bundle itself). */
export const partFolder = (bundle: string, part: number): string =>
  part === 0 ? bundle : join(bundle, PART_FOLDER(part));

/** The folders of the other parts of the index in `bundle`, relative to it (as the browser merges them), in order. */
export function partsIn(bundle: string): string[] {
  const parts: string[] = [];
  for (let part = 1; statSync(partFolder(bundle, part), { throwIfNoEntry: false })?.isDirectory(); part += 1)
    parts.push(PART_FOLDER(part));
  return parts;
}

/** Every folder of the full index in `bundle`: the bundle, then its other parts. */
export const indexFolders = (bundle: string): string[] => [
  bundle,
  ...partsIn(bundle).map((part) => join(bundle, part)),
];

/** What a merged part needs of what Pagefind writes: the browser takes the script and WebAssembly from the first part. */
const PART_FILES = /^(pagefind-entry\.json|pagefind\..*\.pf_meta|index|filter|fragment)$/;

/** Removes from a part's folder (not the first's) the files the browser never loads from it. */
export function keepPartFilesOnly(folder: string): void {
  for (const name of readdirSync(folder)) if (!PART_FILES.test(name)) rmSync(join(folder, name), { recursive: true });
}

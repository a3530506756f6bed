import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFragment, resultOf, writeFragment, type IndexedResult } from './index-base';

/**
 * Metadata fields that exist only to be searched (src/search/build/fields.ts, documents.ts): the
 * ICU words of the text, its synonyms, the title's words and the keywords. Pagefind keeps every
 * metadata field in the result's fragment too, which the browser downloads for each result shown;
 * there these fields are half of a fragment's bytes and nothing reads them.
 */
export const SEARCH_ONLY_META = ['words', 'synonyms', 'title_words', 'keywords'] as const;

/**
 * Rewrites the fragments of the Pagefind bundle at `bundle` without the search-only metadata.
 * Pagefind names a fragment by its content; the trimmed content is a function of the original, so
 * a name still stands for one content and the files can stay cached for a year. The words stay in
 * the index chunks, so searches find the same pages. The recent index's fragments are left whole:
 * the browser checks its results' words there (src/search/shared/index-changes.ts).
 * Returns the results read on the way, by URL (as `fragmentsOf`), for the dates file
 * (result-dates.ts) and the stored index (index-base.ts), which need not read the files again.
 */
export function trimFragments(bundle: string): Map<string, IndexedResult> {
  const dir = join(bundle, 'fragment');
  const results = new Map<string, IndexedResult>();
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    const fragment = readFragment(file);
    results.set(fragment.url, resultOf(name, fragment));
    const meta = fragment.meta;
    if (!meta || !SEARCH_ONLY_META.some((field) => field in meta)) continue;
    for (const field of SEARCH_ONLY_META) delete meta[field];
    writeFragment(file, fragment);
  }
  return results;
}

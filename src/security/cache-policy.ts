/**
 * How long browsers and CDNs keep each file of the published site. The rule: a file may be kept for
 * a year, unchanged, only when its address changes whenever its content does (its name carries a
 * hash of what it shows); every other file keeps its address from build to build and is revalidated
 * on every use (`no-cache`: the browser asks with the file's ETag and gets a short 304 when nothing
 * changed), so a publish shows at once.
 *
 * One list of patterns feeds the nginx server block, `_headers` and the S3 upload script
 * (`npm run deploy:config`); tests/browser/nginx.test.ts checks every file of dist/ through nginx and
 * `_headers` against its own written-out expectations.
 */

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

export interface ImmutableFiles {
  /**
   * Site paths, `*` standing for any characters (slashes included), as `_headers` and `aws s3 sync`
   * filters read them.
   */
  readonly pattern: string;
  /** Why the content of these files never changes under the same name. */
  readonly why: string;
}

/** Files named by their content. Everything not listed here is revalidated. */
export const IMMUTABLE_FILES: readonly ImmutableFiles[] = [
  {
    pattern: '/_astro/*',
    why: "Astro's scripts, styles, images, videos, captions and attachments: a content hash in every name",
  },
  {
    pattern: '/share/*',
    why: 'share cards: named by a hash of what the card shows and the drawing version (src/share-cards/spec.ts)',
  },
  // Pagefind's chunks: fragments, index chunks, filters and the meta file, in the full index (with the
  // parts of a large site's, pagefind/part-N/) and the recent one (pagefind/recent/) alike. pagefind.js,
  // pagefind-entry.json, the UI files, wasm.*.pagefind and this site's lexicon*.json, pinyin.json,
  // index-changes.json and result-dates.json keep their names.
  { pattern: '/pagefind/*.pf_fragment', why: "Pagefind's page fragments, named by their content hash" },
  { pattern: '/pagefind/*.pf_index', why: "Pagefind's index chunks, named by their content hash" },
  { pattern: '/pagefind/*.pf_filter', why: "Pagefind's filter chunks, named by their content hash" },
  { pattern: '/pagefind/*.pf_meta', why: "Pagefind's meta file, named by the index's hash" },
];

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A pattern as an anchored regular expression over site paths (for nginx). */
export const patternRegExp = (pattern: string): string => `^${pattern.split('*').map(escapeRegExp).join('.*')}$`;

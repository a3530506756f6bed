/**
 * Which files of dist/ may be kept for a year: those whose address changes whenever their content
 * does. Written out here, not read from src/security/cache-policy.ts, so a wrong policy fails the
 * tests that serve dist/ (nginx.test.ts, s3-sync.test.ts).
 */
export const A_YEAR = 'public, max-age=31536000, immutable';
export const REVALIDATED = 'no-cache';

export const NAMED_BY_CONTENT = [
  // Astro's build files: name, content hash (8 characters; images add their options' hash).
  /^_astro\/[^/]+\.[A-Za-z0-9_-]{8}(_[A-Za-z0-9]+)?\.[a-z0-9]+$/,
  // Share cards: a hash of what the card shows.
  /^share\/[0-9a-f]{16}(-square)?\.jpg$/,
  // Pagefind's chunks, in the full index and the recent one.
  /^pagefind\/(recent\/)?(fragment\/[^/]+\.pf_fragment|index\/[^/]+\.pf_index|filter\/[^/]+\.pf_filter|[^/]+\.pf_meta)$/,
];

/** The Cache-Control a file of dist/ (`pagefind/pagefind.js`) must be served with. */
export const expectedCacheControl = (file: string): string =>
  NAMED_BY_CONTENT.some((pattern) => pattern.test(file)) ? A_YEAR : REVALIDATED;

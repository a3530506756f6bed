/**
 * The build caches: everything a build keeps in Astro's cache folder (`node_modules/.astro/`) to
 * do less the next time, and the handling of the output folder that incremental builds rely on.
 * Every cache reads and writes through this API; docs/performance.md has the table of stores
 * (location, key, invalidated by, how to reset).
 *
 * Words, with one meaning each, everywhere in the caches:
 *
 * - **store**: a cache kept in one file (`*.v8`), read whole and written whole (`readStore`,
 *   `writeStore`). A cache of many files (poster files, the CMS bundle, the search index) is a
 *   folder, put in place whole (`placeFolder`) with a store file describing it.
 * - **version**: what a store was made by (code, tools, settings; usually a fingerprint). A store
 *   of another version is a miss as a whole: nothing of it is used.
 * - **key**: what one cached item is looked up by, derived from everything that item is made
 *   from (a page's key, a poster's key: the name of its folder). The same key, the same item.
 * - **digest**: the hash of some bytes or text (`digest`, the one hashing helper: SHA-256, 32 hex
 *   digits). Keys, versions and fingerprints are digests; a digest of a file's bytes says the file
 *   is the same without keeping it. (Astro's `entry.digest` is the same idea for an entry.)
 * - **fingerprint**: the digest of code or tools, as a version (`sourceFingerprint` over source
 *   files, `packageVersions` of libraries): a change to the code that makes a cache's contents
 *   makes its stores and keys new.
 * - **stamp**: a file's modification time and size (`fileStamp`): the cheap test that a file in the
 *   kept output folder is the one a previous build saw, without reading it. Nothing else is
 *   called a stamp.
 *
 * Writing is atomic: a file is written beside its place and renamed into it (`writeFileAtomic`), a
 * folder likewise (`placeFolder`), so a build that is killed leaves the old contents or the new,
 * never part of either, and the next build reads a miss at worst. Every store tolerates being
 * deleted: the next build does the work again.
 *
 * The output folder (see output-folder.ts, kept-output.ts, staged-output.ts, missing-assets.ts,
 * client-files.ts): a build writes into `node_modules/.astro/site-output/`, kept between builds so
 * unchanged pages stay in place, removes afterwards what it did not write, checks that no page
 * loads a file it did not write, and replaces `dist/` with the finished site in one rename.
 */
export { packageVersions, sourceFingerprint } from './fingerprint';
export { digest } from './hash';
export { fileStamp } from './stamp';
export { placeFolder, readStore, scratchFor, writeFileAtomic, writeStore } from './store';

import { getEntry } from 'astro:content';
import { clientFilesFingerprint } from '../build-cache/client-files';
import { digest } from '../build-cache';
import { shownKey } from './shown-key';

/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`, astro.config.mjs).
 * A page returned by `getStaticPaths` with a `cacheKey` is copied from the previous build while
 * its key and its code are unchanged; Astro tracks the code (layouts, components, renderers) and
 * the rendered Markdown, the key must cover every piece of content the page shows. Every page
 * shows the site settings (name, banner, footer), so every key includes them. An entry page's key
 * is made from its route data (src/data/entry-route.ts), everything the page shows. (Key, digest,
 * stamp and fingerprint as src/build-cache/index.ts defines them.)
 */

let settings: Promise<string> | undefined;

/**
 * What every page shows or loads: the settings file, the site's address (absolute links, QR codes;
 * `SITE_URL` can change it), the client files. Worked out once per build: every page's key holds it.
 */
function siteWide(): Promise<string> {
  settings ??= (async () =>
    `settings@${(await getEntry('settings', 'site'))?.digest ?? ''} ${import.meta.env.SITE} client@${clientFilesFingerprint()}`)();
  return settings;
}

/**
 * The key of a page made from what it is given: its props (entries in them stand for their
 * front matter, see shown-key.ts), anything else it reads (pass that too), and the settings. A list page
 * re-renders when an entry it lists changes or the list itself changes (order, page count, a new
 * entry pushing others down), and is copied when an entry it does not show is edited.
 */
export async function pageCacheKey(...shown: unknown[]): Promise<string> {
  return digest(`${await siteWide()}\n${shownKey(...shown)}`);
}

/**
 * Adds each path's cache key (see pageCacheKey): its props, and anything the page reads besides
 * them that is the same for every path (`alsoShown`).
 */
export async function withCacheKeys<P extends { props: object }>(
  paths: P[],
  ...alsoShown: unknown[]
): Promise<(P & { cacheKey: string })[]> {
  return Promise.all(paths.map(async (path) => ({ ...path, cacheKey: await pageCacheKey(path.props, ...alsoShown) })));
}

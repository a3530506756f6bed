import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getEntry } from 'astro:content';
import { outDir } from 'virtual:wenming/build-output';
import { buildStartedAt, writtenThisBuild } from '../lib/build-output';
import { hashOf, shownKey } from './shown-key';

/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`, astro.config.mjs).
 * A page returned by `getStaticPaths` with a `cacheKey` is copied from the previous build while
 * its key and its code are unchanged; Astro tracks the code (layouts, components, renderers) and
 * the rendered Markdown, the key must cover every piece of content the page shows. Every page
 * shows the site settings (name, banner, footer), so every key includes them.
 */

let clientFiles: string | undefined;

/**
 * The names of the scripts and styles this build's client bundle wrote (content-hashed by Vite).
 * Every page loads some of them; when any is renamed, no page of an earlier build may be reused
 * (see src/integrations/incremental-safety.ts).
 */
function clientBuildStamp(): string {
  if (clientFiles === undefined) {
    const assets = join(outDir, '_astro');
    // Only this build's files: the previous build's stay in dist/ until its end (kept-output.ts).
    const startedAt = buildStartedAt(outDir);
    const names = existsSync(assets) ? readdirSync(assets).filter((name) => /\.(js|css)$/.test(name) && writtenThisBuild(join(assets, name), startedAt)) : [];
    clientFiles = hashOf(names.sort().join('\n'));
  }
  return clientFiles;
}

let settings: Promise<string> | undefined;

/**
 * What every page shows or loads: the settings file, the site's address (absolute links, QR codes;
 * `SITE_URL` can change it), the client files. Worked out once per build: every page's key holds it.
 */
function settingsStamp(): Promise<string> {
  settings ??= (async () => `settings@${(await getEntry('settings', 'site'))?.digest ?? ''} ${import.meta.env.SITE} client@${clientBuildStamp()}`)();
  return settings;
}

/**
 * The key of a page made from what it is given: its props (entries in them stand for their
 * front matter, as stamps), anything else it reads (pass that too), and the settings. A list page
 * re-renders when an entry it lists changes or the list itself changes (order, page count, a new
 * entry pushing others down), and is copied when an entry it does not show is edited.
 */
export async function pageCacheKey(...shown: unknown[]): Promise<string> {
  return hashOf(`${await settingsStamp()}\n${shownKey(...shown)}`);
}

/**
 * Adds each path's cache key (see pageCacheKey): its props, and anything the page reads besides
 * them that is the same for every path (`alsoShown`).
 */
export async function withCacheKeys<P extends { props: object }>(paths: P[], ...alsoShown: unknown[]): Promise<(P & { cacheKey: string })[]> {
  return Promise.all(paths.map(async (path) => ({ ...path, cacheKey: await pageCacheKey(path.props, ...alsoShown) })));
}

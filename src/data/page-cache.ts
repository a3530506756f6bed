import { existsSync } from 'node:fs';
import { getEntry, type CollectionEntry } from 'astro:content';
import { clientFilesFingerprint } from '../build-cache/client-files';
import { digest, fileStamp } from '../build-cache';
import { mediaPathOf } from './attachments';
import type { ArticleCollection } from '../config/sections';
import { getPublishedReference } from './entries';
import { getRelated } from './related';
import { getCampaignRelated } from './campaigns';

/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`, astro.config.mjs).
 * A page returned by `getStaticPaths` with a `cacheKey` is copied from the previous build while
 * its key and its code are unchanged; Astro tracks the code (layouts, components, renderers) and
 * the rendered Markdown, the key must cover every piece of content the page shows. Every page
 * shows the site settings (name, banner, footer), so every key includes them. (Key, digest, stamp
 * and fingerprint as src/build-cache/index.ts defines them.)
 */

type Article = CollectionEntry<ArticleCollection>;
type EntryLike = { collection: string; id: string; digest?: string | number; data: unknown };

const isEntry = (value: unknown): value is EntryLike =>
  typeof value === 'object' && value !== null && 'collection' in value && 'id' in value && 'data' in value;

const frontMatterHashes = new WeakMap<object, string>();

/**
 * An entry as another page shows it (a card in a list, a link under 相关内容, the article a
 * poster's QR code opens): its identity and its front matter. Only an entry's own page (and the
 * feeds, which render on every build) shows its text, so editing the text of an article leaves
 * the pages that list it alone; its own page's key adds the digest of its whole file
 * (entryPageCacheKey).
 */
const shownAs = (entry: EntryLike): string => {
  let hash = frontMatterHashes.get(entry);
  if (hash === undefined) frontMatterHashes.set(entry, (hash = digest(JSON.stringify(entry.data))));
  return `${entry.collection}/${entry.id}@${hash}`;
};

let settings: Promise<string> | undefined;

/**
 * What every page shows or loads: the settings file, the site's address (absolute links, QR codes;
 * `SITE_URL` can change it), the client files. Worked out once per build: every page's key holds it.
 */
function siteWide(): Promise<string> {
  settings ??= (async () => `settings@${(await getEntry('settings', 'site'))?.digest ?? ''} ${import.meta.env.SITE} client@${clientFilesFingerprint()}`)();
  return settings;
}

/**
 * The key of a page made from what it is given: its props (entries in them stand for their
 * front matter, see shownAs), anything else it reads (pass that too), and the settings. A list page
 * re-renders when an entry it lists changes or the list itself changes (order, page count, a new
 * entry pushing others down), and is copied when an entry it does not show is edited.
 */
export async function pageCacheKey(...shown: unknown[]): Promise<string> {
  const json = JSON.stringify(shown, (_key, value: unknown) =>
    isEntry(value) ? shownAs(value) : value instanceof Map || value instanceof Set ? [...value] : value,
  );
  return digest(`${await siteWide()}\n${json}`);
}

/**
 * Adds each path's cache key (see pageCacheKey): its props, and anything the page reads besides
 * them that is the same for every path (`alsoShown`).
 */
export async function withCacheKeys<P extends { props: object }>(paths: P[], ...alsoShown: unknown[]): Promise<(P & { cacheKey: string })[]> {
  return Promise.all(paths.map(async (path) => ({ ...path, cacheKey: await pageCacheKey(path.props, ...alsoShown) })));
}

/**
 * The key of an entry page: the entry's own file (its digest: front matter and text), the entries
 * listed under 相关内容 (titles and sections), the article a poster points to, the newer version
 * a superseded knowledge article points to, the stories, reports and posters a campaign lists, and the settings. A change elsewhere (another entry's
 * text) leaves the key alone.
 */
export async function entryPageCacheKey(entry: Article): Promise<string> {
  return pageCacheKey({ file: entry.digest ?? null }, entry, await getRelated(entry), await referencedBy(entry), await campaignListed(entry), mediaFilesOf(entry));
}

/** What a campaign's page lists besides itself: the stories, reports and posters serving its kind. */
async function campaignListed(entry: Article) {
  return entry.collection === 'campaigns' ? getCampaignRelated((entry as CollectionEntry<'campaigns'>).data.kind) : null;
}

/**
 * The media files an entry's page links to or reads (attachments: their size and pages; a video,
 * its captions and poster frame), each with its stamp: a replaced PDF changes the page (and its
 * content-hashed address) though the entry's own file did not change.
 */
function mediaFilesOf(entry: Article): string[] {
  const data = entry.data as { attachments?: { file: string }[]; video?: { src: string; captions: string; poster: string } };
  const sources = [...(data.attachments ?? []).map((attachment) => attachment.file), ...(data.video ? [data.video.src, data.video.captions, data.video.poster] : [])];
  if (!entry.filePath) return [];
  return sources.map((src) => {
    const path = mediaPathOf(entry.filePath!, src);
    return `${src}@${existsSync(path) ? fileStamp(path) : 'missing'}`;
  });
}

/** The entries an entry's page links to by reference, resolved as the page resolves them. */
async function referencedBy(entry: Article): Promise<(Article | undefined)[]> {
  const data = entry.data as {
    relatedKnowledge?: { collection: 'knowledge'; id: string };
    relatedCustom?: { collection: 'customs'; id: string };
    supersededBy?: { collection: 'knowledge'; id: string };
  };
  return Promise.all([data.relatedKnowledge, data.relatedCustom, data.supersededBy].map((reference) => getPublishedReference(reference)));
}

import { existsSync, readFileSync } from 'node:fs';
import type { CollectionEntry } from 'astro:content';
import { sectionOf, type ArticleCollection } from '../config/sections';
import { isPast } from '../lib/dates';
import { fileStamp } from '../build-cache';
import { absoluteUrl, correctionMailto, entryPath, sectionPath } from '../lib/urls';
import { mdxFeedHtml } from '../mdx/feed-html';
import type { PosterContent } from '../posters/render/content';
import type { ImageValue } from '../schema/fields';
import { attachmentsOf, mediaPathOf, type AttachmentView } from './attachments';
import { getBroadcastDownloads, getScriptLength, type BroadcastDownload } from './broadcasts';
import { getCampaignRelated, type CampaignList } from './campaigns';
import { currencyOf, type Currency } from './currency';
import { getPublishedReference, getSettings } from './entries';
import { entryMeta, withSourceSites, type MetaItem } from './entry-meta';
import { pageCacheKey } from './page-cache';
import { getPosterArticle, getPosterContent, posterCard, siteUrl, type PosterCardData } from '../posters/data/posters';
import { getRelated } from './related';

/**
 * Everything an entry's page (src/pages/[section]/[id].astro) and its components show, worked out
 * once here, as Starlight's `generateRouteData` does for its pages: the page is markup over this
 * object, and its cache key is a hash of the object (`entryRoute`), so a page is rendered again
 * exactly when something it shows changed. What the page still does itself is derived from fields
 * of this object by code alone: the body (`render(entry)`, stood for by `body.digest`), image
 * transforms (`getImage` of `image`, `photos`), a poster's files (from `poster.content`).
 */

type Article = CollectionEntry<ArticleCollection>;

/** A link to another entry, as a page shows it. */
export interface EntryLink {
  readonly href: string;
  readonly title: string;
}

/** The note at the top of a knowledge article that is withdrawn, superseded or overdue for review. */
export type ReviewState =
  | { readonly state: 'withdrawn'; readonly reason: string; readonly newer?: EntryLink }
  | { readonly state: 'superseded'; readonly newer: EntryLink }
  | { readonly state: 'overdue'; readonly nextReview: Date };

/** A video field with the stamps of the files the player reads (file, captions, poster frame). */
export type VideoView = NonNullable<CollectionEntry<'knowledge'>['data']['video']> & {
  readonly fileStamps: readonly string[];
};

/** A script's downloads as its page lists them (the bytes stay with the file routes). */
export type BroadcastDownloadView = Omit<BroadcastDownload, 'data'>;

export interface EntryRouteData {
  /** The entry itself: the page renders its body and reads its front matter. */
  readonly entry: Article;
  readonly section: { readonly label: string; readonly href: string };
  /** The body the page renders: its file's digest stands for it; the characters of its text size the table of contents. */
  readonly body: { readonly digest: string | number | null; readonly textLength: number };
  /** The page's absolute, public address (share tools, correction mail). */
  readonly url: string;
  /** Withdrawn advice keeps its page for old links, without its text, tools or search record. */
  readonly withdrawn: boolean;
  /** Indexed by the search: not withdrawn, not superseded (it would rank before its newer version), not a draft. */
  readonly searchable: boolean;
  /** The lead image (cover or photo) and the gallery after the text. */
  readonly image?: ImageValue;
  readonly photos: readonly ImageValue[];
  /** A notice's 有效性, and what replaced it. */
  readonly validity?: Currency;
  readonly replacement?: EntryLink;
  readonly review?: ReviewState;
  /** The article a poster's QR code opens, and whether readers should be warned about it. */
  readonly posterArticle?: { readonly link: EntryLink; readonly currency?: Currency };
  /** A poster, and what it prints: its files are made from `content` alone (src/posters/render/content.ts). */
  readonly poster?: { readonly entry: CollectionEntry<'posters'>; readonly content: PosterContent };
  readonly broadcast?: {
    readonly kind: string;
    readonly audience: readonly string[];
    readonly length: ReturnType<typeof getScriptLength>;
    readonly downloads: Readonly<Record<string, BroadcastDownloadView>>;
  };
  readonly campaign?: {
    readonly kind: string;
    readonly checkpoints: readonly string[];
    readonly checkpointsSource?: string;
    readonly stories: CampaignList<'stories'>;
    readonly updates: CampaignList<'updates'>;
    readonly posters: { readonly cards: readonly PosterCardData[]; readonly total: number };
  };
  /** A guide's panel of the settings' public hotlines. */
  readonly hotlines?: readonly { readonly name: string; readonly number: string }[];
  readonly attachments: readonly AttachmentView[];
  readonly video?: VideoView;
  /** Up to four entries under 相关内容. */
  readonly related: readonly Article[];
  /** The facts box after the text. */
  readonly meta: readonly MetaItem[];
  readonly tags: readonly string[];
  /** Stories invite readers to nominate someone. */
  readonly nominate: boolean;
  /** The 纠错 mail link. */
  readonly correctionHref: string;
}

/** An entry's route: its data and the cache key made from it. */
export interface EntryRoute {
  readonly data: EntryRouteData;
  readonly cacheKey: string;
}

const linkTo = (entry: Article): EntryLink => ({
  href: entryPath(entry.collection, entry.id),
  title: entry.data.title,
});

/**
 * Characters of the article's text (the store keeps the rendered HTML, not the Markdown: retainBody is off).
 * An MDX entry is rendered only by its page, so its text is measured from its plain form (src/mdx/feed-html.ts).
 */
function textLengthOf(entry: Article): number {
  const html =
    entry.rendered?.html ??
    (entry.filePath?.endsWith('.mdx') ? mdxFeedHtml(readFileSync(entry.filePath, 'utf8'), '') : '');
  return html.replace(/<[^>]*>/g, '').length;
}

async function reviewOf(entry: CollectionEntry<'knowledge'>): Promise<ReviewState | undefined> {
  const { data } = entry;
  const newer = await getPublishedReference(data.supersededBy);
  if (data.withdrawn) return { state: 'withdrawn', reason: data.withdrawn, ...(newer ? { newer: linkTo(newer) } : {}) };
  if (newer) return { state: 'superseded', newer: linkTo(newer) };
  return isPast(data.nextReview) ? { state: 'overdue', nextReview: data.nextReview } : undefined;
}

function videoOf(entry: Article): VideoView | undefined {
  if (!('video' in entry.data) || !entry.data.video) return undefined;
  const { video } = entry.data;
  const stamp = (src: string) => {
    if (!entry.filePath) return src;
    const path = mediaPathOf(entry.filePath, src);
    return `${src}@${existsSync(path) ? fileStamp(path) : 'missing'}`;
  };
  return { ...video, fileStamps: [video.src, video.captions, video.poster].map(stamp) };
}

async function broadcastOf(entry: CollectionEntry<'broadcasts'>): Promise<EntryRouteData['broadcast']> {
  const downloads = await getBroadcastDownloads(entry, siteUrl());
  const views = Object.fromEntries(Object.entries(downloads).map(([kind, { data: _bytes, ...view }]) => [kind, view]));
  return { kind: entry.data.kind, audience: entry.data.audience, length: getScriptLength(entry), downloads: views };
}

async function campaignOf(entry: CollectionEntry<'campaigns'>): Promise<EntryRouteData['campaign']> {
  const { kind, checkpoints, checkpointsSource } = entry.data;
  const { stories, updates, posters } = await getCampaignRelated(kind);
  const cards = await Promise.all(posters.entries.map((poster) => posterCard(poster)));
  return {
    kind,
    checkpoints,
    ...(checkpointsSource ? { checkpointsSource } : {}),
    stories,
    updates,
    posters: { cards, total: posters.total },
  };
}

async function posterArticleOf(poster: CollectionEntry<'posters'>): Promise<EntryRouteData['posterArticle']> {
  const article = await getPosterArticle(poster);
  if (!article) return undefined;
  const currency = currencyOf(article);
  return { link: linkTo(article), ...(currency ? { currency } : {}) };
}

/** Everything the page of this entry shows. */
export async function entryRouteData(entry: Article): Promise<EntryRouteData> {
  const { data } = entry;
  const settings = await getSettings();
  const section = sectionOf(entry.collection);
  const url = absoluteUrl(entryPath(entry.collection, entry.id), siteUrl());
  const withdrawn = entry.collection === 'knowledge' && Boolean(entry.data.withdrawn);
  const superseded = entry.collection === 'knowledge' && Boolean(await getPublishedReference(entry.data.supersededBy));
  const validity = entry.collection === 'notices' ? currencyOf(entry) : undefined;
  const replacement = entry.collection === 'notices' ? await getPublishedReference(entry.data.supersededBy) : undefined;
  return {
    entry,
    section: { label: section.label, href: sectionPath(section.collection) },
    body: { digest: entry.digest ?? null, textLength: textLengthOf(entry) },
    url,
    withdrawn,
    searchable: !withdrawn && !superseded && !data.draft,
    image: 'cover' in data ? data.cover : 'photo' in data ? data.photo : undefined,
    photos: 'photos' in data ? data.photos : [],
    validity,
    replacement: replacement && linkTo(replacement),
    review: entry.collection === 'knowledge' ? await reviewOf(entry) : undefined,
    posterArticle: entry.collection === 'posters' ? await posterArticleOf(entry) : undefined,
    poster: entry.collection === 'posters' ? { entry, content: await getPosterContent(entry, siteUrl()) } : undefined,
    broadcast: entry.collection === 'broadcasts' ? await broadcastOf(entry) : undefined,
    campaign: entry.collection === 'campaigns' ? await campaignOf(entry) : undefined,
    hotlines: entry.collection === 'guides' ? settings.hotlines : undefined,
    // A notice's 附件 (format, size, PDF pages read from the files) and an article's video field.
    attachments:
      entry.collection === 'notices' && entry.filePath
        ? await attachmentsOf(entry.filePath, entry.data.attachments)
        : [],
    video: videoOf(entry),
    related: await getRelated(entry),
    meta: withSourceSites(entryMeta(entry), settings.sourceSites),
    tags: data.tags,
    nominate: entry.collection === 'stories',
    correctionHref: correctionMailto(settings.contact.email, data.title, url),
  };
}

const routes = new Map<string, Promise<EntryRoute>>();

/**
 * The route of an entry's page: its data and its cache key, a hash of that data (entries in it stand
 * for their front matter) and the settings and client files every page shows (src/data/page-cache.ts).
 * Worked out once per entry in a build: the poster routes and galleries ask for posters' keys too.
 */
export function entryRoute(entry: Article): Promise<EntryRoute> {
  const id = `${entry.collection}/${entry.id}`;
  const known = routes.get(id);
  if (known && !import.meta.env.DEV) return known;
  const made = (async () => {
    const data = await entryRouteData(entry);
    return { data, cacheKey: await pageCacheKey(data) };
  })();
  routes.set(id, made);
  return made;
}

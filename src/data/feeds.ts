import { getImage } from 'astro:assets';
import type { CollectionEntry } from 'astro:content';
import { ARTICLE_COLLECTIONS, sectionOf, type ArticleCollection } from '../config/sections';
import { getListed, getSettings } from './entries';
import { readFileSync } from 'node:fs';
import { mdxFeedHtml } from '../mdx/feed-html';
import { absolutizeUrls, figureHtml, type FeedImage } from '../lib/feed-html';
import { escapeHtml } from '../lib/html-escape';
import type { ImageValue } from '../schema/fields';
import { absoluteUrl, entryPath } from '../lib/urls';

/** An article as feeds carry it: full content with absolute links and images. */
export interface FeedEntry {
  readonly entry: CollectionEntry<ArticleCollection>;
  readonly url: string;
  /** Lead image, body and further photos, as HTML a feed reader can show away from the site. */
  readonly html: string;
  /** Absolute address of the lead image, if the entry has one. */
  readonly image?: string;
}

/** Feed readers and media centers get a JPEG at most 1200 pixels wide (the size used for share cards). */
async function feedImage(image: ImageValue, site: URL): Promise<FeedImage> {
  const width = Math.min(image.src.width, 1200);
  const built = await getImage({ src: image.src, width, format: 'jpeg' });
  const height = Number(built.attributes.height ?? Math.round((image.src.height * width) / image.src.width));
  return { src: absoluteUrl(built.src, site), alt: image.alt, width, height };
}

const imagesOf = (
  data: CollectionEntry<ArticleCollection>['data'],
): { lead?: ImageValue; more: readonly ImageValue[] } => {
  if ('cover' in data && data.cover) return { lead: data.cover, more: [] };
  if ('photo' in data && data.photo) return { lead: data.photo, more: [] };
  if ('photos' in data) return { lead: data.photos[0], more: data.photos.slice(1) };
  return { more: [] };
};

/**
 * The feed form of listed entries (pages ask `getListed`, so drafts and withdrawn advice never get
 * here). The body is the HTML the content layer rendered from the Markdown at build time; an MDX
 * entry (rendered only on its page) is written as plain HTML from its source (src/mdx/feed-html.ts).
 */
export async function toFeedEntries(
  entries: readonly CollectionEntry<ArticleCollection>[],
  site: URL,
): Promise<FeedEntry[]> {
  return Promise.all(
    entries.map(async (entry) => {
      const url = absoluteUrl(entryPath(entry.collection, entry.id), site);
      const { lead, more } = imagesOf(entry.data);
      const leadImage = lead ? await feedImage(lead, site) : undefined;
      const moreImages = await Promise.all(more.map((image) => feedImage(image, site)));
      const body = entry.rendered?.html
        ? absolutizeUrls(entry.rendered.html, url)
        : entry.filePath?.endsWith('.mdx')
          ? absolutizeUrls(mdxFeedHtml(readFileSync(entry.filePath, 'utf8'), url), url)
          : `<p>${escapeHtml(entry.data.summary)}</p>`;
      const html = [leadImage && figureHtml(leadImage), body, ...moreImages.map(figureHtml)].filter(Boolean).join('\n');
      return { entry, url, html, image: leadImage?.src };
    }),
  );
}

/** What a section's RSS and JSON feeds both carry: its newest 50 listed entries and its title. */
export async function sectionFeed(collection: ArticleCollection, site: URL | undefined) {
  const [settings, listed] = await Promise.all([getSettings(), getListed(collection)]);
  const section = sectionOf(collection);
  const base = site ?? new URL(settings.siteUrl);
  return {
    section,
    base,
    title: `${settings.siteName}·${section.label}`,
    entries: await toFeedEntries(listed.slice(0, 50), base),
  };
}

/** Static paths of the per-section feeds: one for every article section. */
export const sectionFeedPaths = () => ARTICLE_COLLECTIONS.map((section) => ({ params: { section } }));

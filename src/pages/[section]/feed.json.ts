import type { APIRoute, GetStaticPaths } from 'astro';
import { ARTICLE_COLLECTIONS, sectionOf, type ArticleCollection } from '../../config/sections';
import { getListed, getSettings } from '../../data/entries';
import { jsonFeedItem } from '../../data/feed-items';
import { toFeedEntries } from '../../data/feeds';
import { jsonFeedResponse } from '../../lib/json-feed';
import { absoluteUrl, sectionJsonFeedPath, sectionPath } from '../../lib/urls';

/** One JSON Feed per article section, with full content and absolute image addresses. */
export const getStaticPaths = (() => ARTICLE_COLLECTIONS.map((section) => ({ params: { section } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const collection = params.section as ArticleCollection;
  const section = sectionOf(collection);
  const settings = await getSettings();
  const base = site ?? new URL(settings.siteUrl);
  const entries = await toFeedEntries((await getListed(collection)).slice(0, 50), base);
  return jsonFeedResponse({
    title: `${settings.siteName}·${section.label}`,
    description: section.intro,
    home_page_url: absoluteUrl(sectionPath(collection), base),
    feed_url: absoluteUrl(sectionJsonFeedPath(collection), base),
    favicon: absoluteUrl('/favicon.svg', base),
    language: 'zh-CN',
    items: entries.map(jsonFeedItem),
  });
};

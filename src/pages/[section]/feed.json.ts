import type { APIRoute, GetStaticPaths } from 'astro';
import type { ArticleCollection } from '../../config/sections';
import { jsonFeedItem } from '../../data/feed-items';
import { sectionFeed, sectionFeedPaths } from '../../data/feeds';
import { jsonFeedResponse } from '../../lib/json-feed';
import { absoluteUrl, sectionJsonFeedPath, sectionPath } from '../../lib/urls';

/** One JSON Feed per article section, with full content and absolute image addresses. */
export const getStaticPaths = sectionFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const collection = params.section as ArticleCollection;
  const { section, base, title, entries } = await sectionFeed(collection, site);
  return jsonFeedResponse({
    title,
    description: section.intro,
    home_page_url: absoluteUrl(sectionPath(collection), base),
    feed_url: absoluteUrl(sectionJsonFeedPath(collection), base),
    favicon: absoluteUrl('/favicon.svg', base),
    language: 'zh-CN',
    items: entries.map(jsonFeedItem),
  });
};

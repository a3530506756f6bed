import type { APIRoute } from 'astro';
import { ARTICLE_COLLECTIONS } from '../config/sections';
import { getLatest, getSettings } from '../data/entries';
import { jsonFeedItem } from '../data/feed-items';
import { toFeedEntries } from '../data/feeds';
import { jsonFeedResponse } from '../lib/json-feed';
import { absoluteUrl, jsonFeedPath } from '../lib/urls';

/** The site-wide JSON Feed: the newest 50 published articles of every section, with full content. */
export const GET: APIRoute = async ({ site }) => {
  const settings = await getSettings();
  const base = site ?? new URL(settings.siteUrl);
  const entries = await toFeedEntries(await getLatest(ARTICLE_COLLECTIONS, 50), base);
  return jsonFeedResponse({
    title: settings.siteName,
    description: settings.description,
    home_page_url: absoluteUrl('/', base),
    feed_url: absoluteUrl(jsonFeedPath, base),
    favicon: absoluteUrl('/favicon.svg', base),
    language: 'zh-CN',
    items: entries.map(jsonFeedItem),
  });
};

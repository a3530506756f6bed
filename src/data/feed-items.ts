import type { RSSFeedItem } from '@astrojs/rss';
import { sectionOf } from '../config/sections';
import type { JsonFeedItem } from '../lib/json-feed';
import type { FeedEntry } from './feeds';

/** RSS 2.0 item with the full content in content:encoded. */
export const rssItem = ({ entry, url, html }: FeedEntry): RSSFeedItem => ({
  title: entry.data.title,
  description: entry.data.summary,
  content: html,
  pubDate: entry.data.published,
  link: url,
  categories: [sectionOf(entry.collection).label, ...entry.data.tags],
  author: entry.data.editor,
});

/** JSON Feed 1.1 item; dates are the calendar days of the content (UTC midnight, as in the RSS feeds). */
export const jsonFeedItem = ({ entry, url, html, image }: FeedEntry): JsonFeedItem => ({
  id: url,
  url,
  title: entry.data.title,
  content_html: html,
  summary: entry.data.summary,
  ...(image ? { image } : {}),
  date_published: entry.data.published.toISOString(),
  ...(entry.data.updated ? { date_modified: entry.data.updated.toISOString() } : {}),
  authors: [{ name: entry.data.source }],
  tags: [sectionOf(entry.collection).label, ...entry.data.tags],
});

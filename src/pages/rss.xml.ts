import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getLatest, getSettings } from '../data/entries';
import { ARTICLE_COLLECTIONS, sectionOf } from '../config/sections';
import { entryPath } from '../lib/urls';

/** The site-wide feed: the newest 50 published entries of every article section. */
export const GET: APIRoute = async ({ site }) => {
  const settings = await getSettings();
  const entries = await getLatest(ARTICLE_COLLECTIONS, 50);
  return rss({
    title: settings.siteName,
    description: settings.description,
    site: site ?? settings.siteUrl,
    customData: '<language>zh-CN</language>',
    items: entries.map((entry) => ({
      title: entry.data.title,
      description: entry.data.summary,
      pubDate: entry.data.published,
      link: entryPath(entry.collection, entry.id),
      categories: [sectionOf(entry.collection).label, ...entry.data.tags],
      author: entry.data.editor,
    })),
  });
};

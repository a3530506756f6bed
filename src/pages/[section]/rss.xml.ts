import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { ARTICLE_COLLECTIONS, sectionOf, type ArticleCollection } from '../../config/sections';
import { getListed, getSettings } from '../../data/entries';
import { rssItem } from '../../data/feed-items';
import { toFeedEntries } from '../../data/feeds';

/** One RSS feed per article section, with full content, for media centers that run a column. */
export const getStaticPaths = (() => ARTICLE_COLLECTIONS.map((section) => ({ params: { section } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const collection = params.section as ArticleCollection;
  const section = sectionOf(collection);
  const settings = await getSettings();
  const base = site ?? new URL(settings.siteUrl);
  const entries = await toFeedEntries((await getListed(collection)).slice(0, 50), base);
  return rss({
    title: `${settings.siteName}·${section.label}`,
    description: section.intro,
    site: base,
    customData: '<language>zh-CN</language>',
    items: entries.map(rssItem),
  });
};

import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ArticleCollection } from '../../config/sections';
import { rssItem } from '../../data/feed-items';
import { sectionFeed, sectionFeedPaths } from '../../data/feeds';

/** One RSS feed per article section, with full content, for media centers that run a column. */
export const getStaticPaths = sectionFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { section, base, title, entries } = await sectionFeed(params.section as ArticleCollection, site);
  return rss({
    title,
    description: section.intro,
    site: base,
    customData: '<language>zh-CN</language>',
    items: entries.map(rssItem),
  });
};

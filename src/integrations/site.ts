import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { contentDataFromFile } from '../build-cache/content-data-file';
import { keptOutput } from '../build-cache/kept-output';
import { missingAssetCheck } from '../build-cache/missing-assets';
import { stagedOutput } from '../build-cache/staged-output';
import { contentDir } from '../config/content-dir';
import { lastModifiedDates } from '../lib/sitemap-dates';
import { htmlAsText } from '../markdown/html-as-text';
import { phoneLinks } from '../markdown/phone-links';
import { safeUrls } from '../markdown/safe-urls';
import { neutraliseMdx } from '../mdx/neutralise';
import { adminIntegration } from './admin';
import { contentCheckIntegration } from './content-check';
import { pagefindSearch, type PagefindOptions } from '../search/build/integration';
import posters from '../posters/integration';
import { reviewReport } from './review-report';
import { recentIndexMode, type RecentIndexMode } from '../search/build/index-recent';
import { shareCards } from './share-cards';
import { SHARE_CARD_FOLDER } from '../share-cards/spec';
import { stripImageMetadataIntegration } from './strip-image-metadata';

/**
 * How Markdown becomes HTML, in articles (`markdown.processor`) and in MDX articles alike: raw HTML
 * is shown as text, links or images whose address could run script are dropped
 * (src/markdown/safe-urls.ts) even when the content check is skipped, and telephone numbers in the
 * text become tel: links (src/markdown/phone-links.ts).
 */
export const markdownProcessor = () => satteri({ mdastPlugins: [htmlAsText], hastPlugins: [safeUrls, phoneLinks] });

export interface SiteOptions {
  /** The project folder (the content folder, content/ or the city's, is read from it for the sitemap's dates). */
  root: URL;
  /**
   * When a rebuild may search-index only its changed pages beside the stored whole index
   * (docs/search.md, src/search/build/index-recent.ts): `auto` (the default) when few
   * pages changed and the site is not small, `always` whenever few changed, `never` to switch the
   * recent index off (every build indexes the whole site). When not given, the environment
   * variable `SEARCH_RECENT_INDEX` decides, and unset means `auto`.
   */
  recentSearchIndex?: RecentIndexMode;
}

/** The search index's options: every page is Chinese; the recent index as the options or the environment say. */
export function searchIndexOptions(
  { recentSearchIndex }: Pick<SiteOptions, 'recentSearchIndex'>,
  env: NodeJS.ProcessEnv = process.env,
): PagefindOptions {
  return { language: 'zh-CN', recentIndex: recentSearchIndex ?? recentIndexMode(env.SEARCH_RECENT_INDEX) };
}

/**
 * The site's integrations, in the order they must run. Astro runs each hook of every integration
 * in this order, and these depend on each other:
 *
 * 1. `site:staged-output` first: takes the build lock and moves the output folder to
 *    node_modules/.astro/site-output/ before any other integration reads `config.outDir`.
 * 2. `site:content-check` before anything renders content: a build with content errors stops
 *    before work, with one report in Chinese for editors.
 * 3. `site:content-data-file` (the server bundle reads the content data store from its file) before
 *    the bundle is built, and `@astrojs/mdx` after the check: the check refuses MDX that uses anything
 *    but the site's blocks (src/mdx/), and neutraliseMdx drops code, expressions and unknown tags
 *    even if it did not run.
 * 4. `site:admin` (the CMS page and its cached bundle), `site:image-metadata`, `site:review-report`,
 *    `@astrojs/sitemap` and `site:posters` (poster cache report): build-done steps that write into,
 *    or read, the finished pages; their order among themselves does not matter.
 * 5. `site:share-cards`, a build-done step too: it reads the pages' heads and keeps `share/` (the
 *    cards the pages ask for) itself, which kept-output leaves to it.
 * 6. `site:kept-output` after every step that writes into the output folder: it removes what this
 *    build did not write. It also gives pages the output folder (`virtual:wenming/build-output`),
 *    which every page's cache key needs (src/build-cache/client-files.ts).
 * 7. `site:missing-assets` after kept-output has removed what is stale: a page kept from an earlier
 *    build that loads a file this build did not write fails the build.
 * 8. `site:pagefind` when every page is final: it indexes them (its `pagefind/` folder is left
 *    alone by kept-output).
 * 9. `site:publish-output` last: the finished site replaces `dist/` in one rename.
 *
 * Names: the site's own integrations are `site:<what it does>`; Astro's keep theirs. Logs: progress
 * lines in English, as Astro's own; what editors must read and act on (content problems, overdue
 * reviews, a build refused) in Chinese.
 */
export function civilizationSite({ root, ...options }: SiteOptions): AstroIntegration[] {
  const output = stagedOutput();
  const lastModified = lastModifiedDates(new URL(`./${contentDir()}/`, root).pathname);
  return [
    output.start,
    contentCheckIntegration(),
    contentDataFromFile(),
    mdx({ processor: satteri({ mdastPlugins: [htmlAsText, neutraliseMdx], hastPlugins: [safeUrls, phoneLinks] }) }),
    adminIntegration(),
    stripImageMetadataIntegration(),
    reviewReport(),
    sitemap({
      // Only public reading pages belong in the sitemap: not the CMS, embeds, search, or the print forms
      // (posters' /print/, slogans' /banner/ and /wall/).
      filter: (page) =>
        !/\/(404|admin|embed|search)\/|\/print\/$|^\/slogans\/[^/]+\/(banner|wall)\/$/.test(new URL(page).pathname),
      serialize: (item) => {
        const date = lastModified(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
    posters(),
    shareCards(),
    // The search index and the share cards keep their own folders up to date.
    keptOutput({ leave: ['pagefind', SHARE_CARD_FOLDER] }),
    missingAssetCheck(),
    pagefindSearch(searchIndexOptions(options)),
    output.publish,
  ];
}

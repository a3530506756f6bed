// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { readSiteSettings } from './src/config/settings-file.ts';
import { cityId, contentDir } from './src/config/content-dir.ts';
import { lastModifiedDates } from './src/lib/sitemap-dates.ts';
import { adminIntegration } from './src/integrations/admin.ts';
import { cityModules } from './src/integrations/admin-bundle.ts';
import { contentCheckIntegration } from './src/integrations/content-check.ts';
import { stripImageMetadataIntegration } from './src/integrations/strip-image-metadata.ts';
import { htmlAsText } from './src/markdown/html-as-text.ts';
import { neutraliseMdx } from './src/mdx/neutralise.ts';
import { safeUrls } from './src/markdown/safe-urls.ts';
import { phoneLinks } from './src/markdown/phone-links.ts';
import { incrementalSafety } from './src/integrations/incremental-safety.ts';
import { keptOutput } from './src/integrations/kept-output.ts';
import { stagedOutput } from './src/integrations/staged-output.ts';
import { reviewReport } from './src/integrations/review-report.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { recentIndexMode } from './src/integrations/search-index-recent.ts';
import posters from './src/integrations/posters.ts';
import { shareCards } from './src/integrations/share-cards.ts';

// The public address comes from the settings editors keep (content/settings/site.yml);
// SITE_URL overrides it for staging builds.
const site = process.env.SITE_URL ?? readSiteSettings().siteUrl;
const lastModified = lastModifiedDates(new URL(`./${contentDir()}/`, import.meta.url).pathname);
// CITY=<id> builds the site of cities/<id>/ (docs/province.md), with caches of its own so that one city's
// incremental build never reuses another's pages; OUT_DIR writes the site elsewhere than dist/.
const city = cityId();
const cacheDir = city ? `./node_modules/.astro/cities/${city}/` : undefined;
const outDir = process.env.OUT_DIR || undefined;

// One build at a time, written outside dist/ and put in its place when done (src/integrations/staged-output.ts).
const output = stagedOutput();

export default defineConfig({
  site,
  ...(cacheDir ? { cacheDir } : {}),
  ...(outDir ? { outDir } : {}),
  trailingSlash: 'always',
  // Scripts and styles stay in files of their own: the Content-Security-Policy of the public pages
  // allows no inline script or style, and a shared file is cached across pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The pages read the city's content folder and districts as values fixed at build time (src/config/content-dir.ts).
  vite: { build: { assetsInlineLimit: 0 }, plugins: [cityModules(fileURLToPath(new URL('./', import.meta.url)))] },
  // Raw HTML is shown as text, and links or images whose address could run script are dropped
  // (src/markdown/safe-urls.ts) even when the content check is skipped.
  // Telephone numbers in the text become tel: links (src/markdown/phone-links.ts).
  markdown: { processor: satteri({ mdastPlugins: [htmlAsText], hastPlugins: [safeUrls, phoneLinks] }) },
  // Entry pages give a cacheKey (src/data/page-cache.ts): a rebuild copies every entry page whose data and
  // code are unchanged from node_modules/.astro/ instead of rendering it again (docs/performance.md).
  experimental: { incrementalBuild: true },
  integrations: [
    // First: takes the build lock and moves the output folder before the others read it.
    output.start,
    contentCheckIntegration(),
    // MDX articles use only the site's components (src/mdx/): the content check refuses anything else
    // before this runs, and neutraliseMdx drops code, expressions and unknown tags even if it did not.
    mdx({ processor: satteri({ mdastPlugins: [htmlAsText, neutraliseMdx], hastPlugins: [safeUrls, phoneLinks] }) }),
    adminIntegration(),
    stripImageMetadataIntegration(),
    // Lists knowledge pages overdue for review at the end of every build.
    reviewReport(),
    sitemap({
      // Only public reading pages belong in the sitemap: not the CMS, embeds, search, or the print forms
      // (posters' /print/, slogans' /banner/ and /wall/).
      filter: (page) => !/\/(404|admin|embed|search)\/|\/print\/$|^\/slogans\/[^/]+\/(banner|wall)\/$/.test(new URL(page).pathname),
      serialize: (item) => {
        const date = lastModified(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
    posters(),
    // Draws each page's share card (og:image) from its head; before kept-output, which drops unused ones.
    shareCards(),
    // Keeps dist/ between builds (unchanged pages stay in place) and removes what this build did not make;
    // the search index's folder is the search step's.
    keptOutput({ leave: ['pagefind'] }),
    // Refuses a build whose pages load files it did not write (copied pages of an earlier build).
    incrementalSafety(),
    // Last: indexes the finished pages (see src/integrations/pagefind.ts).
    // SEARCH_RECENT_INDEX=always|never overrides when a rebuild indexes only its changed pages.
    pagefindSearch({ language: 'zh-CN', recentIndex: recentIndexMode(process.env.SEARCH_RECENT_INDEX) }),
    // After everything: the finished site replaces dist/ in one rename.
    output.publish,
  ],
});

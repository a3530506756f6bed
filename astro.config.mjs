// @ts-check
import { defineConfig } from 'astro/config';
import { readSiteSettings } from './src/config/settings-file.ts';
import { civilizationSite, markdownProcessor } from './src/integrations/site.ts';

// The public address comes from the settings editors keep (content/settings/site.yml);
// SITE_URL overrides it for staging builds.
const site = process.env.SITE_URL ?? readSiteSettings().siteUrl;

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Scripts and styles stay in files of their own: the Content-Security-Policy of the public pages
  // allows no inline script or style, and a shared file is cached across pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: { processor: markdownProcessor() },
  // Entry pages give a cacheKey (src/data/page-cache.ts): a rebuild copies every entry page whose data and
  // code are unchanged from node_modules/.astro/ instead of rendering it again (docs/performance.md).
  experimental: { incrementalBuild: true },
  // Every integration of the site, in the order their dependencies need (src/integrations/site.ts).
  // recentSearchIndex: 'never' switches the recent search index off (default: SEARCH_RECENT_INDEX, else 'auto').
  integrations: civilizationSite({ root: new URL('./', import.meta.url) }),
});

// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { readSiteSettings } from './src/config/settings-file.ts';
import { cityId } from './src/config/content-dir.ts';
import { cityModules } from './src/integrations/admin-bundle.ts';
import { civilizationSite, markdownProcessor } from './src/integrations/site.ts';

// The public address comes from the settings editors keep (content/settings/site.yml);
// SITE_URL overrides it for staging builds.
const site = process.env.SITE_URL ?? readSiteSettings().siteUrl;
// CITY=<id> builds the site of cities/<id>/ (docs/province.md), with caches of its own so that one city's
// incremental build never reuses another's pages; OUT_DIR writes the site elsewhere than dist/.
const city = cityId();
const cacheDir = city ? `./node_modules/.astro/cities/${city}/` : undefined;
const outDir = process.env.OUT_DIR || undefined;

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
  markdown: { processor: markdownProcessor() },
  // Entry pages give a cacheKey (src/data/page-cache.ts): a rebuild copies every entry page whose data and
  // code are unchanged from node_modules/.astro/ instead of rendering it again (docs/performance.md).
  experimental: { incrementalBuild: true },
  // Every integration of the site, in the order their dependencies need (src/integrations/site.ts).
  // recentSearchIndex: 'never' switches the recent search index off (default: SEARCH_RECENT_INDEX, else 'auto').
  integrations: civilizationSite({ root: new URL('./', import.meta.url) }),
});

import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheUsageSince, prunePosterCache } from './render/cache-folder';
import { virtualModule } from '../integrations/virtual-module';

/** Cache entries unused this long are removed; longer than any build, so a parallel build keeps its own. */
const CACHE_MAX_AGE_MS = 60 * 60 * 1000;

/**
 * Print-ready posters. Rendering happens where the content layer is: the poster pages and the file
 * routes (src/pages/posters/) ask src/posters/data/posters.ts for a poster's files, which renders each
 * poster once per key into the cache, so a page can show every download's size and the
 * file routes write the same bytes to dist/. This integration tells that code where the cache is
 * (Astro's cacheDir, git-ignored: node_modules/.astro/posters/), and after a build reports what was
 * rendered and removes entries no build uses any more.
 */
export default function posters(): AstroIntegration {
  let cacheDir = '';
  let buildStarted = 0;
  return {
    name: 'site:posters',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        cacheDir = fileURLToPath(new URL('posters/', config.cacheDir));
        const projectRoot = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [
              virtualModule(
                'virtual:wenming/posters-config',
                () =>
                  `export const cacheDir = ${JSON.stringify(cacheDir)};\nexport const projectRoot = ${JSON.stringify(projectRoot)};`,
              ),
            ],
          },
        });
      },
      'astro:build:start': () => {
        buildStarted = Date.now();
      },
      'astro:build:done': async ({ logger }) => {
        const { used, rendered, renderMs } = cacheUsageSince(cacheDir, buildStarted);
        logger.info(
          `${used} poster(s): ${rendered} rendered, ${used - rendered} from the cache ${cacheDir} (rendering took ${(renderMs / 1000).toFixed(2)} s)`,
        );
        try {
          const removed = await prunePosterCache(cacheDir, CACHE_MAX_AGE_MS);
          if (removed > 0) logger.info(`removed ${removed} unused poster cache entr${removed === 1 ? 'y' : 'ies'}`);
        } catch (error) {
          // The site is built; a cache that could not be tidied only takes disk space.
          logger.warn(`could not tidy the poster cache ${cacheDir}: ${(error as Error).message}`);
        }
      },
    },
  };
}

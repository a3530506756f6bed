import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeFileAtomic } from '../build-cache';
import { loadPosterFonts } from '../posters/render/fonts';
import { requestedCards } from '../share-cards/from-pages';
import { renderShareCard } from '../share-cards/render';
import { SHARE_CARD_FOLDER, shareCardPath } from '../share-cards/spec';

/** Cards no build has used for this long leave the cache. */
const CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** Cards drawn side by side: sharp rasterises off the main thread, so two keep both cores busy. */
const PARALLEL = 2;

/**
 * Share cards (src/share-cards/): after the pages are built, draws the card each page's <head> asks
 * for into `share/` of the output. Cards are content-addressed, so a card already in the output is
 * kept (its time refreshed, so the kept-output step keeps it), one in the cache
 * (node_modules/.astro/share-cards/) is copied, and only new titles are drawn.
 * Runs before kept-output, which removes the cards no page asks for any more.
 */
export function shareCards(): AstroIntegration {
  let cacheDir = '';
  let projectRoot = '';
  let host = '';
  return {
    name: 'site:share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('share-cards/', config.cacheDir));
        projectRoot = fileURLToPath(config.root);
        host = config.site ? new URL(config.site).host : '';
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const started = Date.now();
        const outDir = fileURLToPath(dir);
        // This build's pages, rendered or kept from the last one; not the pages an earlier build left behind.
        const pages = [...assets.values()]
          .flat()
          .map((url) => relative(outDir, fileURLToPath(url)))
          .filter((file) => file.endsWith('.html'));
        const cards = requestedCards(outDir, pages, host);
        mkdirSync(join(outDir, SHARE_CARD_FOLDER), { recursive: true });
        mkdirSync(cacheDir, { recursive: true });
        const now = new Date();
        let drawn = 0;
        let copied = 0;
        const jobs = cards.flatMap((card) => [...card.shapes].map((shape) => ({ card, shape })));
        const total = jobs.length;
        const work = async () => {
          for (let job = jobs.shift(); job; job = jobs.shift()) {
            const name = shareCardPath(job.card.key, job.shape).slice(`/${SHARE_CARD_FOLDER}/`.length);
            const published = join(outDir, SHARE_CARD_FOLDER, name);
            const cached = join(cacheDir, name);
            if (existsSync(cached)) {
              utimesSync(cached, now, now);
              if (existsSync(published)) utimesSync(published, now, now);
              else copyFileSync(cached, published);
              copied++;
              continue;
            }
            const image = await renderShareCard(job.card.spec, job.shape, loadPosterFonts(projectRoot));
            writeFileSync(published, image);
            // Into the cache last, in one rename: a build killed meanwhile leaves no half card there.
            writeFileAtomic(cached, image);
            drawn++;
          }
        };
        await Promise.all(Array.from({ length: PARALLEL }, work));
        const pruned = pruneCache(cacheDir, Date.now() - CACHE_MAX_AGE_MS);
        logger.info(
          `share cards: ${total}, ${drawn} drawn, ${copied} from the cache (${((Date.now() - started) / 1000).toFixed(2)} s)` +
            (pruned > 0 ? `, ${pruned} unused removed from the cache` : ''),
        );
      },
    },
  };
}

/** Removes cached cards last used before `before` (ms). */
function pruneCache(cacheDir: string, before: number): number {
  let removed = 0;
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats && stats.mtimeMs < before) {
      rmSync(path, { force: true });
      removed++;
    }
  }
  return removed;
}

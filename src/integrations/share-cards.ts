import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeFileAtomic } from '../build-cache';
import { requestedCards } from '../share-cards/from-pages';
import { startCardPool, type CardPool } from '../share-cards/pool';
import { SHARE_CARD_FOLDER, shareCardPath } from '../share-cards/spec';

/** Cards no build has used for this long leave the cache. */
const CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** Cards handed to each drawing thread at once, so none waits for the main thread's file writes. */
const QUEUED_PER_THREAD = 3;

/**
 * Share cards (src/share-cards/): after the pages are built, draws the card each page's <head> asks
 * for into `share/` of the output. Cards are content-addressed, so a card already in the output is
 * kept (its time refreshed, so the kept-output step keeps it), one in the cache
 * (node_modules/.astro/share-cards/) is copied, and only new titles are drawn, on every core
 * (src/share-cards/pool.ts).
 * Runs before kept-output, which removes the cards no page asks for any more.
 */
export function shareCards(): AstroIntegration {
  let cacheDir = '';
  let astroCacheDir = '';
  let projectRoot = '';
  let host = '';
  return {
    name: 'site:share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('share-cards/', config.cacheDir));
        astroCacheDir = fileURLToPath(config.cacheDir);
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
        // The drawing threads start with the first card not in the cache: a rebuild often draws none.
        let pool: Promise<CardPool> | undefined;
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
            pool ??= startCardPool(projectRoot, astroCacheDir);
            const { card, shape } = job;
            const image = await (await pool).draw(card.spec, shape).catch((error: Error) => {
              throw new Error(
                `share card of ${card.page} (${shape}, “${card.spec.title}”) could not be drawn: ${error.message}`,
              );
            });
            writeFileSync(published, image);
            // Into the cache last, in one rename: a build killed meanwhile leaves no half card there.
            writeFileAtomic(cached, image);
            drawn++;
          }
        };
        try {
          // The pool has a thread a core (availableParallelism); a few cards queued for each.
          await Promise.all(Array.from({ length: availableParallelism() * QUEUED_PER_THREAD }, work));
        } finally {
          jobs.length = 0;
          await (await pool?.catch(() => undefined))?.close();
        }
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

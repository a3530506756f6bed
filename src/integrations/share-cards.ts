import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeFileAtomic } from '../build-cache';
import { listenForCards } from '../share-cards/early';
import { requestedCards } from '../share-cards/from-pages';
import { startCardPool, type CardPool } from '../share-cards/pool';
import type { ShareCardShape, ShareCardSpec } from '../share-cards/shapes';
import { SHARE_CARD_FOLDER, shareCardPath } from '../share-cards/spec';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Cards no build has used for this long leave the cache. */
const CACHE_MAX_AGE_MS = 30 * DAY_MS;

/** A card's file name in `share/` and in the cache. */
const fileNameOf = (key: string, shape: ShareCardShape) =>
  shareCardPath(key, shape).slice(`/${SHARE_CARD_FOLDER}/`.length);

/**
 * Share cards (src/share-cards/): each page's card is drawn on the drawing threads
 * (src/share-cards/pool.ts, one a core) into the cache (node_modules/.astro/share-cards/) as the
 * page renders (ShareMeta.astro tells src/share-cards/early.ts), while Astro renders the next
 * pages. After the build, the cards each built page's <head> asks for are read back from the pages
 * (a page kept from the last build renders nothing; its head is kept in the cache too, so it is not
 * read again), any still missing drawn, and copied into `share/` of the output. This step keeps
 * `share/` itself (kept-output leaves it alone): a card already there stays as it is (a rebuild
 * then publishes it by a link, not a copy: staged-output.ts), and a card no page asks for any more
 * is removed. Cards are content-addressed, so only new titles are drawn.
 */
export function shareCards(): AstroIntegration {
  let cacheDir = '';
  let headsFile = '';
  let astroCacheDir = '';
  let projectRoot = '';
  let host = '';
  // The drawing threads start with the first card not in the cache: a rebuild often draws none.
  let pool: Promise<CardPool> | undefined;
  /** Cards being drawn into the cache, or drawn, by file name. */
  const drawing = new Map<string, Promise<void>>();

  const drawIntoCache = (name: string, spec: ShareCardSpec, shape: ShareCardShape, page: string): Promise<void> => {
    let drawn = drawing.get(name);
    if (!drawn) {
      pool ??= startCardPool(projectRoot, astroCacheDir);
      drawn = pool
        .then((threads) => threads.draw(spec, shape))
        // Into the cache in one rename: a build killed meanwhile leaves no half card there.
        .then((image) => writeFileAtomic(join(cacheDir, name), image))
        .catch((error: Error) => {
          throw new Error(`share card of ${page} (${shape}, “${spec.title}”) could not be drawn: ${error.message}`);
        });
      // Awaited after the build; until then a failure must not count as unhandled.
      drawn.catch(() => {});
      drawing.set(name, drawn);
    }
    return drawn;
  };

  return {
    name: 'site:share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('share-cards/', config.cacheDir));
        headsFile = fileURLToPath(new URL('share-card-heads.v8', config.cacheDir));
        astroCacheDir = fileURLToPath(config.cacheDir);
        projectRoot = fileURLToPath(config.root);
        host = config.site ? new URL(config.site).host : '';
      },
      'astro:build:start': () => {
        mkdirSync(cacheDir, { recursive: true });
        listenForCards((page, key, spec, shapes) => {
          for (const shape of shapes) {
            const name = fileNameOf(key, shape);
            if (!drawing.has(name) && !existsSync(join(cacheDir, name))) void drawIntoCache(name, spec, shape, page);
          }
        });
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        listenForCards(undefined);
        const started = Date.now();
        const drawnWhileRendering = drawing.size;
        const outDir = fileURLToPath(dir);
        try {
          // This build's pages, rendered or kept from the last one; not the pages an earlier build left behind.
          const pages = [...assets.values()]
            .flat()
            .map((url) => relative(outDir, fileURLToPath(url)))
            .filter((file) => file.endsWith('.html'));
          const cards = requestedCards(outDir, pages, host, headsFile);
          const published = join(outDir, SHARE_CARD_FOLDER);
          mkdirSync(published, { recursive: true });
          // The cards already in the output, listed once: kept as they are, or removed when no page asks for them.
          const there = new Set(readdirSync(published));
          mkdirSync(cacheDir, { recursive: true });
          // Every card drawn while pages rendered, or the first one that failed.
          await Promise.all(drawing.values());
          const now = Date.now();
          const jobs = cards.flatMap((card) => [...card.shapes].map((shape) => ({ card, shape })));
          const copy = async ({ card, shape }: (typeof jobs)[number]) => {
            const name = fileNameOf(card.key, shape);
            const cached = join(cacheDir, name);
            const cachedAt = drawing.has(name) ? undefined : statSync(cached, { throwIfNoEntry: false })?.mtimeMs;
            if (cachedAt === undefined) await drawIntoCache(name, card.spec, shape, card.page);
            // Marked as used (pruneCache), at most once a day.
            else if (now - cachedAt > DAY_MS) utimesSync(cached, now / 1000, now / 1000);
            if (!there.has(name)) copyFileSync(cached, join(published, name));
          };
          await Promise.all(jobs.map(copy));
          const asked = new Set(jobs.map(({ card, shape }) => fileNameOf(card.key, shape)));
          for (const name of there) if (!asked.has(name)) rmSync(join(published, name), { force: true });
          const pruned = pruneCache(cacheDir, now - CACHE_MAX_AGE_MS);
          const drawn = jobs.filter(({ card, shape }) => drawing.has(fileNameOf(card.key, shape))).length;
          logger.info(
            `share cards: ${jobs.length}, ${drawn} drawn, ${jobs.length - drawn} from the cache, ` +
              `${drawnWhileRendering} drawn while pages rendered (${((Date.now() - started) / 1000).toFixed(2)} s)` +
              (pruned > 0 ? `, ${pruned} unused removed from the cache` : ''),
          );
        } finally {
          await (await pool?.catch(() => undefined))?.close();
          pool = undefined;
          drawing.clear();
        }
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

import { existsSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { readStore } from '../../build-cache';
import type { PosterFileKind } from '../files';

/**
 * The layout of the poster cache: `<cacheDir>/<key>/` holds a poster's files and `meta.v8` (a
 * store file: src/build-cache/store.ts), whose modification time says when a build last used the
 * entry. Kept apart from the renderer so the integration can read it without loading pdfkit and
 * sharp at config time.
 */
export const META_FILE = 'meta.v8';
/** The version of META_FILE's contents. */
export const META_VERSION = 'poster meta 1';

export interface CacheMeta {
  /** When the files were rendered (ISO time). */
  renderedAt: string;
  /** How long rendering took (ms); absent in entries written before it was recorded. */
  renderMs?: number;
  files: Record<PosterFileKind, { bytes: number; width?: number; height?: number }>;
}

/** A cache entry's description, or undefined when it is missing, unreadable or of another version. */
export const readCacheMeta = (file: string): CacheMeta | undefined => readStore<CacheMeta>(file, META_VERSION);

const entries = (cacheDir: string) =>
  existsSync(cacheDir)
    ? readdirSync(cacheDir).map((name) => ({ folder: join(cacheDir, name), meta: join(cacheDir, name, META_FILE) }))
    : [];

/**
 * How many entries builds used since `since` (ms), how many of them were rendered then, and how
 * long rendering took (ms, from the first poster's start to the last one's end: a build renders
 * its posters side by side).
 */
export function cacheUsageSince(cacheDir: string, since: number): { used: number; rendered: number; renderMs: number } {
  const used = entries(cacheDir).filter((entry) => existsSync(entry.meta) && statSync(entry.meta).mtimeMs >= since);
  const rendered = used
    .map((entry) => readCacheMeta(entry.meta))
    .filter((meta): meta is CacheMeta => meta !== undefined && Date.parse(meta.renderedAt) >= since);
  const ends = rendered.map((meta) => Date.parse(meta.renderedAt));
  const starts = rendered.map((meta) => Date.parse(meta.renderedAt) - (meta.renderMs ?? 0));
  return {
    used: used.length,
    rendered: rendered.length,
    renderMs: rendered.length > 0 ? Math.max(...ends) - Math.min(...starts) : 0,
  };
}

/**
 * Removes entries (and abandoned scratch folders) no build has used for `maxAgeMs`, so the cache
 * holds about one set of files per poster however often the content or the layout changes.
 */
export async function prunePosterCache(cacheDir: string, maxAgeMs: number, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const entry of entries(cacheDir)) {
    // Another build may remove or rename an entry meanwhile: then there is nothing to do here.
    const stats = statSync(existsSync(entry.meta) ? entry.meta : entry.folder, { throwIfNoEntry: false });
    if (stats && now - stats.mtimeMs > maxAgeMs) {
      await rm(entry.folder, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}

import { existsSync, readFileSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { digest, placeFolder, scratchFor, writeStore } from '../../build-cache';
import { META_FILE, META_VERSION, readCacheMeta, type CacheMeta } from './cache-folder';
import type { PosterContent } from './content';
import { POSTER_FILE_FORMATS, POSTER_FILE_KINDS, type PosterFileKind } from '../files';
import { rendererFingerprint } from './fingerprint';
import { loadPosterFonts } from './fonts';
import { renderPosterFiles } from './render';

export interface PosterCacheOptions {
  /** Folder of rendered files, one sub-folder per key (a build uses node_modules/.astro/posters/). */
  readonly cacheDir: string;
  /** The project, for the font package and the renderer's source. */
  readonly projectRoot: string;
}

/** One rendered file, as the cache keeps it. */
export interface CachedPosterFile {
  readonly kind: PosterFileKind;
  /** Absolute path of the file in the cache. */
  readonly file: string;
  readonly bytes: number;
  readonly width?: number;
  readonly height?: number;
}

export interface CachedPosterFiles {
  /** The poster's key (posterHash): the name of its cache folder. */
  readonly hash: string;
  /** False when the files came from the cache and nothing was rendered. */
  readonly rendered: boolean;
  readonly files: Readonly<Record<PosterFileKind, CachedPosterFile>>;
}

/**
 * A poster's key: the digest of its printed content, the bytes of its picture (not its path: an
 * image replaced under the same name renders the poster again, and a copy of the project elsewhere
 * finds the same entry) and the renderer's fingerprint.
 */
export function posterHash(content: PosterContent, projectRoot: string): string {
  const { picture, ...printed } = content;
  // The alt text is not printed: only the credit and the pixels are.
  const shown = picture ? [JSON.stringify({ credit: picture.credit }), readFileSync(picture.file)] : [];
  return digest(rendererFingerprint(projectRoot), JSON.stringify(printed), ...shown);
}

const inProcess = new Map<string, Promise<CachedPosterFiles>>();

/**
 * Posters rendered at the same time, however many a build asks for at once (a gallery page asks
 * for every poster): as many as sharp has threads (libuv's pool, 4 by default). Each poster in
 * flight holds its rasters and PDFs in memory, so the build's memory must not grow with the number
 * of posters.
 */
const RENDERS_AT_ONCE = 4;
let rendering = 0;
const waiting: (() => void)[] = [];

/** Runs `work` when fewer than RENDERS_AT_ONCE renders run; a finished render hands its turn to the next in line. */
export async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (rendering < RENDERS_AT_ONCE) rendering += 1;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else rendering -= 1;
  }
}

/** Whether a cache entry has its description and every file. */
const complete = (folder: string): boolean =>
  existsSync(join(folder, META_FILE)) &&
  POSTER_FILE_KINDS.every((kind) => existsSync(join(folder, POSTER_FILE_FORMATS[kind].suffix)));

function describe(folder: string, hash: string, meta: CacheMeta, rendered: boolean): CachedPosterFiles {
  const files = Object.fromEntries(
    POSTER_FILE_KINDS.map((kind) => [
      kind,
      { kind, file: join(folder, POSTER_FILE_FORMATS[kind].suffix), ...meta.files[kind] },
    ]),
  ) as Record<PosterFileKind, CachedPosterFile>;
  return { hash, rendered, files };
}

async function readOrRender(
  content: PosterContent,
  options: PosterCacheOptions,
  hash: string,
): Promise<CachedPosterFiles> {
  const folder = join(options.cacheDir, hash);
  if (complete(folder)) {
    const metaFile = join(folder, META_FILE);
    const meta = readCacheMeta(metaFile);
    if (meta) {
      // Marks the entry as in use, so pruning keeps it.
      const now = new Date();
      await utimes(metaFile, now, now);
      return describe(folder, hash, meta, false);
    }
  }
  const { rendered, renderMs } = await inTurn(async () => {
    const started = performance.now();
    const files = await renderPosterFiles(content, loadPosterFonts(options.projectRoot));
    return { rendered: files, renderMs: Math.round(performance.now() - started) };
  });
  // Written to a private folder and renamed into place: a build running beside this one (tests
  // build copies of the project against the same node_modules) never reads a half-written entry.
  const scratch = scratchFor(folder);
  await mkdir(scratch, { recursive: true });
  const meta: CacheMeta = { renderedAt: new Date().toISOString(), renderMs, files: {} as CacheMeta['files'] };
  for (const kind of POSTER_FILE_KINDS) {
    const { data, width, height } = rendered[kind];
    await writeFile(join(scratch, POSTER_FILE_FORMATS[kind].suffix), data);
    meta.files[kind] = { bytes: data.length, ...(width ? { width, height } : {}) };
  }
  writeStore(join(scratch, META_FILE), META_VERSION, meta);
  // Another build may have put the same entry in place first (its files are the same): kept. A
  // damaged entry (files deleted by hand) is replaced.
  placeFolder(
    scratch,
    folder,
    (existing) => complete(existing) && readCacheMeta(join(existing, META_FILE)) !== undefined,
  );
  return describe(folder, hash, meta, true);
}

/** Forgets what this process looked up, as a new build process would start (for tests). */
export function forgetPosterLookups(): void {
  inProcess.clear();
}

/**
 * A poster's files: from the cache when this content was rendered before by this renderer, else
 * rendered now and cached. Asked many times in one build (poster page, gallery, file routes), each
 * poster is looked up once.
 */
export function getPosterFiles(content: PosterContent, options: PosterCacheOptions): Promise<CachedPosterFiles> {
  const hash = posterHash(content, options.projectRoot);
  const key = `${options.cacheDir}\0${hash}`;
  if (!inProcess.has(key)) {
    const pending = readOrRender(content, options, hash);
    // A failure is reported where it happened and not kept, so a fixed entry renders on the next try (dev).
    pending.catch(() => inProcess.delete(key));
    inProcess.set(key, pending);
  }
  return inProcess.get(key)!;
}

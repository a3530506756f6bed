import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { acquireLock } from './build-lock';
import { BUILD_MARKER } from './output-folder';
import { scratchFor } from './store';

/**
 * The output folder holds only finished sites. Astro writes a build into its output folder as it
 * goes: the server bundle of every page (`.prerender/`, which holds the pages' code and MDX
 * entries, drafts included, until the last page is written), then page after page. A build that is
 * killed or fails half-way would leave that in `dist/`, where a web server serving the folder would
 * publish it.
 *
 * So the build writes into a folder of its own in Astro's cache (node_modules/.astro/site-output/,
 * kept between builds for incremental builds: src/build-cache/kept-output.ts), and only when
 * every integration is done is the finished site put in place of `dist/` in one rename. A build
 * that stops early leaves `dist/` as the last finished build left it; the next build starts its
 * folder afresh from `dist/`. One build at a time: a second one in the same folder is refused at
 * once (node_modules/.astro/build.lock), before it touches anything.
 */
interface Folders {
  /** Where readers' site is: the configured output folder (dist/). */
  publish: string;
  /** Where the build writes. */
  staging: string;
}

const STAGING = 'site-output/';

/**
 * The two ends of a staged build: `start` goes first in the integrations (it takes the lock and
 * moves the output folder before the others read it), `publish` last (after the search index).
 */
export function stagedOutput(): { start: AstroIntegration; publish: AstroIntegration } {
  let folders: Folders | undefined;
  const start: AstroIntegration = {
    name: 'site:staged-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const lockFile = fileURLToPath(new URL('build.lock', config.cacheDir));
        const lock = acquireLock(lockFile);
        if ('holder' in lock) {
          const failure = new AstroError(
            `这个文件夹里已经有一个网站构建正在运行（进程号 ${lock.holder.pid}，开始于 ${lock.holder.since}），本次构建没有开始。` +
              '两个构建同时写同一个文件夹会互相破坏，请等它结束后再构建。\n' +
              `Another build is already running in this folder (process ${lock.holder.pid}); this one did not start. Wait for it to finish.`,
            `如确认没有构建在运行，删除 ${lockFile} 后重试。 / If no build is running, delete ${lockFile} and try again.`,
          );
          failure.stack = '';
          throw failure;
        }
        const staging = fileURLToPath(new URL(STAGING, config.cacheDir));
        folders = { publish: fileURLToPath(config.outDir).replace(/\/$/, ''), staging: staging.replace(/\/$/, '') };
        prepareStaging(folders);
        updateConfig({ outDir: pathToFileURL(`${folders.staging}/`) });
      },
      // From here on the build's folder changes; until it is published it is a half-made site.
      'astro:build:start': () => {
        if (folders) writeFileSync(unfinishedMark(folders), '');
      },
    },
  };
  const publishing: AstroIntegration = {
    name: 'site:publish-output',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!folders) return;
        publish(folders);
        logger.info(`Published the site to ${folders.publish}`);
      },
    },
  };
  return { start, publish: publishing };
}

/**
 * Readies the build's folder: the previous build's output when it was published; otherwise (a build
 * that failed or was stopped after it began writing), or the first time, a copy of `dist/`. A copy,
 * not links: Astro rewrites files in place, which would change the published files too.
 */
export function prepareStaging({ publish, staging }: Folders): void {
  const unfinished =
    existsSync(unfinishedMark({ publish, staging })) ||
    existsSync(join(staging, BUILD_MARKER)) ||
    existsSync(join(staging, '.prerender'));
  if (unfinished) rmSync(staging, { recursive: true, force: true });
  rmSync(unfinishedMark({ publish, staging }), { force: true });
  if (existsSync(staging)) return;
  mkdirSync(dirname(staging), { recursive: true });
  if (existsSync(publish)) {
    cpSync(publish, staging, {
      recursive: true,
      preserveTimestamps: true,
      filter: (source) => source !== join(publish, '.git'),
    });
  }
}

/**
 * Puts a copy of the finished build in place of `publish`, so `publish` is never half-written and
 * shares no file with the build's folder (Astro rewrites files there in place). The copy is made
 * in the site published before the current one, kept beside it (`.dist-previous`): brought up to
 * date file by file (a file with the build's size and time is kept; another is replaced by a link
 * to the current site's file when that one matches, else by a copy; what the build no longer has
 * is removed), then swapped with `publish` in two renames, so the replaced site is kept for the
 * next publish. At 20,000 entries (71,000 files in 30,000 folders) a rebuild's publish takes ≈ 3 s,
 * nearly all of it listing the two folders, where building a fresh copy and deleting the replaced
 * site took 13–14 s. A `.git` folder in `publish` (a repository the site is deployed from) moves
 * over.
 */
export function publish({ publish, staging }: Folders): void {
  const kept = join(dirname(publish), `.${basename(publish)}-previous`);
  // An older layout, or a publish stopped half-way: neither is kept.
  rmSync(join(dirname(publish), `.${basename(publish)}-next`), { recursive: true, force: true });
  if (!existsSync(publish)) rmSync(kept, { recursive: true, force: true });
  mkdirSync(kept, { recursive: true });
  bringUpToDate(staging, kept, publish);
  if (existsSync(join(publish, '.git'))) renameSync(join(publish, '.git'), join(kept, '.git'));
  swapFolders(kept, publish);
  rmSync(unfinishedMark({ publish, staging }), { force: true });
}

/** A path's stats, or undefined when there is nothing there (or a file where a folder was). */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Whether two files' stats say the same build wrote them (size and modification time). */
const sameFile = (a: Stats | undefined, b: Stats): boolean =>
  a !== undefined && a.isFile() && a.size === b.size && Math.abs(a.mtimeMs - b.mtimeMs) < 0.01;

/**
 * Makes `target` hold what `source` holds (never a link into `source`): a file `target` has with
 * the same size and time is kept; a file `current` has so is linked from there; others are copied
 * with their time. Files and folders `source` lacks are removed.
 */
function bringUpToDate(source: string, target: string, current: string): void {
  const present = new Map(readdirSync(target, { withFileTypes: true }).map((item) => [item.name, item]));
  for (const item of readdirSync(source, { withFileTypes: true })) {
    const from = join(source, item.name);
    const to = join(target, item.name);
    const there = present.get(item.name);
    present.delete(item.name);
    if (item.isDirectory()) {
      if (there && !there.isDirectory()) rmSync(to, { force: true });
      if (!there?.isDirectory()) mkdirSync(to);
      bringUpToDate(from, to, join(current, item.name));
      continue;
    }
    const stat = statSync(from);
    if (there && sameFile(statOf(to), stat)) continue;
    if (there) rmSync(to, { recursive: true, force: true });
    if (sameFile(statOf(join(current, item.name)), stat)) linkSync(join(current, item.name), to);
    else {
      copyFileSync(from, to);
      utimesSync(to, stat.atimeMs / 1000, stat.mtimeMs / 1000);
    }
  }
  for (const name of present.keys()) rmSync(join(target, name), { recursive: true, force: true });
}

/**
 * Exchanges two folders' names: `next` becomes `publish`, and the site `publish` held is kept as
 * `next`. For the instant between the renames there is no `publish`: a reader finds nothing rather
 * than a mix.
 */
function swapFolders(next: string, publish: string): void {
  if (!existsSync(publish)) {
    renameSync(next, publish);
    return;
  }
  const aside = scratchFor(publish);
  renameSync(publish, aside);
  try {
    renameSync(next, publish);
  } catch (error) {
    renameSync(aside, publish);
    throw error;
  }
  renameSync(aside, next);
}

/** A file beside the build's folder while a build is writing it (inside, the output cleanup would remove it). */
const unfinishedMark = ({ staging }: Folders) => `${staging}.unfinished`;

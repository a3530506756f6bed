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
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { acquireLock } from './build-lock';
import { BUILD_MARKER } from './output-folder';
import { placeFolder } from './store';

/**
 * The output folder holds only finished sites. Astro writes a build into its output folder as it
 * goes: the server bundle of every page (`.prerender/`, which holds every entry, drafts included,
 * until the last page is written), then page after page. A build that is killed or fails half-way
 * would leave that in `dist/`, where a web server serving the folder would publish it.
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
 * Puts a copy of the finished build in place of `publish`: written beside it, then renamed over
 * it (store.ts placeFolder), so `publish` is never half-written. A file the previous `publish` has with the same size
 * and time is linked, not copied (nothing writes into `publish` in place). A `.git` folder in
 * `publish` (a repository the site is deployed from) moves over.
 */
export function publish({ publish, staging }: Folders): void {
  const next = join(dirname(publish), `.${basename(publish)}-next`);
  rmSync(next, { recursive: true, force: true });
  const copy = (from: string, to: string, previous: string) => {
    mkdirSync(to, { recursive: true });
    for (const item of readdirSync(from, { withFileTypes: true })) {
      const source = join(from, item.name);
      const target = join(to, item.name);
      if (item.isDirectory()) {
        copy(source, target, join(previous, item.name));
        continue;
      }
      const stat = statSync(source);
      const before = statSync(join(previous, item.name), { throwIfNoEntry: false });
      if (before?.isFile() && before.size === stat.size && Math.abs(before.mtimeMs - stat.mtimeMs) < 0.01)
        linkSync(join(previous, item.name), target);
      else {
        copyFileSync(source, target);
        utimesSync(target, stat.atimeMs / 1000, stat.mtimeMs / 1000);
      }
    }
  };
  copy(staging, next, publish);
  if (existsSync(join(publish, '.git'))) renameSync(join(publish, '.git'), join(next, '.git'));
  placeFolder(next, publish);
  rmSync(unfinishedMark({ publish, staging }), { force: true });
}

/** A file beside the build's folder while a build is writing it (inside, the output cleanup would remove it). */
const unfinishedMark = ({ staging }: Folders) => `${staging}.unfinished`;

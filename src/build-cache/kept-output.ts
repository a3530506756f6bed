import { mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { virtualModule } from '../integrations/virtual-module';
import { BUILD_MARKER, buildStartedAt, writtenThisBuild } from './output-folder';

/** The module through which pages learn the output folder (client-files.ts); virtual-modules.d.ts declares it. */
export const OUTPUT_FOLDER_MODULE = 'virtual:wenming/build-output';

/**
 * Keeps the previous build's output folder instead of emptying it first, and removes afterwards
 * what this build did not make. Astro empties `dist/` before every build (≈ 13,000 files of a
 * 5,000-entry site: 3.5 s), and an incremental build then copies every unchanged page back from its
 * cache one by one (≈ 7,400 copies: 8–10 s); a page that is still in `dist/` is kept where it is
 * (Astro's `existsInDist`). So a rebuild that changed one entry writes only what changed.
 *
 * What this build made: every file written since it started (newer than BUILD_MARKER: pages
 * rendered, scripts, images, public files, the integrations' files) and every page Astro kept
 * (its routes' output files, given to `astro:build:done`). Anything else in `dist/` is left from
 * an earlier build (a removed entry's page, a renamed script) and is deleted, with the folders it
 * leaves empty. Folders in `leave` are another step's to keep up to date (the search index:
 * src/search/build/integration.ts). `tests/build/incremental.test.ts` checks that the result is the same, file for
 * file, as a build into an empty folder.
 *
 * It also gives pages the output folder (OUTPUT_FOLDER_MODULE): the pages' cache keys hold the
 * names of the client files this build wrote there (client-files.ts), told apart from the
 * previous build's by the marker this writes.
 */
export function keptOutput({ leave = [] }: { leave?: string[] } = {}): AstroIntegration {
  let outDir = '';
  return {
    name: 'site:kept-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: { emptyOutDir: false },
            // Loaded while pages render, after astro:config:done has settled the output folder.
            plugins: [virtualModule(OUTPUT_FOLDER_MODULE, () => `export const outDir = ${JSON.stringify(outDir)};`)],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        mkdirSync(outDir, { recursive: true });
        writeFileSync(join(outDir, BUILD_MARKER), '');
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const kept = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const removed = removeStale(fileURLToPath(dir), kept, leave);
        if (removed.length > 0) logger.info(`removed ${removed.length} file(s) left from an earlier build`);
      },
    },
  };
}

/**
 * Deletes the files of `outDir` neither written by this build nor in `kept`, and the folders left
 * empty; the top-level folders in `leave` are left to the steps that write them. Returns the files
 * removed, relative to `outDir`.
 */
export function removeStale(outDir: string, kept: ReadonlySet<string>, leave: readonly string[] = []): string[] {
  const startedAt = buildStartedAt(outDir);
  if (startedAt === undefined)
    throw new Error(`${join(outDir, BUILD_MARKER)} is missing: cannot tell this build's files from older ones`);
  const removed: string[] = [];
  const visit = (dir: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      // A repository the output folder is deployed from (Astro keeps it too).
      if (dir === outDir && (entry.name === '.git' || leave.includes(entry.name))) empty = false;
      else if (entry.isDirectory()) {
        if (visit(path)) rmdirSync(path);
        else empty = false;
      } else if (kept.has(path) || writtenThisBuild(path, startedAt)) empty = false;
      else {
        rmSync(path);
        removed.push(relative(outDir, path));
      }
    }
    return empty;
  };
  visit(outDir);
  rmSync(join(outDir, BUILD_MARKER), { force: true });
  return removed;
}

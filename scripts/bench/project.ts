import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Files a build needs. */
const PROJECT_FILES = ['src', 'content', 'public', 'admin', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A throwaway copy of the project for the benchmark. Unlike the tests' copy (node_modules linked
 * as a whole), node_modules is a real folder of links to each package, so Astro's cache
 * (node_modules/.astro: data store, optimised images, posters) and Vite's belong to the copy:
 * the cold build is really cold, and the repository's own caches are never touched.
 */
export function benchProject(root: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'site-bench-'));
  for (const name of PROJECT_FILES) cpSync(join(root, name), join(dir, name), { recursive: true });
  // Only the editors' sample media come along; other generated content is written by the benchmark.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Size and number of the files under a folder. */
export function folderSize(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(join(folder, name));
    if (stats.isFile()) {
      bytes += stats.size;
      files++;
    }
  }
  return { bytes, files };
}

/** Number of .html pages under a folder. */
export const htmlCount = (folder: string): number =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;


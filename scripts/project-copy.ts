import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Files a build needs. */
const PROJECT_FILES = ['src', 'content', 'public', 'admin', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Caches a build keeps under node_modules: Astro's (data store, images, posters, incremental pages) and Vite's. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * A throwaway copy of the project, for the tests that change content and build it and for the
 * benchmark. `node_modules` in the copy is a real folder of links to each package, so the caches
 * a build keeps there belong to the copy: copies never share an incremental-build manifest with
 * each other or with the repository, and a first build in a copy is really cold.
 */
export function copyProject(root: string, prefix = 'site-copy-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of PROJECT_FILES) cpSync(join(root, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths';

/** Files a build needs; node_modules is linked, not copied. */
const PROJECT_FILES = ['src', 'content', 'public', 'admin', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** A throwaway copy of the project, for tests that change content and build it. */
export function copyProject(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'site-copy-'));
  for (const name of PROJECT_FILES) {
    try {
      cpSync(join(ROOT, name), join(dir, name), { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

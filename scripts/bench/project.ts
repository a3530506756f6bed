import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../project-copy';

/** The benchmark's copy of the project: caches of its own, so the cold build is really cold (see copyProject). */
export const benchProject = (root: string): { dir: string; remove: () => void } => copyProject(root, 'site-bench-');

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


import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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

/** The heaviest HTML pages under a folder, gzipped as a server sends them (the page budget is 20 KB). */
export function heaviestHtml(folder: string, count = 3): { page: string; KB: number }[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((page) => ({ page, KB: Math.round((gzipSync(readFileSync(join(folder, page))).length / 1024) * 10) / 10 }))
    .sort((a, b) => b.KB - a.KB)
    .slice(0, count);
}

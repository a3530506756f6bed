import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A file the build writes into the output folder as it starts (src/build-cache/kept-output.ts):
 * every file written after it has a modification time no earlier than its own, in the file
 * system's clock, so a file older than it was kept from the previous build.
 */
export const BUILD_MARKER = '.build-started';

/** When the running build started, in the file system's clock; undefined outside a build. */
export function buildStartedAt(outDir: string): number | undefined {
  return statSync(join(outDir, BUILD_MARKER), { throwIfNoEntry: false })?.mtimeMs;
}

/** Whether `file` (a path) was written by the running build, not kept from an earlier one. */
export function writtenThisBuild(file: string, startedAt: number | undefined): boolean {
  return startedAt === undefined || (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -Infinity) >= startedAt;
}

/** Top-level folders of the output that hold no pages: the client build's files, the search index, a deploy repository. */
const WITHOUT_PAGES = new Set(['_astro', 'pagefind', '.git']);

/**
 * The HTML pages in the output folder, as paths relative to it (`knowledge/masks/index.html`),
 * sorted (by UTF-16 code units), whatever the file system's order: the search index is made in
 * this order.
 * Folders without pages are not walked: at 5,000 entries they hold half the files.
 */
export function htmlPagesIn(outDir: string): string[] {
  const pages: string[] = [];
  const visit = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!(prefix === '' && WITHOUT_PAGES.has(entry.name))) visit(join(dir, entry.name), `${prefix}${entry.name}/`);
      } else if (entry.name.endsWith('.html')) pages.push(`${prefix}${entry.name}`);
    }
  };
  visit(outDir, '');
  return pages.sort();
}

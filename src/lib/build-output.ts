import { statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A file the build writes into the output folder as it starts (src/integrations/kept-output.ts):
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

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * The layout of a store file. Part of every version: a change to how store files are written
 * makes every store a miss instead of misreading it.
 */
const STORE_FORMAT = 'build-cache store 1';

let scratchCount = 0;

/**
 * A name beside `path` for writing what will replace it: hidden, and unique to this process and
 * call, so two builds writing the same store (tests build copies of the project side by side)
 * never write into each other's file.
 */
export function scratchFor(path: string): string {
  scratchCount += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}-${scratchCount}.tmp`);
}

/**
 * Writes a file whole, then renames it into place: a reader, or the next build after a crash,
 * finds the old file or the new one, never half of one. (A crash may leave a scratch file beside
 * it; nothing reads those.)
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const scratch = scratchFor(file);
  try {
    writeFileSync(scratch, data);
    renameSync(scratch, file);
  } catch (error) {
    rmSync(scratch, { force: true });
    throw error;
  }
}

/**
 * Reads a store file: what `writeStore` wrote there with the same `version`. A file of another
 * version, or one that is missing or unreadable, is a miss (`undefined`): the caller starts afresh.
 * Stored in V8's serialization format (`node:v8`): it keeps `Date`s, `Map`s and `Set`s, and a
 * store holding the site's text reads and writes in less than half the time JSON takes.
 */
export function readStore<T>(file: string, version: string): T | undefined {
  try {
    const stored = deserialize(readFileSync(file)) as { version?: unknown; contents?: T };
    return stored.version === `${STORE_FORMAT} ${version}` ? stored.contents : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a store file whole under `version` (see readStore), atomically (see writeFileAtomic). */
export function writeStore(file: string, version: string, contents: unknown): void {
  writeFileAtomic(file, serialize({ version: `${STORE_FORMAT} ${version}`, contents }));
}

/**
 * Puts a folder written at `scratch` (see scratchFor) in place of `folder`, so no reader sees it
 * half-written. When `folder` is there already: kept, and the scratch folder dropped, if
 * `keepExisting(folder)` says it holds the same (another build put it there first); otherwise
 * moved aside, replaced in one rename, and then deleted (for the instant between the two renames
 * there is no `folder`: a reader finds nothing rather than a mix).
 */
export function placeFolder(
  scratch: string,
  folder: string,
  keepExisting: (folder: string) => boolean = () => false,
): void {
  mkdirSync(dirname(folder), { recursive: true });
  try {
    renameSync(scratch, folder);
    return;
  } catch (error) {
    if (keepExisting(folder)) {
      rmSync(scratch, { recursive: true, force: true });
      return;
    }
    const aside = scratchFor(folder);
    let movedAside = false;
    try {
      if (existsSync(folder)) {
        renameSync(folder, aside);
        movedAside = true;
      }
      renameSync(scratch, folder);
    } catch (retry) {
      if (movedAside && !existsSync(folder)) renameSync(aside, folder);
      rmSync(scratch, { recursive: true, force: true });
      throw new Error(
        `${folder} cannot be replaced: ${(retry as Error).message} (first rename: ${(error as Error).message})`,
        { cause: retry },
      );
    }
    rmSync(aside, { recursive: true, force: true });
  }
}

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * A build cache kept in one file, in V8's serialization format (`node:v8`): it keeps `Date`s, and
 * a cache holding the site's text is written and read in less than half the time JSON takes.
 * `version` stands for what made the contents (code, settings): a file of another version, or
 * one that is missing or unreadable, gives `undefined`, and the caller starts afresh.
 */
export function readCacheFile<T>(file: string, version: string): T | undefined {
  try {
    const stored = deserialize(readFileSync(file)) as { version?: unknown; contents?: T };
    return stored.version === version ? stored.contents : undefined;
  } catch {
    return undefined;
  }
}

/** A version string for the code in these files: changes when any of them does (or appears, or goes). */
export function sourceVersion(files: readonly URL[]): string {
  const hash = createHash('sha1');
  for (const file of files) hash.update(existsSync(file) ? readFileSync(file) : `missing ${file.pathname}`);
  return hash.digest('base64');
}

/** Writes a build cache whole, then renames it into place: an interrupted write leaves the old file or none. */
export function writeCacheFile(file: string, version: string, contents: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, serialize({ version, contents }));
  renameSync(`${file}.tmp`, file);
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digest } from './hash';

/**
 * The fingerprint of some code: a digest of these files' bytes, in order (a missing file counts
 * as missing, so one appearing or going changes it too). It changes when any of them does.
 */
export function sourceFingerprint(files: readonly (URL | string)[]): string {
  return digest(
    ...files.flatMap((file) => {
      const path = typeof file === 'string' ? file : fileURLToPath(file);
      // Only the bytes, not where the project is: a copy of it elsewhere has the same fingerprint.
      const bytes = existsSync(path) ? readFileSync(path) : undefined;
      return bytes ? [`${bytes.length}:`, bytes] : ['missing;'];
    }),
  );
}

/** The installed versions of these packages (`name@version`, `name@missing`), for a fingerprint. */
export function packageVersions(projectRoot: string, names: readonly string[]): string[] {
  return names.map((name) => {
    const manifest = join(projectRoot, 'node_modules', name, 'package.json');
    const version = existsSync(manifest)
      ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version
      : 'missing';
    return `${name}@${version}`;
  });
}

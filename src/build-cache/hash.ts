import { createHash } from 'node:crypto';

/**
 * The build caches' one hashing helper: SHA-256 of the parts, one after another (no separator:
 * a caller whose parts could run into each other puts its own between them), as 32 hex digits.
 * 128 bits: no two inputs a build sees will share one.
 */
export function digest(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 32);
}

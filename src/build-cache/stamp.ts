import { statSync } from 'node:fs';

/**
 * A file's stamp: its modification time and size. The output folder is kept between builds
 * (kept-output.ts) and a build that writes a file gives it a new modification time, so a file
 * with the same stamp as at the previous build is the same file, without reading it.
 */
export function fileStamp(file: string): string {
  const { mtimeMs, size } = statSync(file);
  return `${mtimeMs}:${size}`;
}

import { statSync } from 'node:fs';

/**
 * A file's modification time and size. The output folder is kept between builds
 * (src/integrations/kept-output.ts) and a build that writes a file gives it a new modification
 * time, so a file with the same stamp as at the previous build is the same file.
 */
export function fileStamp(file: string): string {
  const { mtimeMs, size } = statSync(file);
  return `${mtimeMs}:${size}`;
}

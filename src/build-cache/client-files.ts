import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
// Provided by keptOutput() (kept-output.ts), which civilizationSite() (src/integrations/site.ts) always installs.
import { outDir } from 'virtual:wenming/build-output';
import { digest } from './hash';
import { buildStartedAt, writtenThisBuild } from './output-folder';

let fingerprint: string | undefined;

/**
 * The fingerprint of this build's client bundle: the names of the scripts and styles it wrote
 * (content-hashed by Vite). Every page loads some of them; when any is renamed, no page of an
 * earlier build may be reused, so every page's key holds this (src/data/page-cache.ts; see
 * missing-assets.ts). Worked out once per build, when the first page asks: by then the client
 * bundle is written.
 */
export function clientFilesFingerprint(): string {
  if (fingerprint === undefined) {
    const assets = join(outDir, '_astro');
    // Only this build's files: the previous build's stay in the output folder until its end (kept-output.ts).
    const startedAt = buildStartedAt(outDir);
    const names = existsSync(assets)
      ? readdirSync(assets).filter(
          (name) => /\.(js|css)$/.test(name) && writtenThisBuild(join(assets, name), startedAt),
        )
      : [];
    fingerprint = digest(names.sort().join('\n'));
  }
  return fingerprint;
}

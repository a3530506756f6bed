import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { digest, packageVersions, sourceFingerprint } from '../../build-cache';
import { POSTER_FONT_PACKAGE } from './fonts';

/** Libraries whose upgrade may change the bytes of a rendered poster. */
const RENDERING_PACKAGES = ['pdfkit', 'fontkit', 'sharp', 'qrcode', POSTER_FONT_PACKAGE];

/** Renderer code outside this folder: the QR codes every poster prints (shared with the pages' QR codes). */
const SHARED_SOURCES = ['src/lib/qr.ts'];

const fingerprints = new Map<string, string>();

/**
 * The renderer's fingerprint: what, besides a poster's content, decides how it renders: the
 * renderer's own source (this folder and the QR module it uses) and the versions of the rendering libraries and the font. A
 * change to either renders every poster afresh, so no one has to remember to bump a version
 * number when the layout changes.
 */
export function rendererFingerprint(projectRoot: string): string {
  const cached = fingerprints.get(projectRoot);
  if (cached) return cached;
  const sourceFolder = join(projectRoot, 'src/posters/render');
  const names = readdirSync(sourceFolder)
    .filter((file) => file.endsWith('.ts'))
    .sort();
  const fingerprint = digest(
    names.join('\n'),
    sourceFingerprint([
      ...names.map((name) => join(sourceFolder, name)),
      ...SHARED_SOURCES.map((file) => join(projectRoot, file)),
    ]),
    ...packageVersions(projectRoot, RENDERING_PACKAGES),
  );
  fingerprints.set(projectRoot, fingerprint);
  return fingerprint;
}

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { POSTER_FONT_PACKAGE } from './fonts';

/** Libraries whose upgrade may change the bytes of a rendered poster. */
const RENDERING_PACKAGES = ['pdfkit', 'fontkit', 'sharp', 'qrcode', POSTER_FONT_PACKAGE];

const fingerprints = new Map<string, string>();

/**
 * What, besides a poster's content, decides how it renders: the renderer's own source (this folder)
 * and the versions of the rendering libraries and the font. A change to either renders every poster
 * afresh, so no one has to remember to bump a version number when the layout changes.
 */
export function rendererFingerprint(projectRoot: string): string {
  const cached = fingerprints.get(projectRoot);
  if (cached) return cached;
  const hash = createHash('sha256');
  const sourceFolder = join(projectRoot, 'src/posters');
  for (const name of readdirSync(sourceFolder).filter((file) => file.endsWith('.ts')).sort()) {
    hash.update(name).update(readFileSync(join(sourceFolder, name)));
  }
  for (const name of RENDERING_PACKAGES) {
    const manifest = join(projectRoot, 'node_modules', name, 'package.json');
    const version = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version : 'missing';
    hash.update(`${name}@${version}`);
  }
  const fingerprint = hash.digest('hex');
  fingerprints.set(projectRoot, fingerprint);
  return fingerprint;
}

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { fileStamp, readStore, writeStore } from '../build-cache';

/** The store's version: what counts as metadata (below) and the library that reads and writes it. */
const CHECKED_VERSION = `exif xmp iptc; sharp ${sharp.versions.sharp}`;

/** The images found free of metadata (or stripped) at the previous build, by path in the output: their stamps. */
type Checked = Record<string, string>;

const IMAGE = /\.(jpe?g|png|webp|avif|tiff?)$/i;

async function* imagesIn(folder: string): AsyncGenerator<string> {
  for (const item of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, item.name);
    if (item.isDirectory()) yield* imagesIn(path);
    else if (IMAGE.test(item.name)) yield path;
  }
}

/** Re-encodes an image without EXIF, GPS, XMP or IPTC data; returns whether it had any. */
export async function stripImageMetadata(path: string): Promise<boolean> {
  const input = await readFile(path);
  const { exif, xmp, iptc, format } = await sharp(input).metadata();
  if (!exif && !xmp && !iptc) return false;
  // rotate() applies the EXIF orientation first, so the picture still stands the right way up.
  const image = sharp(input).rotate();
  const output =
    format === 'jpeg' ? await image.jpeg({ quality: 90, mozjpeg: true }).toBuffer() : await image.toBuffer();
  await writeFile(path, output);
  return true;
}

/**
 * Photos from phones carry where they were taken. astro:assets writes optimised copies without
 * metadata, but also serves the original of every image an entry uses; this strips those too,
 * so no served image says where a volunteer lives. An image with the same stamp as when the
 * previous build checked it (kept in the output folder: src/build-cache/kept-output.ts) is not
 * read again; the stamps are kept in a store file, `node_modules/.astro/image-metadata.v8`.
 */
export function stripImageMetadataIntegration(): AstroIntegration {
  let storeFile = '';
  return {
    name: 'site:image-metadata',
    hooks: {
      'astro:config:done': ({ config }) => {
        storeFile = fileURLToPath(new URL('image-metadata.v8', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const previous = readStore<Checked>(storeFile, CHECKED_VERSION) ?? {};
        const checked: Checked = {};
        let stripped = 0;
        // Photos reach readers through astro:assets, in _astro/; generated files (posters) carry none.
        for await (const path of imagesIn(join(outDir, '_astro'))) {
          const name = relative(outDir, path);
          if (previous[name] !== fileStamp(path) && (await stripImageMetadata(path))) stripped++;
          checked[name] = fileStamp(path);
        }
        if (stripped > 0) logger.info(`removed EXIF/GPS/XMP data from ${stripped} image(s)`);
        try {
          writeStore(storeFile, CHECKED_VERSION, checked);
        } catch {
          // A store that cannot be written only means the next build reads every image again.
        }
      },
    },
  };
}

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';

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
  const output = format === 'jpeg' ? await image.jpeg({ quality: 90, mozjpeg: true }).toBuffer() : await image.toBuffer();
  await writeFile(path, output);
  return true;
}

/**
 * Photos from phones carry where they were taken. astro:assets writes optimised copies without
 * metadata, but also serves the original of every image an entry uses; this strips those too,
 * so no served image says where a volunteer lives.
 */
export function stripImageMetadataIntegration(): AstroIntegration {
  return {
    name: 'civilization-site:strip-image-metadata',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let stripped = 0;
        // Photos reach readers through astro:assets, in _astro/; generated files (posters) carry none.
        for await (const path of imagesIn(fileURLToPath(new URL('_astro/', dir)))) if (await stripImageMetadata(path)) stripped++;
        if (stripped > 0) logger.info(`removed EXIF/GPS/XMP data from ${stripped} image(s)`);
      },
    },
  };
}

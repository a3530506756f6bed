import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { SLOGAN_FILE_FORMATS, SLOGAN_FILE_KINDS, sloganFileName, type SloganFileKind } from '../slogans/files';
import { getPublished } from './entries';
import { pageCacheKey } from './page-cache';
import { getSloganDownloads } from './slogans';

interface Props {
  slogan: CollectionEntry<'slogans'>;
  kind: SloganFileKind;
}

/**
 * The routes that publish slogan files under stable names (`/slogans/files/<id>-banner-1x5.pdf`),
 * one route file per extension, as the poster files are (src/posters/data/file-routes.ts).
 */
export function sloganFileRoute(extension: 'pdf' | 'png'): { getStaticPaths: GetStaticPaths; GET: APIRoute<Props> } {
  const kinds = SLOGAN_FILE_KINDS.filter((kind) => SLOGAN_FILE_FORMATS[kind].suffix.endsWith(`.${extension}`));
  return {
    // A rebuild copies the files of a slogan whose entry and the settings are unchanged (its key),
    // instead of drawing them again (≈ 0.2 s of CPU per slogan on every build before).
    getStaticPaths: async () =>
      Promise.all(
        (await getPublished('slogans')).flatMap((slogan) =>
          kinds.map(async (kind) => ({
            params: { file: sloganFileName(slogan.id, kind).slice(0, -extension.length - 1) },
            props: { slogan, kind },
            cacheKey: await pageCacheKey({ file: slogan.digest ?? null }, slogan, kind),
          })),
        ),
      ),
    GET: async ({ props }) => {
      const download = (await getSloganDownloads(props.slogan))[props.kind];
      return new Response(new Uint8Array(download.data), {
        headers: { 'Content-Type': download.mediaType, 'Content-Length': String(download.bytes) },
      });
    },
  };
}

import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { POSTER_FILE_FORMATS, POSTER_FILE_KINDS, posterFileName, type PosterFileKind } from '../files';
import { getPosterDownloads } from './posters';
import { posterPaths } from './routes';

interface Props {
  poster: CollectionEntry<'posters'>;
  kind: PosterFileKind;
}

/**
 * The routes that publish poster files under stable names (`/posters/files/<id>-a4.pdf`), one route
 * file per extension: a route whose name ends in its extension is served as a file, without the
 * trailing slash every page has, in `astro dev` as in the build.
 */
export function posterFileRoute(extension: 'pdf' | 'png' | 'webp'): {
  getStaticPaths: GetStaticPaths;
  GET: APIRoute<Props>;
} {
  const kinds = POSTER_FILE_KINDS.filter((kind) => POSTER_FILE_FORMATS[kind].suffix.endsWith(`.${extension}`));
  return {
    getStaticPaths: async () =>
      (await posterPaths()).flatMap(({ props: { poster }, cacheKey }) =>
        kinds.map((kind) => ({
          params: { file: posterFileName(poster.id, kind).slice(0, -extension.length - 1) },
          props: { poster, kind },
          cacheKey,
        })),
      ),
    GET: async ({ props, site }) => {
      const download = (await getPosterDownloads(props.poster, site))[props.kind];
      return new Response(await readFile(download.cacheFile), {
        headers: { 'Content-Type': download.mediaType, 'Content-Length': String(download.bytes) },
      });
    },
  };
}

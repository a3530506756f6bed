import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getPublished } from '../../../data/entries';
import { getPosterDownloads } from '../../../data/posters';
import { POSTER_FILE_KINDS, posterFileName } from '../../../posters/files';

/** The print files of every published poster, under stable names: `/posters/files/<id>-a4.pdf` and so on. */
export const getStaticPaths = (async () => {
  const posters = await getPublished('posters');
  return posters.flatMap((poster) => POSTER_FILE_KINDS.map((kind) => ({ params: { file: posterFileName(poster.id, kind) }, props: { poster, kind } })));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const download = (await getPosterDownloads(props.poster, site))[props.kind];
  return new Response(await readFile(download.cacheFile), {
    headers: { 'Content-Type': download.mediaType, 'Content-Length': String(download.bytes) },
  });
};

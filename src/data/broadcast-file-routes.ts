import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { broadcastFileName, type BroadcastFileKind } from '../lib/broadcast-files';
import { getBroadcastDownloads } from './broadcasts';
import { getPublished } from './entries';

interface Props {
  entry: CollectionEntry<'broadcasts'>;
}

/**
 * The routes that publish each script's downloads under stable names (`/broadcasts/files/<id>.txt`,
 * `/broadcasts/files/<id>-a4.pdf`), one route file per extension, as the posters' files are: a route
 * whose name ends in its extension is served as a file, without a trailing slash.
 */
export function broadcastFileRoute(kind: BroadcastFileKind): { getStaticPaths: GetStaticPaths; GET: APIRoute<Props> } {
  const extension = kind === 'txt' ? '.txt' : '.pdf';
  return {
    getStaticPaths: async () =>
      (await getPublished('broadcasts')).map((entry) => ({
        params: { file: broadcastFileName(entry.id, kind).slice(0, -extension.length) },
        props: { entry },
      })),
    GET: async ({ props, site }) => {
      const download = (await getBroadcastDownloads(props.entry, site))[kind];
      return new Response(download.data, {
        headers: { 'Content-Type': download.mediaType, 'Content-Length': String(download.bytes) },
      });
    },
  };
}

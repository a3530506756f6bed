/**
 * A share-card drawing thread (src/share-cards/pool.ts starts them): loads the fonts once, keeps its
 * own glyph masks (raster.ts) and answers each `{ id, spec, shape }` with the card's JPEG bytes or
 * the error's message. Bundled by pool.ts into one file Node loads by itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadPosterFonts } from '../posters/render/fonts';
import { renderShareCard } from './render';
import type { CardReply, CardRequest } from './pool';

const { projectRoot } = workerData as { projectRoot: string };
const fonts = loadPosterFonts(projectRoot);
const port = parentPort!;

port.on('message', ({ id, spec, shape }: CardRequest) => {
  renderShareCard(spec, shape, fonts).then(
    (image) => port.postMessage({ id, image } satisfies CardReply),
    (error: unknown) =>
      port.postMessage({
        id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies CardReply),
  );
});

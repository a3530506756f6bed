import { broadcastFileRoute } from '../../../data/broadcast-file-routes';

/** Every published loudspeaker script as plain text. */
export const { getStaticPaths, GET } = broadcastFileRoute('txt');

import { broadcastFileRoute } from '../../../data/broadcast-file-routes';

/** Every published loudspeaker script as a large-print A4 PDF. */
export const { getStaticPaths, GET } = broadcastFileRoute('pdf');

import { posterFileRoute } from '../../../data/poster-file-routes';

/** Every published poster's WEBP files. */
export const { getStaticPaths, GET } = posterFileRoute('webp');

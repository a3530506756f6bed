import { posterFileRoute } from '../../../posters/data/file-routes';

/** Every published poster's WEBP files. */
export const { getStaticPaths, GET } = posterFileRoute('webp');

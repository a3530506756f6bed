import { posterFileRoute } from '../../../posters/data/file-routes';

/** Every published poster's PNG files. */
export const { getStaticPaths, GET } = posterFileRoute('png');

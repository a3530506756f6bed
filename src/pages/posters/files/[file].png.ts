import { posterFileRoute } from '../../../data/poster-file-routes';

/** Every published poster's PNG files. */
export const { getStaticPaths, GET } = posterFileRoute('png');

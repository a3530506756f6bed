import { posterFileRoute } from '../../../posters/data/file-routes';

/** Every published poster's PDF files. */
export const { getStaticPaths, GET } = posterFileRoute('pdf');

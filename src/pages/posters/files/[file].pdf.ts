import { posterFileRoute } from '../../../data/poster-file-routes';

/** Every published poster's PDF files. */
export const { getStaticPaths, GET } = posterFileRoute('pdf');

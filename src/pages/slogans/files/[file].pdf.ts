import { sloganFileRoute } from '../../../data/slogan-file-routes';

/** Every published slogan's banner and wall-slogan PDFs. */
export const { getStaticPaths, GET } = sloganFileRoute('pdf');

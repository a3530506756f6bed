import { sloganFileRoute } from '../../../data/slogan-file-routes';

/** Every published slogan's banner previews. */
export const { getStaticPaths, GET } = sloganFileRoute('png');

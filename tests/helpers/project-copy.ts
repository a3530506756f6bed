import { copyProject as copyOf } from '../../scripts/project-copy';
import { ROOT } from './paths';

/** A throwaway copy of the project, with caches of its own, for tests that change content and build it. */
export const copyProject = (): { dir: string; remove: () => void } => copyOf(ROOT);
